import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { getJson, postJson, SUMMIT } from "./helpers";

const PROBLEM = "application/problem+json";

describe("service routes", () => {
  it("/healthz counts articles and paragraphs", async () => {
    const { status, body } = await getJson("/healthz");
    expect(status).toBe(200);
    expect(body).toMatchObject({ status: "ok", articles: 3, paragraphs: 14 });
    expect(body.index_version).toBeTypeOf("number");
  });

  it("/v1/articles lists the fixture articles with their front matter", async () => {
    const { body } = await getJson("/v1/articles");
    expect(body.articles.find((a: any) => a.id === SUMMIT)).toMatchObject({ id: SUMMIT, source: "وكالة الأنباء", date: "2024-03-12", paragraphs: 6 });
  });

  it("/v1/articles/:id returns paragraphs with their quotes", async () => {
    const { status, body } = await getJson(`/v1/articles/${SUMMIT}`);
    expect(status).toBe(200);
    expect(body.paragraphs).toHaveLength(6);
    expect(body.paragraphs[1].quotes[0]).toMatchObject({ speaker: "يوهانس كوسكينن", kind: "direct" });
  });

  it("/openapi.json is OpenAPI 3.1 and lists every route", async () => {
    const { body } = await getJson("/openapi.json");
    expect(body.openapi).toBe("3.1.0");
    for (const path of ["/healthz", "/v1/search", "/v1/ask", "/v1/articles", "/v1/articles/{id}", "/v1/speakers/{id}", "/v1/quotes"]) expect(body.paths[path]).toBeDefined();
  });

  it("/openapi.json documents the ingestion routes with their bearer token", async () => {
    const { body } = await getJson("/openapi.json");
    expect(Object.keys(body.paths["/v1/articles"]).sort()).toEqual(["get", "post"]);
    expect(Object.keys(body.paths["/v1/articles/{id}"]).sort()).toEqual(["delete", "get", "put"]);
    const post = body.paths["/v1/articles"].post;
    expect(post.security).toEqual([{ ingestToken: [] }]);
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["200", "201", "400", "401", "404"]));
    expect(body.components.securitySchemes.ingestToken).toMatchObject({ type: "http", scheme: "bearer" });
    expect(body.components.schemas.ArticleInput.required).toEqual(expect.arrayContaining(["id", "paragraphs"]));
  });

  it("/openapi.json gives each did-you-mean speaker of /v1/ask its Latin name", async () => {
    const { body } = await getJson("/openapi.json");
    const deref = (s: any): any => (s?.$ref ? deref(body.components.schemas[s.$ref.split("/").at(-1)]) : s);
    const ask = deref(body.paths["/v1/ask"].post.responses["200"].content["application/json"].schema);
    const item = deref(deref(ask.properties.closest_speakers).items);
    expect(item.required).toEqual(expect.arrayContaining(["id", "name", "latin", "title"]));
    expect(item.properties.latin.type).toBe("string");
  });

  it("/docs serves an HTML reference", async () => {
    const res = await SELF.fetch("http://worker/docs");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/html");
  });
});

describe("bad requests get problem+json", () => {
  it("empty question: 400 with the zod issues", async () => {
    const { status, body, type } = await postJson("/v1/ask", { question: "  " });
    expect(status).toBe(400);
    expect(type).toContain(PROBLEM);
    expect(body).toMatchObject({ status: 400, title: expect.any(String), type: expect.any(String) });
    expect(body.issues[0].path).toBe("question");
  });

  it("over-long question: 400", async () => {
    const { status } = await postJson("/v1/ask", { question: "س".repeat(1001) });
    expect(status).toBe(400);
  });

  it("top_k out of range: 400", async () => {
    expect((await postJson("/v1/ask", { question: "كوسكينن", top_k: 0 })).status).toBe(400);
    expect((await getJson(`/v1/ask?q=x&top_k=21`)).status).toBe(400);
  });

  it("malformed JSON: 400", async () => {
    const { status, type, body } = await postJson("/v1/ask", "{not json");
    expect(status).toBe(400);
    expect(type).toContain(PROBLEM);
    expect(body.detail).toMatch(/JSON/i);
  });

  it("wrong content type: 415", async () => {
    const res = await SELF.fetch("http://worker/v1/ask", { method: "POST", headers: { "content-type": "text/plain" }, body: "question" });
    expect(res.status).toBe(415);
    expect(res.headers.get("content-type")).toContain(PROBLEM);
  });

  it("body over the limit: 413", async () => {
    const { status, type } = await postJson("/v1/ask", { question: "x", pad: "x".repeat(70_000) });
    expect(status).toBe(413);
    expect(type).toContain(PROBLEM);
  });

  it("unknown article: 404", async () => {
    const { status, type } = await getJson("/v1/articles/no-such-article");
    expect(status).toBe(404);
    expect(type).toContain(PROBLEM);
  });

  it("unknown route: 404", async () => {
    expect((await getJson("/v2/nothing")).status).toBe(404);
  });

  it("wrong method: 405 with Allow", async () => {
    const res = await SELF.fetch("http://worker/v1/search?q=x", { method: "DELETE" });
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toContain("GET");
    expect(res.headers.get("content-type")).toContain(PROBLEM);
  });

  it("missing q: 400", async () => {
    expect((await getJson("/v1/search")).status).toBe(400);
  });
});
