import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_ARTICLE_BYTES, MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS } from "../../../src/corpus/schema";
import { MAX_INGEST_ARTICLES } from "../../../src/http/routes/ingest";
import worker from "../../../src/worker";

const TOKEN = "test-ingest-token";
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };
const post = (body: unknown) => Promise.resolve(worker.request("/v1/articles", { method: "POST", headers: auth, body: JSON.stringify(body) }, { DB: env.TEST_DB, INGEST_TOKEN: TOKEN }));
const issues = async (res: Response) => ((await res.json()) as { issues: Array<{ path: string; message: string }> }).issues;
const small = (id: string) => ({ id, title: "خبر", paragraphs: ["قال المتحدث إن الاجتماع انتهى."] });

/** Distinct short Arabic words (the worst case for the stored stems and positions against the text's bytes). */
function words(n: number, from = 0): string {
  const letters = "بتثجحخدذرزسشصضطظعغفقكلمنهوي";
  const out: string[] = [];
  for (let i = from; i < from + n; i++) out.push(letters[i % 28]! + letters[Math.floor(i / 28) % 28]! + letters[Math.floor(i / 784) % 28]!);
  return out.join(" ");
}

describe("ingestion limits (D1)", () => {
  it("refuses more paragraphs than an article's ids hold, and an over-long paragraph, naming the field", async () => {
    const many = await post([small("lim-a"), { id: "lim-many", paragraphs: Array.from({ length: MAX_PARAGRAPHS + 1 }, (_, i) => `فقرة ${i}`) }]);
    expect(many.status).toBe(400);
    expect((await issues(many))[0]!.path).toBe("articles.1.paragraphs");
    const long = await post({ id: "lim-long", paragraphs: ["نص", "ب".repeat(MAX_PARAGRAPH_CHARS + 1)] });
    expect(long.status).toBe(400);
    expect((await issues(long))[0]!.path).toBe("paragraphs.1");
    const row = await env.TEST_DB.prepare("SELECT count(*) AS n FROM articles WHERE id LIKE 'lim-%'").first<{ n: number }>();
    expect(row!.n).toBe(0);
  });

  it("takes an article of the most paragraphs, and the next article's ids stay its own", async () => {
    const res = await post([{ id: "lim-max", paragraphs: Array.from({ length: MAX_PARAGRAPHS }, (_, i) => `فقرة رقم ${i}`) }, small("lim-after")]);
    expect(res.status).toBe(201);
    const got = await env.TEST_DB.prepare("SELECT a.id, count(*) AS n FROM paragraphs p JOIN articles a ON a.num = p.article WHERE a.id IN ('lim-max', 'lim-after') AND p.doc >> 16 = a.num GROUP BY a.id ORDER BY a.id").all<{ id: string; n: number }>();
    expect(got.results).toEqual([{ id: "lim-after", n: 1 }, { id: "lim-max", n: MAX_PARAGRAPHS }]);
  });

  it("refuses an article over the byte limit with a 400 naming it, and writes one just under it", async () => {
    const paragraph = words(2_000);
    const per = new TextEncoder().encode(paragraph).length;
    const fits = Math.floor(MAX_ARTICLE_BYTES / per);
    const over = await post([small("lim-b"), { id: "lim-big", paragraphs: Array.from({ length: fits + 1 }, () => paragraph) }]);
    expect(over.status).toBe(400);
    const [issue] = await issues(over);
    expect(issue!.path).toBe("articles.1");
    expect(issue!.message).toContain("lim-big");
    // distinct words, so the stems and positions stored beside the text are as large as they get
    const near = await post({ id: "lim-near", paragraphs: Array.from({ length: fits }, (_, i) => words(2_000, i * 2_000)) });
    expect(near.status).toBe(201);
    // the worst-case write (34,000 distinct words: 21,049 article_terms rows besides the text) took
    // 2.5 s alone and 6.2 s inside the whole suite on the shared machine: more than vitest's default 5 s
  }, 20_000);

  it("names the batch's size and a repeated id", async () => {
    for (const body of [[], { articles: [] }]) {
      const res = await post(body);
      expect(res.status).toBe(400);
      const [issue] = await issues(res);
      expect(issue).toMatchObject({ path: "articles" });
      expect(issue!.message).toContain("at least 1");
    }
    const big = await post({ articles: Array.from({ length: MAX_INGEST_ARTICLES + 1 }, (_, i) => small(`lim-n${i}`)) });
    expect(big.status).toBe(400);
    expect((await issues(big))[0]!.message).toContain(`at most ${MAX_INGEST_ARTICLES}`);
    const twice = await post([small("lim-d"), small("lim-e"), small("lim-d")]);
    expect(twice.status).toBe(400);
    expect((await issues(twice))[0]!.path).toBe("articles.2.id");
  });

  it("rate-limits the write routes per client before the token is checked", async () => {
    const keys: string[] = [];
    const limiter = { limit: async ({ key }: { key: string }) => (keys.push(key), { success: false }) };
    const headers = { ...auth, authorization: "Bearer guess", "cf-connecting-ip": "203.0.113.9" };
    const res = await worker.request("/v1/articles/lim-x", { method: "DELETE", headers }, { DB: env.TEST_DB, INGEST_TOKEN: TOKEN, RATE_LIMITER: limiter });
    expect(res.status).toBe(429);
    expect(keys).toEqual(["203.0.113.9"]);
  });
});
