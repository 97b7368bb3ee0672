/**
 * A new isolate's first English speaker question over the archive (docs/benchmarks.md, "English speaker
 * questions by SQL"):
 *
 *   npx tsx scripts/bench/archive-first-english.ts [--corpus FILE.jsonl] [--at DIR] [--old DIR] [--questions 12] [--rounds 3] [--seed 20261126]
 *
 * Loads the corpus (default the 3,361-article subset) as `npm run ingest` does into a local D1 persisted
 * at DIR (default a throwaway one; an existing DIR is read as it is, so several runs share one load),
 * then asks, each question in a new StoreEngine over a new D1Store (what a new isolate has; the
 * process's module caches, e.g. the name model, stay warm as in archive-write-cpu.ts), English
 * questions naming speakers of the corpus by the learned speller's spelling, by family name, by a role
 * of the closed lists, a name nobody has ("did you mean"), an Arabic one for reference, and a name holding
 * a compound read two ways (compound-names.ts: Abdullah as عبد الله, Nasrallah as نصر الله). Each is run
 * once over the real D1 (recorded) and timed when replayed (scripts/bench/d1-replay.ts): CPU ms in
 * Node, median and max over the questions and rounds, and how many of them read the whole speaker
 * table (a statement FROM speaker_table or speaker_mentions), and the characters of D1 results each
 * received (JSON of the recorded results, first round: what it fetched, free of the machine's noise).
 * With --old DIR (a source tree, e.g. `git archive <commit> src | tar -x -C DIR`), that tree's
 * StoreEngine and D1Store too, over the same database, in alternating order, and how many questions
 * of each kind both trees answer alike (the answers' JSON, first round).
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { StoreEngine } from "../../src/answer";
import { compoundReadings } from "../../src/answer/compound-names";
import { transliterate } from "../../src/answer/english";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { wordStats } from "../../src/corpus/word-stats";
import { DEFAULT_RANKING } from "../../src/index";
import { analyzerFor } from "../../src/index/analyzer";
import { articleRows, D1Store, lexiconStatements, writeBatches } from "../../src/index/d1";
import { withArchiveAt, withLocalArchive } from "../archive-db";
import { readLexicons } from "../corpus-files";
import { random } from "../random";
import { cpu, recording, replay } from "./d1-replay";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const file = flag("corpus", "../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl");
const at = flag("at", "");
const oldPath = flag("old", "");
const questions = Number(flag("questions", "12"));
const rounds = Number(flag("rounds", "3"));
// the draw of speakers the questions name (another seed: another draw, e.g. to measure once on questions not looked at)
const rnd = random(Number(flag("seed", "20261126")));

type Asker = (db: D1Database, question: string) => Promise<{ found: boolean }>;
const ask: Asker = (db, q) => new StoreEngine(new D1Store(db)).ask(q, { topK: 3 });
const oldAsk: Asker | undefined = oldPath
  ? await (async () => {
      const answer = (await import(resolve(oldPath, "src/answer/index.ts"))) as { StoreEngine: typeof StoreEngine };
      const d1 = (await import(resolve(oldPath, "src/index/d1/index.ts"))) as { D1Store: typeof D1Store };
      return (db: D1Database, q: string) => new answer.StoreEngine(new d1.D1Store(db)).ask(q, { topK: 3 });
    })()
  : undefined;

/** A recording that also counts the statements reading the whole speaker table. */
function counted(db: D1Database, log: unknown[]): { db: D1Database; reads: () => number } {
  let n = 0;
  const inner = recording(db, log);
  const wrapped = { ...inner, prepare: (sql: string) => ((/FROM speaker_table|FROM speaker_mentions/.test(sql) && n++), inner.prepare(sql)), batch: inner.batch } as unknown as D1Database;
  return { db: wrapped, reads: () => n };
}

async function load(db: D1Database): Promise<void> {
  const articles = parseJsonlArticles(readFileSync(file, "utf8"), file);
  const counts = wordStats(articles.map((a) => a.paragraphs));
  await db.batch(lexiconStatements(db, readLexicons("corpus/lexicon"), analyzerFor(DEFAULT_RANKING)));
  for (let i = 0; i < articles.length; i += 100) await db.batch(writeBatches(db, articles.slice(i, i + 100).map((a) => articleRows(a, undefined, counts))));
  await new D1Store(db).storeSpeakers();
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)]!.toFixed(2)} | ${s.at(-1)!.toFixed(2)}`;
};

/** Median and max of counts, as "median, max". */
const countStats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)]}, ${s.at(-1)}`;
};

async function run(db: D1Database): Promise<void> {
  const speakers = await new StoreEngine(new D1Store(db)).speakers();
  const draw = () => speakers[Math.floor(rnd() * speakers.length)]!;
  // the speakers whose learned spelling holds a compound (compound-names.ts: Abdullah, Abu Zaid, Nasrallah), read more than one way
  const compounds = speakers.map((s) => transliterate(s.name)).filter((name) => compoundReadings(name.split(" ")).length > 1);
  const drawCompound = () => compounds[Math.floor(rnd() * compounds.length)]!;
  const kinds: Record<string, string[]> = {
    "a speaker's name (learned speller)": Array.from({ length: questions }, () => `What did ${transliterate(draw().name)} say?`),
    "a family name": Array.from({ length: questions }, () => `What did ${transliterate(draw().name).split(" ").at(-1)} say?`),
    "a role of the closed lists": ["What did the Saudi foreign minister say?", "What did the American foreign minister say?", "What did the Iranian foreign minister say?", "What did the UN secretary general say?"],
    "a name nobody has (did you mean)": ["What did Macron say?", "What did Zelensky say?", "What did Merkelson say?"],
    "Arabic, for reference": Array.from({ length: questions }, () => `ماذا قال ${draw().name}؟`),
    // drawn last, so the kinds above draw the same speakers as before this kind was added
    "a compound name (Abd-, Abu-, -allah, -oglu: read two ways)": Array.from({ length: questions }, () => `What did ${drawCompound()} say?`),
  };
  const sides: Array<[string, Asker]> = [["this tree", ask], ...(oldAsk ? [["--old", oldAsk] as [string, Asker]] : [])];
  const times = new Map<string, number[]>();
  const reads = new Map<string, number>();
  const found = new Map<string, number>();
  // characters of D1 results a question received (JSON of the recorded log): what it fetched, free of the machine's noise
  const chars = new Map<string, number[]>();
  // with --old: how many of a kind's questions both trees answer alike (the answers' JSON)
  const same = new Map<string, number>();
  for (let r = 0; r < rounds; r++) {
    for (const [kind, list] of Object.entries(kinds)) {
      for (const q of list) {
        const answers = new Set<string>();
        for (const [side, asker] of r % 2 ? [...sides].reverse() : sides) {
          const key = `${kind} | ${side}`;
          const log: unknown[] = [];
          const c = counted(db, log);
          const answer = await asker(c.db, q);
          if (r === 0) (chars.get(key) ?? chars.set(key, []).get(key)!).push(JSON.stringify(log).length);
          const ms = await cpu(() => asker(replay(log), q));
          (times.get(key) ?? times.set(key, []).get(key)!).push(ms);
          if (r === 0) {
            answers.add(JSON.stringify(answer));
            reads.set(key, (reads.get(key) ?? 0) + (c.reads() > 0 ? 1 : 0));
            found.set(key, (found.get(key) ?? 0) + (answer.found ? 1 : 0));
          }
        }
        if (r === 0) same.set(kind, (same.get(kind) ?? 0) + (answers.size === 1 ? 1 : 0));
      }
    }
  }
  if (oldAsk) console.log(`answered alike by both trees: ${[...same].map(([kind, n]) => `${kind} ${n}/${kinds[kind]!.length}`).join("; ")}\n`);
  console.log(`${speakers.length} speakers (${compounds.length} spelled with a compound); ${rounds} rounds; CPU ms of a new isolate's first question (D1 replayed):\n`);
  console.log("| question | code | median | max | found | read the whole table | D1 result characters (median, max) |\n| --- | --- | --- | --- | --- | --- | --- |");
  for (const [key, xs] of times) {
    const [kind, side] = key.split(" | ");
    console.log(`| ${kind} (${kinds[kind!]!.length}) | ${side} | ${stats(xs)} | ${found.get(key)} | ${reads.get(key)} | ${countStats(chars.get(key)!)} |`);
  }
}

if (at) {
  const fresh = !existsSync(join(at, "v3"));
  if (fresh) {
    mkdirSync(at, { recursive: true });
    execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--env", "archive", "--local", "--persist-to", at], { stdio: "ignore", env: { ...process.env, CI: "1" } });
  }
  await withArchiveAt(join(at, "v3"), async (db) => {
    if (fresh) await load(db);
    await run(db);
  });
} else {
  await withLocalArchive(async (db) => {
    await load(db);
    await run(db);
  });
}
