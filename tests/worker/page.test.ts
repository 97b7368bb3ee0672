import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { transliterate } from "../../src/answer/english";
import { allowedOrigin } from "../../src/http/cors";
import { getJson, postJson } from "./helpers";

const fetchPath = (path: string, init?: RequestInit) => SELF.fetch(`http://worker${path}`, init);

/** A preflight from a page on another origin. */
const preflight = (path: string, method = "POST") =>
  fetchPath(path, {
    method: "OPTIONS",
    headers: { origin: "https://desk.example", "access-control-request-method": method, "access-control-request-headers": "content-type" },
  });

describe("the page", () => {
  it("GET / is right-to-left HTML whose scripts and styles are only its own files, under a strict CSP", async () => {
    const res = await fetchPath("/");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^text\/html/);
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain("unsafe-inline");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const html = await res.text();
    expect(html).toMatch(/<html lang="ar" dir="rtl">/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|<style/);
    const files = [...html.matchAll(/(?:src|href)="(\/page\/[^"]+)"/g)].map((m) => m[1]!);
    expect(files).toEqual(expect.arrayContaining(["/page/style.css", "/page/chat.js"]));
    for (const file of files) expect((await fetchPath(file)).status).toBe(200);
  });

  it("serves its modules as JavaScript, each import resolving to a served file", async () => {
    for (const name of ["chat.js", "render.js", "api.js", "article.js"]) {
      const res = await fetchPath(`/page/${name}`);
      expect(res.headers.get("content-type")).toMatch(/^text\/javascript/);
      for (const m of (await res.text()).matchAll(/from "\.\/([^"]+)"/g)) expect((await fetchPath(`/page/${m[1]}`)).status).toBe(200);
    }
    expect((await fetchPath("/page/nothing.js")).status).toBe(404);
  });

  it("GET /articles/{id} is the article page, 404 for an unknown id", async () => {
    const { body } = await getJson("/v1/articles");
    expect((await fetchPath(`/articles/${body.articles[0].id}`)).status).toBe(200);
    expect((await fetchPath("/articles/no-such-article")).status).toBe(404);
  });
});

describe("CORS", () => {
  it("a preflight for the read API answers 204 with the allowed origin", async () => {
    for (const [path, method] of [["/v1/ask", "POST"], ["/v1/search", "GET"], ["/v1/speakers", "GET"], ["/v1/summarize", "POST"], ["/v1/chat/completions", "POST"]] as const) {
      const res = await preflight(path, method);
      expect(res.status, path).toBe(204);
      expect(res.headers.get("access-control-allow-origin"), path).toBe("*");
    }
    const res = await fetchPath("/v1/speakers", { headers: { origin: "https://desk.example" } });
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
  });

  it("never for the webhooks, /mcp, or writes to articles", async () => {
    for (const path of ["/integrations/slack", "/integrations/telegram", "/integrations/discord", "/mcp"]) {
      const res = await preflight(path);
      expect(res.status, path).not.toBe(204);
      expect(res.headers.get("access-control-allow-origin"), path).toBeNull();
    }
    const write = await preflight("/v1/articles/x", "DELETE");
    expect(write.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("CORS_ORIGINS: * or a comma-separated list of exact origins", () => {
    expect(allowedOrigin(undefined, "https://a.example")).toBe("*");
    expect(allowedOrigin("https://a.example, https://b.example", "https://b.example")).toBe("https://b.example");
    expect(allowedOrigin("https://a.example", "https://evil.example")).toBeNull();
  });
});

describe("POST /v1/ask with the conversation as context", () => {
  async function quoted(): Promise<string[]> {
    const { body } = await getJson("/v1/speakers");
    const names: string[] = [];
    for (const s of [...body.speakers].sort((a: any, b: any) => b.statements - a.statements)) {
      const q = await getJson(`/v1/quotes?speaker=${encodeURIComponent(s.name)}`);
      if (q.body.quotes.some((x: any) => x.kind === "direct")) names.push(s.name);
    }
    return names;
  }

  it("a follow-up that names no one takes the earlier question's speaker", async () => {
    const [name] = await quoted();
    expect((await postJson("/v1/ask", { question: "وماذا قال أيضا؟" })).body.found).toBe(false);
    const { body } = await postJson("/v1/ask", { question: "وماذا قال أيضا؟", context: [`ماذا قال ${name}؟`] });
    expect(body.found).toBe(true);
    expect(body.passages[0].quotes[0].speaker).toBe(name);
  });

  it("a question that resolves its own speaker, or names an unknown one, is not a follow-up", async () => {
    const [first, second] = await quoted();
    const english = `What did ${transliterate(second!.split(" ").at(-1)!)} say?`;
    const alone = (await postJson("/v1/ask", { question: english })).body;
    const after = (await postJson("/v1/ask", { question: english, context: [`ماذا قال ${first}؟`] })).body;
    expect(after.passages).toEqual(alone.passages);
    const unknown = (await postJson("/v1/ask", { question: "ماذا قال زيغمونت كراشيفسكي؟", context: [`ماذا قال ${first}؟`] })).body;
    expect(unknown.found).toBe(false);
  });

  it("rejects context that is not a list of questions", async () => {
    expect((await postJson("/v1/ask", { question: "x", context: "y" })).status).toBe(400);
    expect((await postJson("/v1/ask", { question: "x", context: [""] })).status).toBe(400);
  });
});
