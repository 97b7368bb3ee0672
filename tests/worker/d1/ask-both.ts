import { expect } from "vitest";
import { StoreEngine, storeEngine } from "../../../src/answer";
import type { Article } from "../../../src/corpus/schema";
import { wordStats } from "../../../src/corpus/word-stats";
import { buildCorpusIndex, SearchIndex } from "../../../src/index";
import { D1Store, ingestArticles } from "../../../src/index/d1";
import { tableReads } from "./counting";

/**
 * Ingests the articles into `db`, asks each question of the D1 store and of the bundled index of the same
 * articles, and expects the same answers, with no whole speaker table read unless `readsTable(q)` (default:
 * never). Returns each question's first quote's speaker, null for found:false.
 */
export async function askBoth(db: D1Database, articles: Article[], asked: readonly string[], readsTable: (q: string) => boolean = () => false): Promise<Record<string, string | null>> {
  await ingestArticles(db, articles, wordStats(articles.map((a) => a.paragraphs)));
  expect(await new D1Store(db).storeSpeakers()).toBe(true);
  const bundled = storeEngine(new SearchIndex(buildCorpusIndex(articles)));
  const found: Record<string, string | null> = {};
  for (const q of asked) {
    const counted = tableReads(db);
    const archive = await new StoreEngine(new D1Store(counted.db)).ask(q, { topK: 3 });
    expect(archive, q).toEqual(await bundled.ask(q, { topK: 3 }));
    if (!readsTable(q)) expect(counted.n(), q).toBe(0);
    found[q] = archive.found ? (archive.passages[0]?.quotes[0]?.speaker ?? "") : null;
  }
  return found;
}
