/**
 * Write speed of the archive's ingestion code into a throwaway local D1 (docs/benchmarks.md, archive):
 *
 *   npx tsx scripts/bench/ingest-speed.ts [--corpus FILE.jsonl] [--n 300] [--batch 25]
 *
 * Takes the first N articles of the corpus file (default the 3,361-article subset), analyzes them
 * (articleRows, timed apart) and writes them in D1 batches of --batch articles through the same
 * statements as `npm run ingest` and POST /v1/articles; prints articles a second for each part.
 */
import { readFileSync } from "node:fs";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { articleRows, writeBatches } from "../../src/index/d1";
import { withLocalArchive } from "../archive-db";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const file = flag("corpus", "../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl");
const n = Number(flag("n", "300"));
const batch = Number(flag("batch", "25"));
const articles = parseJsonlArticles(readFileSync(file, "utf8"), file).slice(0, n);

await withLocalArchive(async (db) => {
  const t0 = performance.now();
  const rows = articles.map((a) => articleRows(a));
  const t1 = performance.now();
  let statements = 0;
  for (let i = 0; i < rows.length; i += batch) {
    const stmts = writeBatches(db, rows.slice(i, i + batch));
    statements += stmts.length;
    await db.batch(stmts);
  }
  const t2 = performance.now();
  const count = await db.prepare("SELECT articles, paragraphs FROM corpus").first<{ articles: number; paragraphs: number }>();
  const rate = (ms: number) => (articles.length / (ms / 1000)).toFixed(1);
  console.log(`${articles.length} articles (${count?.paragraphs} paragraphs stored), batches of ${batch}, ${statements} statements: analyze ${((t1 - t0) / 1000).toFixed(1)} s (${rate(t1 - t0)}/s), write ${((t2 - t1) / 1000).toFixed(1)} s (${rate(t2 - t1)}/s), both ${rate(t2 - t0)}/s`);
});
