/**
 * The Worker's own CPU time per request, archive (D1) against bundled index (docs/benchmarks.md):
 *
 *   npx tsx scripts/bench/archive-cpu.ts [--corpus FILE.jsonl|DIR] [--n 200] [--local] [--rounds 1]
 *
 * --local: the D1 that `npm run ingest` loaded (.wrangler/state, as `wrangler dev --env archive` reads
 * it) instead of a throwaway one loaded from --corpus, and no bundled index beside it (the full
 * SaudiNewsNet has none); --corpus then only gives the questions (a .jsonl file or SaudiNewsNet zips).
 *
 * wrangler dev does not report CPU time, so the request's work is run in Node through the same code
 * (StoreEngine over D1Store, or over the bundled index decoded from its serialized bytes). For D1, each
 * request is first run against a throwaway local D1 (wrangler's SQLite) while its D1 results are
 * recorded, then run again against a replay of those results: the replay's time is the Worker's own
 * JavaScript (FTS terms, the slice's layout, ranking, the answer) without the wait for D1. Not counted:
 * workerd's own handling of the D1 call and its results, and the HTTP layer (the same for both stores).
 * Questions: the first five words of N paragraphs drawn with a fixed seed (as scripts/bench/archive.ts),
 * after 20 warm-up requests; CPU time is process.cpuUsage (user + system) around each request. Then
 * each route's 3 slowest D1 requests are replayed 7 times each on their own (min and median), to tell
 * a noisy moment (a GC, a shared core) from a request that is slow by its own work.
 */
import { readFileSync } from "node:fs";
import { StoreEngine, storeEngine } from "../../src/answer";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { wordStats } from "../../src/corpus/word-stats";
import { buildCorpusIndex, DEFAULT_RANKING, deserializeIndex, SearchIndex, serializeIndex } from "../../src/index";
import { analyzerFor } from "../../src/index/analyzer";
import { articleRows, D1Store, lexiconStatements, writeBatches } from "../../src/index/d1";
import { withArchiveAt, withLocalArchive } from "../archive-db";
import { readLexicons } from "../corpus-files";
import { readIngestCorpus } from "../ingest-files";
import { random } from "../random";
import { cpu, recording, replay } from "./d1-replay";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const file = flag("corpus", "../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl");
const n = Number(flag("n", "200"));
const local = process.argv.includes("--local");
/** --rounds N: each D1 request replayed N times, its least CPU time reported beside (its work without the noise); default 1. */
const rounds = Number(flag("rounds", "1"));
const articles = file.endsWith(".jsonl") ? parseJsonlArticles(readFileSync(file, "utf8"), file) : readIngestCorpus(file);
const lexicon = readLexicons("corpus/lexicon");
const rnd = random(20261202);
const questions = Array.from({ length: n + 20 }, () => {
  const a = articles[Math.floor(rnd() * articles.length)]!;
  return a.paragraphs[Math.floor(rnd() * a.paragraphs.length)]!.split(/\s+/).slice(0, 5).join(" ");
});

const pct = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(2);
const rows: string[] = [];
const replays: string[] = [];
/** How many times each of a route's 3 slowest D1 requests is replayed on its own. */
const REPLAYS = 7;

/** CPU per request of each route, D1 (replayed) and, unless `bundled` is undefined, the bundled index. */
async function measure(db: D1Database, bundled: StoreEngine | undefined): Promise<void> {
  const log: unknown[] = [];
  const recorded = new StoreEngine(new D1Store(recording(db, log)));
  const replayed = new StoreEngine(new D1Store(replay(log)));
  for (const route of ["search", "ask"] as const) {
    const call = (e: StoreEngine, q: string) => (route === "search" ? e.search(q, 10) : e.ask(q));
    const d1: number[] = [];
    const whole: number[] = [];
    const leastOf: number[] = [];
    for (const [i, q] of questions.entries()) {
      await call(recorded, q);
      const a = await cpu(() => call(replayed, q));
      const b = bundled ? await cpu(() => call(bundled, q)) : NaN;
      let least = a;
      for (let r = 1; r < rounds && i >= 20; r++) {
        await call(recorded, q);
        least = Math.min(least, await cpu(() => call(replayed, q)));
      }
      if (i >= 20) d1.push(a), whole.push(b), leastOf.push(least);
      if (process.env.SLOW && i >= 20 && a > Number(process.env.SLOW)) console.log(`  slow ${route} ${a.toFixed(1)} ms: ${q}`);
    }
    if (bundled) rows.push(`| bundled index | ${route} | ${pct(whole, 0.5)} | ${pct(whole, 0.99)} |`);
    rows.push(`| archive (D1), its JavaScript | ${route} | ${pct(d1, 0.5)} | ${pct(d1, 0.99)} |`);
    if (rounds > 1) rows.push(`| archive (D1), its JavaScript, least of ${rounds} replays a request | ${route} | ${pct(leastOf, 0.5)} | ${pct(leastOf, 0.99)} |`);
    // the slowest D1 requests again, each on its own REPLAYS times: noise (a GC, a busy core) or work?
    const slowest = d1.map((t, i) => [t, i + 20] as const).sort((x, y) => y[0] - x[0]).slice(0, 3);
    for (const [t, i] of slowest) {
      const again: number[] = [];
      for (let r = 0; r < REPLAYS; r++) {
        await call(recorded, questions[i]!);
        again.push(await cpu(() => call(replayed, questions[i]!)));
      }
      replays.push(`| ${route} | ${questions[i]} | ${t.toFixed(2)} | ${Math.min(...again).toFixed(2)} | ${pct(again, 0.5)} |`);
    }
  }
  // of which the slice: D1Store.index for a search's need (stems, FTS query, the rows laid out as an index)
  const slice: number[] = [];
  for (const [i, q] of questions.entries()) {
    await recorded.store.index({ texts: [q], limit: 10 });
    const t = await cpu(() => replayed.store.index({ texts: [q], limit: 10 }));
    if (i >= 20) slice.push(t);
  }
  rows.push(`| archive (D1): the slice alone (D1Store.index) | search | ${pct(slice, 0.5)} | ${pct(slice, 0.99)} |`);
}

if (local) {
  await withArchiveAt(undefined, (db) => measure(db, undefined));
} else {
  await withLocalArchive(async (db) => {
    await db.batch(lexiconStatements(db, lexicon, analyzerFor(DEFAULT_RANKING)));
    const stats = wordStats(articles.map((a) => a.paragraphs));
    for (let i = 0; i < articles.length; i += 100) await db.batch(writeBatches(db, articles.slice(i, i + 100).map((a) => articleRows(a, undefined, stats))));
    await measure(db, storeEngine(new SearchIndex(deserializeIndex(serializeIndex(buildCorpusIndex(articles, undefined, lexicon))))));
  });
}
console.log(`${articles.length} articles${local ? " (the local D1 of npm run ingest)" : ""}, ${n} questions a route, CPU ms per request (Node ${process.version}):\n`);
console.log("| store | route | median | p99 |\n| --- | --- | --- | --- |\n" + rows.join("\n"));
console.log(`\nThe slowest D1 requests of each route, replayed ${REPLAYS} times each on their own, ms:\n`);
console.log("| route | question | in the run | min | median |\n| --- | --- | --- | --- | --- |\n" + replays.join("\n"));
