/**
 * Pattern morphology one template pair at a time (src/analysis/patterns.ts, "تفعل~تفعيل"): forward
 * selection on the tune halves of XQuAD and ARCD (splits.ts), one paragraph per article. From no pair,
 * add the pair that raises the mean tune recall@1 of the two sets most, while it gains at least MIN_GAIN;
 * then the chosen pairs' weight and mode (every word, or only words the vocabulary lacks) on tune. Prints
 * each step on tune and, unless `--tune-only`, the held-out halves for the record (never used to choose).
 *
 *   npm run eval -- --only morphology-pairs [--tune-only]
 */
import { templatePairs, type PatternSet } from "../../src/analysis";
import { buildIndex, DEFAULT_RANKING, SearchIndex, type IndexData, type RankingOptions } from "../../src/index";
import { SPLITS, type Part } from "./splits";
import { asArticles, loadSquad, rankMetrics, type QaSet } from "./squad";
import { fmt } from "./report-retrieval";
import { table } from "./table";

/** A pair joins when it raises the mean tune recall@1 by at least this (about one question of each set's ~320). */
const MIN_GAIN = 0.003;

interface Set_ { name: string; set: QaSet; parts: Part[]; data: IndexData }

/** recall@1 of a set's questions in one part, searched with the morphology options changed (the index is built once). */
function recall(s: Set_, change: Partial<RankingOptions>, part: Part): number {
  const index = new SearchIndex({ ...s.data, ranking: { ...s.data.ranking, ...change } });
  const keep = s.set.questions.filter((q) => s.parts[q.article] === part);
  return rankMetrics(keep.map((q) => index.search(q.question, { limit: 10 }).map((h) => h.doc)), keep.map((q) => q.gold)).recallAt1;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

export function runMorphologyPairs(data: string): void {
  const tuneOnly = process.argv.includes("--tune-only");
  const load = (name: string, set: QaSet, parts: Part[]): Set_ => ({ name, set, parts, data: buildIndex(asArticles(set), DEFAULT_RANKING) });
  const sets = [load("XQuAD", loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false }), SPLITS.xquad), load("ARCD", loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true }), SPLITS.arcd)];
  const rows: string[][] = [];
  const score = (change: Partial<RankingOptions>) => mean(sets.map((s) => recall(s, change, "tune")));
  const record = (step: string, change: Partial<RankingOptions>, tune: number) =>
    rows.push([step, fmt(tune), ...sets.flatMap((s) => [fmt(recall(s, change, "tune")), tuneOnly ? "-" : fmt(recall(s, change, "heldout"))])]);
  const every = (morphology: PatternSet[]) => ({ morphology, morphologyWeight: 0.8, morphologyOnlyUnseen: false });
  let chosen: PatternSet[] = [];
  let cur = score(every([]));
  record("no pattern morphology", every([]), cur);
  const candidates = templatePairs(["plurals", "derived"]);
  for (;;) {
    const tried = candidates.filter((p) => !chosen.includes(p)).map((p) => ({ p, v: score(every([...chosen, p])) }));
    const best = tried.sort((a, b) => b.v - a.v)[0];
    if (!best || best.v - cur < MIN_GAIN) {
      // the nearest misses, for the record
      for (const t of tried.slice(0, 3)) record(`(not added) ${t.p}`, every([...chosen, t.p]), t.v);
      break;
    }
    [chosen, cur] = [[...chosen, best.p], best.v];
    record(`+ ${best.p} (0.8, every word)`, every(chosen), cur);
  }
  const modes: [string, Partial<RankingOptions>][] = [["0.5, every word", { morphology: chosen, morphologyWeight: 0.5, morphologyOnlyUnseen: false }], ["0.8, unseen words only", { morphology: chosen, morphologyWeight: 0.8, morphologyOnlyUnseen: true }], ["1.0, unseen words only", { morphology: chosen, morphologyWeight: 1, morphologyOnlyUnseen: true }]];
  if (chosen.length) for (const [name, change] of modes) record(`chosen pairs, ${name}`, change, score(change));
  console.log(`\n## Pattern morphology by template pair (forward selection on tune; ${candidates.length} pairs; chosen: ${chosen.join(", ") || "none"})\n`);
  console.log(table(["variant", "mean tune", "XQuAD tune", "XQuAD held out", "ARCD tune", "ARCD held out"], rows));
}
