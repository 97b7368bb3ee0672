/**
 * The Worker's CPU for the first request after a write to the archive (docs/benchmarks.md):
 *
 *   npx tsx scripts/bench/archive-write-cpu.ts [--corpus FILE.jsonl|DIR] [--writes 20] [--old DIR] [--local] [--no-full]
 *
 * --local: the D1 that `npm run ingest` loaded (.wrangler/state) instead of a throwaway one loaded from
 * --corpus; the articles put again are then the corpus's own, analyzed with the whole folder's word
 * counts as the ingest did, so their rows do not change (only the generation moves).
 * Loads the corpus (default the 3,361-article subset) into a throwaway local D1 and stores its speaker
 * table, then, per write (an article of the corpus put again: its rows replaced, the generation moved),
 * times in Node, replaying the recorded D1 results as scripts/bench/archive-cpu.ts does:
 * - the speakers' load alone (src/index/d1/speakers.ts): from the last generation's cache (what an
 *   isolate that served a request before the write does); from the stored table one write behind (a
 *   new isolate before the writer stored the new one); from nothing (no stored table: every mention
 *   merged, every speaker scored);
 * - a whole ask after the write, through a store whose cache is at the last generation;
 * - a speaker question after the write, in Arabic and in English (the speaker's name spelled by the
 *   learned speller), each through a store whose cache is at the last generation;
 * - the writer's storing of the new table (speaker-store.ts), then a new isolate's load of it, an
 *   Arabic speaker question in the store warm before the write (the lookup rows of migration 0008
 *   current again: before the store they are a write behind, and a question reads the whole table),
 *   and a new isolate's first request, a speaker question in Arabic and in English;
 * - with --old DIR (a source tree, e.g. `git archive main src | tar -x -C DIR`, whose
 *   DIR/src/index/d1/speakers.ts exports loadSpeakers(db, generation, previous?)), its load from its
 *   last generation's cache too, in the same loop (each write measures every variant, in an order
 *   that alternates).
 * --no-full: leaves out the load from nothing (seconds a write on the whole SaudiNewsNet).
 * CPU ms, median and max over the writes; process.cpuUsage (user + system, GC included). First it prints
 * the stored table's size by part kind (speaker-store.ts KIND).
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { StoreEngine } from "../../src/answer";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { wordStats } from "../../src/corpus/word-stats";
import { DEFAULT_RANKING } from "../../src/index";
import { analyzerFor } from "../../src/index/analyzer";
import { articleRows, D1Store, ingestArticles, lexiconStatements, writeBatches } from "../../src/index/d1";
import { fullLoad, loadSpeakers, type SpeakerCache } from "../../src/index/d1/speakers";
import { storeTable } from "../../src/index/d1/speaker-store";
import { withLocalArchive } from "../archive-db";
import { readIngestCorpus } from "../ingest-files";
import { getPlatformProxy } from "wrangler";
import { readLexicons } from "../corpus-files";
import { random } from "../random";
import { cpu, recording, replay } from "./d1-replay";
import { transliterate } from "../../src/answer/english";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const file = flag("corpus", "../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl");
const writes = Number(flag("writes", "20"));
const oldPath = flag("old", "");
const local = process.argv.includes("--local");
const noFull = process.argv.includes("--no-full");
const articles = file.endsWith(".jsonl") ? parseJsonlArticles(readFileSync(file, "utf8"), file) : readIngestCorpus(file);
const rnd = random(20261125);
type Load = (db: D1Database, generation: number, previous?: unknown) => Promise<unknown>;
const old: Load | undefined = oldPath ? ((await import(resolve(oldPath, "src/index/d1/speakers.ts"))) as { loadSpeakers: Load }).loadSpeakers : undefined;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)]!.toFixed(2)} | ${s.at(-1)!.toFixed(2)}`;
};

const counts = wordStats(articles.map((a) => a.paragraphs));
async function run(db: D1Database): Promise<void> {
  const generation = async () => (await db.prepare("SELECT generation FROM corpus").first<{ generation: number }>())!.generation;
  // a store kept warm on both sides (recorded and replayed), and the loader's caches alike
  const log: unknown[] = [];
  const recorded = new StoreEngine(new D1Store(recording(db, log)));
  const replayed = new StoreEngine(new D1Store(replay(log)));
  await recorded.ask("ماذا قال الوزير؟");
  await replayed.ask("ماذا قال الوزير؟");
  let mine: SpeakerCache = await loadSpeakers(db, await generation());
  let theirs: SpeakerCache = await loadSpeakers(db, await generation());
  let oldMine: unknown = old ? await old(db, await generation()) : undefined;
  let oldTheirs: unknown = old ? await old(db, await generation()) : undefined;
  await storeTable(db, mine);
  const { results: parts } = await db.prepare("SELECT kind, count(*) AS parts, sum(length(CAST(data AS BLOB))) AS bytes FROM speaker_table GROUP BY kind ORDER BY kind").all<{ kind: number; parts: number; bytes: number }>();
  console.log(`the stored speaker table: ${parts.map((p) => `kind ${p.kind} ${(p.bytes / 1e6).toFixed(2)} MB (${p.parts} rows)`).join(", ")}\n`);
  const times: Record<string, number[]> = { incremental: [], behind: [], full: [], ask: [], who: [], whoEnglish: [], old: [], store: [], stored: [], fresh: [], freshEnglish: [], whoStored: [] };
  const recordedWho = new StoreEngine(new D1Store(recording(db, log)));
  const replayedWho = new StoreEngine(new D1Store(replay(log)));
  await recordedWho.ask("ماذا قال الوزير؟");
  await replayedWho.ask("ماذا قال الوزير؟");
  const recordedEnglish = new StoreEngine(new D1Store(recording(db, log)));
  const replayedEnglish = new StoreEngine(new D1Store(replay(log)));
  await recordedEnglish.ask("What did the minister say?");
  await replayedEnglish.ask("What did the minister say?");
  // a speaker of the corpus, drawn at random; in English, its name spelled by the learned speller
  const who = () => mine.merged.speakers[Math.floor(rnd() * mine.merged.speakers.length)]!.name;
  const whoEnglish = () => `What did ${transliterate(who())} say?`;
  const timed = async (name: string, load: (db: D1Database) => Promise<unknown>) => {
    const l: unknown[] = [];
    await load(recording(db, l));
    times[name]!.push(await cpu(() => load(replay(l))));
  };
  for (let w = 0; w < writes; w++) {
    const article = articles[Math.floor(rnd() * articles.length)]!;
    await ingestArticles(db, [article], counts);
    const g = await generation();
    const variants: Array<[string, () => Promise<void>]> = [
      ["incremental", async () => {
        const l: unknown[] = [];
        mine = await loadSpeakers(recording(db, l), g, mine);
        times.incremental!.push(await cpu(async () => (theirs = await loadSpeakers(replay(l), g, theirs))));
      }],
      ["behind", () => timed("behind", (d) => loadSpeakers(d, g))],
      ...(noFull ? [] : [["full", () => timed("full", (d) => fullLoad(d, g))] as [string, () => Promise<void>]]),
      ["ask", async () => {
        const q = article.paragraphs[0]!.split(/\s+/).slice(0, 5).join(" ");
        await recorded.ask(q);
        times.ask!.push(await cpu(() => replayed.ask(q)));
      }],
      // a speaker question (its alias tables are made once per generation, on the first that needs them)
      ["who", async () => {
        const q = `ماذا قال ${who()}؟`;
        await recordedWho.ask(q);
        times.who!.push(await cpu(() => replayedWho.ask(q)));
      }],
      // the same in English, in a second store warm before the write (its name tables made once per generation too)
      ["whoEnglish", async () => {
        const q = whoEnglish();
        await recordedEnglish.ask(q);
        times.whoEnglish!.push(await cpu(() => replayedEnglish.ask(q)));
      }],
    ];
    if (old) variants.push(["old", async () => {
      const l: unknown[] = [];
      oldMine = await old(recording(db, l), g, oldMine);
      times.old!.push(await cpu(async () => (oldTheirs = await old(replay(l), g, oldTheirs))));
    }]);
    // the order alternates from write to write, so no variant always runs first (or last) after the write
    for (const [, run] of w % 2 ? [...variants].reverse() : variants) await run();
    // the writer stores the new table (from its cache at g), then a new isolate reads it
    await timed("store", (d) => storeTable(d, { ...theirs, all: theirs.all?.map((s) => ({ ...s })) }));
    await timed("stored", (d) => loadSpeakers(d, g));
    // a speaker question once the writer stored the table (the lookup rows of migration 0008 current again), its store warm before it
    const asked = `ماذا قال ${who()}؟`;
    await recordedWho.ask(asked);
    times.whoStored!.push(await cpu(() => replayedWho.ask(asked)));
    // a new isolate's first request, a speaker question, over the stored table
    const q = `ماذا قال ${who()}؟`;
    await timed("fresh", (d) => new StoreEngine(new D1Store(d)).ask(q));
    const english = whoEnglish();
    await timed("freshEnglish", (d) => new StoreEngine(new D1Store(d)).ask(english));
  }
  console.log(`${articles.length} articles, ${writes} writes (one article put again each), CPU ms of the first work after each write:\n`);
  console.log("| what | median | max |\n| --- | --- | --- |");
  console.log(`| speakers' load from the last generation's cache (incremental) | ${stats(times.incremental!)} |`);
  if (old) console.log(`| speakers' load from the last generation's cache, --old (${oldPath}) | ${stats(times.old!)} |`);
  console.log(`| a new isolate's load, the stored table one write behind | ${stats(times.behind!)} |`);
  console.log(`| a new isolate's load, the stored table current | ${stats(times.stored!)} |`);
  if (!noFull) console.log(`| speakers' load from nothing (no stored table: every mention merged, every speaker scored) | ${stats(times.full!)} |`);
  console.log(`| the writer storing the new table | ${stats(times.store!)} |`);
  console.log(`| the first ask after the write, its store warm before it | ${stats(times.ask!)} |`);
  console.log(`| the first speaker question after the write ("ماذا قال <a speaker>؟"), its store warm before it | ${stats(times.who!)} |`);
  console.log(`| the first speaker question after the writer stored the write's table, its store warm before it | ${stats(times.whoStored!)} |`);
  console.log(`| the first English speaker question after the write ("What did <the speaker, spelled> say?"), its store warm before it | ${stats(times.whoEnglish!)} |`);
  console.log(`| a new isolate's first request, a speaker question, over the stored table | ${stats(times.fresh!)} |`);
  console.log(`| a new isolate's first request, an English speaker question, over the stored table | ${stats(times.freshEnglish!)} |`);
}

if (local) {
  const proxy = await getPlatformProxy<{ DB: D1Database }>({ environment: "archive" });
  try {
    await run(proxy.env.DB);
  } finally {
    await proxy.dispose();
  }
} else {
  await withLocalArchive(async (db) => {
    await db.batch(lexiconStatements(db, readLexicons("corpus/lexicon"), analyzerFor(DEFAULT_RANKING)));
    for (let i = 0; i < articles.length; i += 100) await db.batch(writeBatches(db, articles.slice(i, i + 100).map((a) => articleRows(a, undefined, counts))));
    // as npm run ingest ends: the speaker table stored (and speaker_words counted whole)
    await new D1Store(db).storeSpeakers();
    await run(db);
  });
}
