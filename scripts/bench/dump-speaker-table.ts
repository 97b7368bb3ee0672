/**
 * The subset's stored speaker table as a file, to profile the alias tables offline
 * (scripts/bench/alias-tables.ts):
 *
 *   npx tsx scripts/bench/dump-speaker-table.ts [--corpus FILE.jsonl] --out FILE.json
 *
 * Loads the corpus (default the 3,361-article subset) into a throwaway local D1 as `npm run ingest`
 * does, stores its speaker table, and writes the speaker_table rows ([kind, seq, generation, data]).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { wordStats } from "../../src/corpus/word-stats";
import { DEFAULT_RANKING } from "../../src/index";
import { analyzerFor } from "../../src/index/analyzer";
import { articleRows, D1Store, lexiconStatements, writeBatches } from "../../src/index/d1";
import { withLocalArchive } from "../archive-db";
import { readLexicons } from "../corpus-files";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const file = flag("corpus", "../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl");
const out = flag("out", "");
if (!out) throw new Error("--out FILE is required");
const articles = parseJsonlArticles(readFileSync(file, "utf8"), file);
const counts = wordStats(articles.map((a) => a.paragraphs));
await withLocalArchive(async (db) => {
  await db.batch(lexiconStatements(db, readLexicons("corpus/lexicon"), analyzerFor(DEFAULT_RANKING)));
  for (let i = 0; i < articles.length; i += 100) await db.batch(writeBatches(db, articles.slice(i, i + 100).map((a) => articleRows(a, undefined, counts))));
  await new D1Store(db).storeSpeakers();
  const { results } = await db.prepare("SELECT kind, seq, generation, data FROM speaker_table ORDER BY kind, seq").all();
  writeFileSync(out, JSON.stringify(results));
  console.log(`${results.length} parts written to ${out}`);
});
