import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { wordStats } from "../../../src/corpus/word-stats";
import { deleteArticle, ingestArticles, wordCountRows } from "../../../src/index/d1";

const article = (id: string, text: string) => ({ id, title: "خبر", language: "ar" as const, paragraphs: [text, `وقال المتحدث: «${text}».`] });

/** word_counts (zero rows left out) against the counts of the stored paragraphs' text. */
async function exact(db: D1Database): Promise<void> {
  const stored = await db.prepare("SELECT article, text FROM paragraphs ORDER BY doc").all<{ article: number; text: string }>();
  const byArticle = new Map<number, string[]>();
  for (const r of stored.results) (byArticle.get(r.article) ?? byArticle.set(r.article, []).get(r.article)!).push(r.text);
  const expected = wordCountRows(wordStats(byArticle.values())).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  const rows = await db.prepare("SELECT word, count, after_speech FROM word_counts WHERE count <> 0 OR after_speech <> 0 ORDER BY word").all<{ word: string; count: number; after_speech: number }>();
  expect(rows.results.map((r) => [r.word, r.count, r.after_speech]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))).toEqual(expected);
}

describe("the archive's word counts (the speaker-list check's statistics)", () => {
  it("follow puts, replacements and deletes exactly, even when writes of one article race", async () => {
    const db = env.CHECK_DB;
    await ingestArticles(db, [article("wc-1", "ارتفعت أسعار النفط اليوم"), article("wc-2", "انخفضت أسعار الذهب")]);
    await exact(db);
    // concurrent replacements of one id: each reads what it replaces, and a batch whose read went stale fails whole and is tried again
    await Promise.all(["تراجعت أسعار النفط", "استقرت أسعار النفط أمس", "قفزت الأسعار"].map((t) => ingestArticles(db, [article("wc-1", t)])));
    await exact(db);
    expect(await deleteArticle(db, "wc-2")).toBe(true);
    await exact(db);
  });
});
