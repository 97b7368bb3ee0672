import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { articleRows, removeArticle, writeBatches } from "../../../src/index/d1";

const article = (id: string, words: string[]) => ({
  id,
  title: `خبر ${words[0]}`,
  language: "ar" as const,
  paragraphs: words.map((w, i) => `وقال المتحدث باسم الوزارة: «${w} ${i}» في المؤتمر الصحفي حول ${w}.`),
});

/** The archive's derived rows against what its articles say they hold. */
async function consistent(db: D1Database): Promise<void> {
  const terms = await db.prepare("SELECT term, df FROM terms ORDER BY term").all<{ term: string; df: number }>();
  const sums = await db.prepare("SELECT term, sum(n) AS df FROM article_terms GROUP BY term ORDER BY term").all<{ term: string; df: number }>();
  expect(terms.results).toEqual(sums.results);
  const corpus = await db.prepare("SELECT articles, paragraphs FROM corpus").first<{ articles: number; paragraphs: number }>();
  const counts = await db.prepare("SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM paragraphs) AS paragraphs, (SELECT sum(paragraph_count) FROM articles) AS expected").first<{ articles: number; paragraphs: number; expected: number }>();
  expect(corpus).toEqual({ articles: counts!.articles, paragraphs: counts!.paragraphs });
  expect(counts!.paragraphs).toBe(counts!.expected);
  const fts = await db.prepare("SELECT count(*) AS n FROM paragraph_fts_docsize").first<{ n: number }>().catch(() => null);
  if (fts) expect(fts.n).toBe(counts!.paragraphs);
}

describe("set-based archive writes", () => {
  it("write a group in a few statements, replace overlapping groups and delete, keeping df and counters exact", async () => {
    const db = env.TEST_DB;
    const first = ["wr-1", "wr-2", "wr-3"].map((id, i) => articleRows(article(id, ["النفط", "الميزانية", "التعليم"].slice(i))));
    const statements = writeBatches(db, first, 200);
    // a tiny bound-parameter budget splits the child rows over several INSERTs, still one batch
    expect(statements.length).toBeGreaterThan(writeBatches(db, first).length);
    await db.batch(statements);
    await consistent(db);
    const second = [articleRows(article("wr-2", ["الصحة"])), articleRows(article("wr-4", ["النفط", "الصحة"])), articleRows(article("wr-2", ["الزراعة", "المياه"]))];
    await db.batch(writeBatches(db, second));
    await consistent(db);
    const wr2 = await db.prepare("SELECT paragraph_count FROM articles WHERE id = 'wr-2'").first<{ paragraph_count: number }>();
    expect(wr2!.paragraph_count).toBe(2);
    const found = await db.prepare("SELECT count(*) AS n FROM paragraph_fts WHERE paragraph_fts MATCH ?1").bind(articleRows(article("x", ["الزراعة"])).paragraphs[0]![1].split(" ")[3]!).first<{ n: number }>();
    expect(found!.n).toBeGreaterThan(0);
    await db.batch(removeArticle(db, "wr-4"));
    await consistent(db);
    expect(await db.prepare("SELECT 1 FROM articles WHERE id = 'wr-4'").first()).toBeNull();
  });
});
