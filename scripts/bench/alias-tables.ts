/**
 * What a speaker question's alias tables cost over a stored speaker table (scripts/bench/dump-speaker-table.ts
 * writes one), in Node:
 *
 *   npx tsx scripts/bench/alias-tables.ts --table FILE.json [--runs 7] [--old DIR]
 *
 * Per run, new caches read from the stored parts as a new isolate reads them (speakers.ts), then: each
 * step timed alone in the order a first speaker question reaches it, and a new isolate's whole first
 * lookup of an Arabic name, an English name and an English role. With --old DIR (a source tree, e.g.
 * `git archive REV src | tar -x -C DIR`), the whole lookups of DIR's source too, in the same loop, the
 * order alternating from run to run. CPU ms (process.cpuUsage), median and max over runs.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_RANKING } from "../../src/index";
import { aliasMemo } from "../../src/index/d1/alias-memo";
import { transliterate } from "../../src/answer/english";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const rows = JSON.parse(readFileSync(flag("table", ""), "utf8")) as Array<{ kind: number; generation: number; data: string }>;
const runs = Number(flag("runs", "7"));
const oldDir = flag("old", "");

/** The modules a lookup needs, from one source tree. */
async function source(root: string) {
  const at = (p: string) => import(resolve(root, "src", p));
  const [index, store, speakers, slice, arabic, english] = await Promise.all(["index/index.ts", "index/d1/speaker-store.ts", "index/d1/speakers.ts", "index/d1/slice.ts", "answer/speakers.ts", "answer/english.ts"].map(at));
  const stored = store.groupParts(rows, [store.KIND.speakers, store.KIND.aliases]);
  /** A new isolate's cache and slice over the stored table (speakers.ts storedCache, exported or not). */
  const fresh = () => {
    const cache = speakers.storedCache ? speakers.storedCache(stored) : undefined;
    if (!cache) throw new Error(`${root}: speakers.ts exports no storedCache`);
    const { data, stats } = slice.buildSlice({ ranking: DEFAULT_RANKING, corpus: { paragraphs: 0, length: 0 }, df: new Map(), articles: [], paragraphs: new Map(), forward: [], statements: [], speakers: cache });
    return { cache, data, index: new index.SearchIndex(data, stats) };
  };
  return { fresh, findSpeaker: arabic.findSpeaker, findSpeakerEnglish: english.findSpeakerEnglish };
}

const ms = (f: () => unknown): number => {
  const t = process.cpuUsage();
  f();
  const c = process.cpuUsage(t);
  return (c.user + c.system) / 1000;
};
const times = new Map<string, number[]>();
const note = (name: string, f: () => unknown) => (times.get(name) ?? times.set(name, []).get(name)!).push(ms(f));
const trees: Array<[string, Awaited<ReturnType<typeof source>>]> = [["this tree", await source(".")]];
if (oldDir) trees.push([`--old ${oldDir}`, await source(oldDir)]);
const [, mine] = trees[0]!;
for (let r = 0; r < runs; r++) {
  const { cache, data, index } = mine.fresh();
  const name = cache.merged.speakers[(r * 997) % cache.merged.speakers.length]!.name;
  // the same speaker asked in English, its name spelled by the learned speller
  const latin = transliterate(name);
  const { extras } = data;
  note("aliases (JSON.parse of the ranked aliases)", () => extras.aliases());
  note("an Arabic name's lookup (answer/speakers.ts tables, findSpeaker)", () => mine.findSpeaker(index, `ماذا قال ${name}؟`));
  note("nameWords() (English names: the words, their sound keys and speakers)", () => extras.nameWords().keys);
  note("the alias memo parsed whole (KIND.memo)", () => aliasMemo(cache, DEFAULT_RANKING));
  note("aliasWords() (English roles: with the stems)", () => extras.aliasWords());
  note("aliasKeys().order (English roles)", () => extras.aliasKeys().order);
  for (const [label, tree] of r % 2 ? [...trees].reverse() : trees) {
    const lookups: Array<[string, (i: unknown) => unknown]> = [
      [`ماذا قال ${name}؟`, (i) => tree.findSpeaker(i, `ماذا قال ${name}؟`)],
      ["an English name (the same speaker, spelled)", (i) => tree.findSpeakerEnglish(i, latin)],
      ["the Saudi foreign minister", (i) => tree.findSpeakerEnglish(i, "the Saudi foreign minister")],
    ];
    for (const [what, look] of lookups) {
      const { index: first } = tree.fresh();
      note(`a new isolate's whole first lookup, ${what === `ماذا قال ${name}؟` ? "an Arabic name" : what} (${label})`, () => look(first));
    }
  }
}
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)]!.toFixed(2)} | ${s.at(-1)!.toFixed(2)}`;
};
console.log(`${runs} runs, CPU ms\n\n| step | median | max |\n| --- | --- | --- |`);
for (const [name, xs] of times) console.log(`| ${name} | ${stat(xs)} |`);
