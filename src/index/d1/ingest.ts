import type { Article } from "../../corpus/schema";
import type { WordStats } from "../../corpus/word-stats";
import type { IngestResult } from "../store";
import { articleRows } from "./rows";
import { removeArticle, writeBatches } from "./write";

export type { IngestResult };

/**
 * Writes validated articles into the archive in one D1 batch (one transaction): each replaces any
 * stored article with its id, so posting the same article twice leaves one copy (idempotent by id).
 * `stats`: corpus word counts for the speaker model (default: each article's own; see annotateArticle).
 */
export async function ingestArticles(db: D1Database, articles: Article[], stats?: WordStats): Promise<IngestResult[]> {
  const ids = articles.map((a) => a.id);
  const { results } = await db.prepare("SELECT id FROM articles WHERE id IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(ids)).all<{ id: string }>();
  const existing = new Set(results.map((r) => r.id));
  const rows = articles.map((a) => articleRows(a, undefined, stats));
  await db.batch(writeBatches(db, rows));
  return rows.map((r) => ({ id: r.article.id, status: existing.has(r.article.id) ? "replaced" : "created", paragraphs: r.paragraphs.length, statements: r.statements.length }));
}

/** Removes an article and all its rows in one batch; false when there was none. */
export async function deleteArticle(db: D1Database, id: string): Promise<boolean> {
  const found = await db.prepare("SELECT 1 FROM articles WHERE id = ?1").bind(id).first();
  if (!found) return false;
  await db.batch(removeArticle(db, id));
  return true;
}
