import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../../src/worker";

const TOKEN = "test-ingest-token";
const archiveEnv = { DB: env.TEST_DB, INGEST_TOKEN: TOKEN };
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };

function call(path: string, init: RequestInit = {}, bindings: Record<string, unknown> = archiveEnv): Promise<Response> {
  return Promise.resolve(worker.request(path, init, bindings));
}

const article = (id: string, quote: string) => ({
  id,
  title: "زيارة رسمية إلى أوسلو",
  paragraphs: [`وقال وزير التجارة النرويجي ترولس هاغن للصحفيين: «${quote}».`, "وتستمر الزيارة ثلاثة أيام في العاصمة أوسلو."],
});

describe("ingestion routes (D1)", () => {
  it("answer 404 while INGEST_TOKEN or the DB is unset, 401 on a wrong token", async () => {
    const body = JSON.stringify(article("in-0", "كلام"));
    expect((await call("/v1/articles", { method: "POST", headers: auth, body }, { DB: env.TEST_DB })).status).toBe(404);
    expect((await call("/v1/articles", { method: "POST", headers: auth, body }, { INGEST_TOKEN: TOKEN })).status).toBe(404);
    const wrong = await call("/v1/articles", { method: "POST", headers: { ...auth, authorization: "Bearer nope" }, body });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get("content-type")).toContain("application/problem+json");
    expect((await call("/v1/articles/in-0", { method: "DELETE" })).status).toBe(401);
  });

  it("refuses a bad article with a 400 naming the field, and writes nothing of the batch", async () => {
    const batch = [article("in-good", "سنوقع الاتفاق"), { id: "in-bad", title: "x", paragraphs: [] }];
    const res = await call("/v1/articles", { method: "POST", headers: auth, body: JSON.stringify(batch) });
    expect(res.status).toBe(400);
    const problem = (await res.json()) as { issues: Array<{ path: string }> };
    expect(problem.issues[0]!.path).toBe("articles.1.paragraphs");
    expect((await call("/v1/articles/in-good")).status).toBe(404);
    const bad = await call("/v1/articles", { method: "POST", headers: auth, body: JSON.stringify({ id: "a b", paragraphs: ["x"] }) });
    expect(((await bad.json()) as { issues: Array<{ path: string }> }).issues[0]!.path).toBe("id");
    expect((await call("/v1/articles", { method: "POST", headers: auth, body: "{not json" })).status).toBe(400);
  });

  it("is idempotent by id and makes the article searchable and quotable at once", async () => {
    const body = JSON.stringify(article("in-1", "التجارة مع آسيا ستتضاعف"));
    const first = await call("/v1/articles", { method: "POST", headers: auth, body });
    expect(first.status).toBe(201);
    const again = await call("/v1/articles", { method: "POST", headers: auth, body });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { articles: Array<{ status: string }> }).articles[0]!.status).toBe("replaced");
    const stats = (await (await call("/healthz")).json()) as { articles: number };
    const search = (await (await call("/v1/search?q=" + encodeURIComponent("التجارة آسيا"))).json()) as { results: Array<{ article_id: string }> };
    expect(search.results.filter((r) => r.article_id === "in-1")).toHaveLength(1);
    const quotes = (await (await call("/v1/quotes?speaker=" + encodeURIComponent("ترولس هاغن"))).json()) as { quotes: Array<{ text: string }> };
    expect(quotes.quotes.map((q) => q.text)).toEqual(["التجارة مع آسيا ستتضاعف"]);
    expect(stats.articles).toBeGreaterThanOrEqual(1);
  });

  it("PUT replaces a quote in the speaker's statements; DELETE removes the article and its quotes", async () => {
    await call("/v1/articles", { method: "POST", headers: auth, body: JSON.stringify(article("in-2", "الموانئ جاهزة")) });
    const put = await call("/v1/articles/in-2", { method: "PUT", headers: auth, body: JSON.stringify({ title: "زيارة", paragraphs: article("x", "الموانئ ستفتح غدا").paragraphs }) });
    expect(put.status).toBe(200);
    const quotes = async () => ((await (await call("/v1/quotes?speaker=" + encodeURIComponent("هاغن"))).json()) as { quotes?: Array<{ text: string; article_id: string }> }).quotes ?? [];
    const mine = (await quotes()).filter((q) => q.article_id === "in-2").map((q) => q.text);
    expect(mine).toEqual(["الموانئ ستفتح غدا"]);
    const mismatch = await call("/v1/articles/in-2", { method: "PUT", headers: auth, body: JSON.stringify(article("other", "x")) });
    expect(mismatch.status).toBe(400);
    expect((await call("/v1/articles/in-2", { method: "DELETE", headers: auth })).status).toBe(204);
    expect((await call("/v1/articles/in-2")).status).toBe(404);
    expect((await quotes()).filter((q) => q.article_id === "in-2")).toEqual([]);
    expect((await call("/v1/articles/in-2", { method: "DELETE", headers: auth })).status).toBe(404);
    const row = await env.TEST_DB.prepare("SELECT count(*) AS n FROM paragraphs WHERE article NOT IN (SELECT num FROM articles)").first<{ n: number }>();
    expect(row!.n).toBe(0);
  });

  it("never answers a preflight for the write methods with CORS", async () => {
    const res = await call("/v1/articles", { method: "OPTIONS", headers: { origin: "https://elsewhere.example", "access-control-request-method": "POST" } });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });
});
