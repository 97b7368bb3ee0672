/**
 * What a speaker question's alias tables cost, table by table, over a stored speaker table
 * (scripts/bench/dump-speaker-table.ts writes one):
 *
 *   npx tsx scripts/bench/alias-tables.ts --table FILE.json [--runs 7]
 *
 * Per run, a new cache read from the stored parts as a new isolate reads them (speakers.ts), then each
 * step timed alone in the order a first speaker question reaches it. CPU ms, median and max over runs.
 */
import { readFileSync } from "node:fs";
import { DEFAULT_RANKING, SearchIndex } from "../../src/index";
import { groupParts, KIND } from "../../src/index/d1/speaker-store";
import { storedCache } from "../../src/index/d1/speakers";
import { buildSlice } from "../../src/index/d1/slice";
import { aliasMemo } from "../../src/index/d1/alias-memo";
import { findSpeaker } from "../../src/answer/speakers";
import { findSpeakerEnglish } from "../../src/answer/english";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const rows = JSON.parse(readFileSync(flag("table", "/tmp/atables2/table.json"), "utf8")) as Array<{ kind: number; generation: number; data: string }>;
const runs = Number(flag("runs", "7"));
const stored = groupParts(rows, [KIND.speakers, KIND.aliases])!;
const ms = (f: () => unknown): number => {
  const t = process.cpuUsage();
  f();
  const c = process.cpuUsage(t);
  return (c.user + c.system) / 1000;
};
const times = new Map<string, number[]>();
const note = (name: string, f: () => unknown) => (times.get(name) ?? times.set(name, []).get(name)!).push(ms(f));
for (let r = 0; r < runs; r++) {
  const cache = storedCache(stored);
  const { data, stats } = buildSlice({ ranking: DEFAULT_RANKING, corpus: { paragraphs: 0, length: 0 }, df: new Map(), articles: [], paragraphs: new Map(), forward: [], statements: [], speakers: cache });
  const index = new SearchIndex(data, stats);
  const name = cache.merged.speakers[(r * 997) % cache.merged.speakers.length]!.name;
  const { extras } = data;
  note("aliases (JSON.parse of the ranked aliases)", () => extras.aliases());
  note("the alias memo parsed (KIND.memo)", () => aliasMemo(cache, DEFAULT_RANKING));
  note("aliasWords()", () => extras.aliasWords());
  note("aliasKeys()", () => extras.aliasKeys());
  note("nameWords()", () => extras.nameWords().keys);
  note(`findSpeaker (answer/speakers.ts tables, then the lookup)`, () => findSpeaker(index, `ماذا قال ${name}؟`));
  note("findSpeakerEnglish role (english.ts aliasLookup)", () => findSpeakerEnglish(index, "the foreign minister"));
  note("findSpeakerEnglish name (names.ts table)", () => findSpeakerEnglish(index, "Peskov"));
  const first = storedCache(stored);
  const slice = buildSlice({ ranking: DEFAULT_RANKING, corpus: { paragraphs: 0, length: 0 }, df: new Map(), articles: [], paragraphs: new Map(), forward: [], statements: [], speakers: first });
  note("a new isolate's whole Arabic lookup (all of the above it needs)", () => findSpeaker(new SearchIndex(slice.data, slice.stats), `ماذا قال ${name}؟`));
}
const stat = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return `${s[Math.floor(s.length / 2)]!.toFixed(2)} | ${s.at(-1)!.toFixed(2)}`;
};
console.log(`${runs} runs, CPU ms\n\n| step | median | max |\n| --- | --- | --- |`);
for (const [name, xs] of times) console.log(`| ${name} | ${stat(xs)} |`);
