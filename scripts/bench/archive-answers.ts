/**
 * Every answer of a local archive written out as JSON lines, to compare two schemas' answers byte for
 * byte (docs/benchmarks.md, "The archive (D1)"):
 *
 *   npx tsx scripts/bench/archive-answers.ts --persist DIR [--corpus FILE.jsonl|DIR] [--n 200] > answers.jsonl
 *
 * --persist: the folder of a local D1 (wrangler's `v3` state, default .wrangler/state/v3, where `npm
 * run ingest` loads). Questions: the first five words of N paragraphs drawn with a fixed seed (as
 * archive-cpu.ts), each asked (`ask`) and searched (`search`, limit 10); then N/4 drawn articles'
 * views and summaries, the speaker list and the quotes of the first 20 speakers.
 */
import { readFileSync } from "node:fs";
import { StoreEngine } from "../../src/answer";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { D1Store } from "../../src/index/d1";
import { withArchiveAt } from "../archive-db";
import { readIngestCorpus } from "../ingest-files";
import { random } from "../random";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const file = flag("corpus", "../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl");
const n = Number(flag("n", "200"));
const articles = file.endsWith(".jsonl") ? parseJsonlArticles(readFileSync(file, "utf8"), file) : readIngestCorpus(file);
const rnd = random(20261202);
const questions = Array.from({ length: n }, () => {
  const a = articles[Math.floor(rnd() * articles.length)]!;
  return a.paragraphs[Math.floor(rnd() * a.paragraphs.length)]!.split(/\s+/).slice(0, 5).join(" ");
});
const drawn = Array.from({ length: Math.ceil(n / 4) }, () => articles[Math.floor(rnd() * articles.length)]!.id);

await withArchiveAt(flag("persist", ".wrangler/state/v3"), async (db) => {
  const engine = new StoreEngine(new D1Store(db));
  const out = (kind: string, key: string, value: unknown) => process.stdout.write(JSON.stringify({ kind, key, value }) + "\n");
  for (const q of questions) out("search", q, await engine.search(q, 10));
  for (const q of questions) out("ask", q, await engine.ask(q));
  for (const id of drawn) out("article", id, await engine.article(id));
  for (const id of drawn) out("summary", id, await engine.articleSummary(id));
  const speakers = await engine.speakers();
  out("speakers", "", speakers);
  for (const s of speakers.slice(0, 20)) out("quotes", s.name, await engine.quotes(s.name));
});
