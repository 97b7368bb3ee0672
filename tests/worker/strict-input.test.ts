import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { getJson } from "./helpers";

async function post(path: string, type: string, body: unknown) {
  const res = await SELF.fetch(`http://worker${path}`, { method: "POST", headers: { "content-type": type }, body: JSON.stringify(body) });
  return { status: res.status, type: res.headers.get("content-type") ?? "", body: (await res.json()) as any };
}

describe("strict media types", () => {
  it.each(["application/json-patch+json", "application/json; charset=utf-16", "application/jsonx", "text/plain", "application/json; charset=latin1"])("refuses %s with 415 problem+json", async (type) => {
    const r = await post("/v1/ask", type, { question: "ماذا قال الوزير؟" });
    expect(r.status).toBe(415);
    expect(r.type).toContain("application/problem+json");
  });

  it.each(["application/json", "application/json; charset=utf-8", "Application/JSON;charset=UTF-8", 'application/json; charset="utf-8"'])("accepts %s", async (type) => {
    expect((await post("/v1/ask", type, { question: "ماذا قال الوزير؟" })).status).toBe(200);
  });

  it("answers the OpenAI door's 415 in OpenAI's error shape", async () => {
    const r = await post("/v1/chat/completions", "text/plain", { model: "x", messages: [] });
    expect(r.status).toBe(415);
    expect(r.body.error.message).toMatch(/application\/json/);
  });
});

describe("strict numbers in the query", () => {
  it.each(["0x3", "3.0", "1e1", " 3", "-1", "", "３"])("top_k=%s is a 400", async (value) => {
    const r = await getJson(`/v1/ask?q=${encodeURIComponent("العقوبات")}&top_k=${encodeURIComponent(value)}`);
    expect(r.status).toBe(400);
    expect(r.type).toContain("application/problem+json");
  });

  it("a repeated top_k is a 400 that says it must be given once", async () => {
    const r = await getJson(`/v1/ask?q=${encodeURIComponent("العقوبات")}&top_k=2&top_k=3`);
    expect(r.status).toBe(400);
    expect(r.body.detail).toMatch(/top_k must be given once/);
    expect(r.body.detail).not.toMatch(/NaN/);
  });

  it("reads a plain number and the default", async () => {
    expect((await getJson(`/v1/search?q=${encodeURIComponent("العقوبات")}&limit=2`)).body.results.length).toBeLessThanOrEqual(2);
    expect((await getJson(`/v1/search?q=${encodeURIComponent("العقوبات")}`)).status).toBe(200);
  });
});
