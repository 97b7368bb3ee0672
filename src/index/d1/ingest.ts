import type { Article } from "../../corpus/schema";
import { wordStats, type WordStats } from "../../corpus/word-stats";
import type { IngestResult } from "../store";
import { articleRows, wordCountRows } from "./rows";
import { removeArticle, writeBatches, type WritePrecondition } from "./write";

export type { IngestResult };

/** Attempts of a write whose batch failed because another write moved the corpus between its read and its batch. */
const ATTEMPTS = 5;

/**
 * What a write replaces, read in one batch: the corpus generation, the stored articles of `ids` and
 * their paragraphs' word counts (the share of word_counts the write takes back) and their speakers'
 * names (the share of speaker_words). The write's batch
 * then checks the generation (write.ts), so it never takes back counts another write has changed.
 */
async function readBefore(db: D1Database, ids: string[]): Promise<{ existing: Set<string>; before: WritePrecondition }> {
  const json = JSON.stringify(ids);
  const [corpus, stored, texts, names] = await db.batch([
    db.prepare("SELECT generation FROM corpus"),
    db.prepare("SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?1))").bind(json),
    db.prepare("SELECT p.article, p.text FROM paragraphs p JOIN articles a ON a.num = p.article WHERE a.id IN (SELECT value FROM json_each(?1)) ORDER BY p.doc").bind(json),
    db.prepare("SELECT m.name FROM speaker_mentions m JOIN articles a ON a.num = m.article WHERE a.id IN (SELECT value FROM json_each(?1))").bind(json),
  ]);
  const byArticle = new Map<number, string[]>();
  for (const r of texts!.results as Array<{ article: number; text: string }>) (byArticle.get(r.article) ?? byArticle.set(r.article, []).get(r.article)!).push(r.text);
  const generation = (corpus!.results[0] as { generation: number } | undefined)?.generation ?? 0;
  return {
    existing: new Set((stored!.results as Array<{ id: string }>).map((r) => r.id)),
    before: { generation, removed: wordCountRows(wordStats(byArticle.values())), removedNames: (names!.results as Array<{ name: string }>).map((r) => r.name) },
  };
}

/** Runs a write (read what it replaces, then one batch) until no other write came between the two. */
async function guarded<T>(db: D1Database, ids: string[], write: (read: Awaited<ReturnType<typeof readBefore>>) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const read = await readBefore(db, ids);
    try {
      return await write(read);
    } catch (error) {
      if (attempt >= ATTEMPTS || !/constraint/i.test(String(error))) throw error;
    }
  }
}

/**
 * Writes validated articles into the archive in one D1 batch (one transaction): each replaces any
 * stored article with its id, so posting the same article twice leaves one copy (idempotent by id).
 * `stats`: corpus word counts for the speaker model (default: each article's own; see annotateArticle).
 */
export async function ingestArticles(db: D1Database, articles: Article[], stats?: WordStats): Promise<IngestResult[]> {
  const rows = articles.map((a) => articleRows(a, undefined, stats));
  return guarded(db, articles.map((a) => a.id), async ({ existing, before }) => {
    await db.batch(writeBatches(db, rows, undefined, before));
    return rows.map((r) => ({ id: r.article.id, status: existing.has(r.article.id) ? "replaced" : "created", paragraphs: r.paragraphs.length, statements: r.statements.length }));
  });
}

/** Removes an article and all its rows in one batch; false when there was none. */
export async function deleteArticle(db: D1Database, id: string): Promise<boolean> {
  return guarded(db, [id], async ({ existing, before }) => {
    if (!existing.has(id)) return false;
    await db.batch(removeArticle(db, id, before));
    return true;
  });
}
