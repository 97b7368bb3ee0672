import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import worker from "../../../src/worker";
import { counting } from "./counting";

const TOKEN = "test-reuse-token";
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
const article = (id: string, quote: string) => ({ id, title: "مؤتمر صحفي", paragraphs: [`وقال وزير الطاقة الكيني تشارلز كيتر: «${quote}».`, "وجاء ذلك في مؤتمر صحفي بالعاصمة نيروبي."] });

describe("the Worker's archive engine", () => {
  it("is made once per isolate: many requests, each with a new DB binding object, share one speaker cache until a write", async () => {
    const counter = { loads: 0 };
    // every request gets new bindings and a new DB object over the same database
    const call = (path: string, init: RequestInit = {}) => Promise.resolve(worker.request(path, init, { DB: counting(env.TEST_DB, counter).db, INGEST_TOKEN: TOKEN }));
    expect((await call("/v1/articles", { method: "POST", headers: auth, body: JSON.stringify(article("reuse-1", "الكهرباء ستصل إلى كل القرى")) })).status).toBe(201);
    for (let i = 0; i < 30; i++) {
      const res = await call("/v1/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: i % 2 ? "ماذا قال كيتر؟" : "الكهرباء في القرى" }) });
      expect(res.status).toBe(200);
    }
    // one load for the generation, not one per request (a store per binding object would make 30 or more)
    expect(counter.loads).toBe(1);
    // a write moves the generation: the next request reloads once, and sees the new quote
    await call("/v1/articles/reuse-1", { method: "PUT", headers: auth, body: JSON.stringify({ title: "مؤتمر", paragraphs: article("x", "المحطة الجديدة تعمل").paragraphs }) });
    const quotes = (await (await call("/v1/quotes?speaker=" + encodeURIComponent("تشارلز كيتر"))).json()) as { quotes: Array<{ text: string }> };
    expect(quotes.quotes.map((q) => q.text)).toEqual(["المحطة الجديدة تعمل"]);
    for (let i = 0; i < 10; i++) await call("/v1/search?q=" + encodeURIComponent("المحطة"));
    expect(counter.loads).toBe(2);
  });
});
