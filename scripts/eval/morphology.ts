import { DEFAULT_RANKING, type RankingOptions } from "../../src/index";
import { projectRankings } from "./retrieval";
import { SPLITS, type Part } from "./splits";
import { loadSquad, rankMetrics, type QaSet } from "./squad";
import { fmt } from "./report-retrieval";
import { table } from "./table";

/** recall@1 of a set's questions in one part of its split. */
export function partRecall(set: QaSet, parts: Part[], rankings: number[][], part: Part): number {
  const keep = set.questions.flatMap((q, i) => (parts[q.article] === part ? [i] : []));
  return rankMetrics(keep.map((i) => rankings[i]!), keep.map((i) => set.questions[i]!.gold)).recallAt1;
}

/**
 * Pattern morphology (src/analysis/patterns.ts), one group at a time and at two weights, on the tune
 * and held-out halves of XQuAD and ARCD (splits.ts). A group is kept when it helps on the held-out halves.
 */
export function runMorphology(data: string): void {
  const sets: [string, QaSet, Part[]][] = [
    ["XQuAD", loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false }), SPLITS.xquad],
    ["ARCD", loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true }), SPLITS.arcd],
  ];
  const variants: [string, Partial<RankingOptions>][] = [
    ["no pattern morphology", { morphology: [] }],
    ["plurals, weight 0.8, every word", { morphology: ["plurals"], morphologyWeight: 0.8, morphologyOnlyUnseen: false }],
    ["derived, weight 0.8, every word", { morphology: ["derived"], morphologyWeight: 0.8, morphologyOnlyUnseen: false }],
    ["plurals + derived, 0.8, every word", { morphology: ["plurals", "derived"], morphologyWeight: 0.8, morphologyOnlyUnseen: false }],
    ["plurals + derived, 0.5, every word", { morphology: ["plurals", "derived"], morphologyWeight: 0.5, morphologyOnlyUnseen: false }],
    ["plurals, 0.8, unseen words only", { morphology: ["plurals"], morphologyWeight: 0.8 }],
    ["derived, 0.8, unseen words only", { morphology: ["derived"], morphologyWeight: 0.8 }],
    ["plurals + derived, 0.8, unseen words only", { morphology: ["plurals", "derived"], morphologyWeight: 0.8 }],
    ["plurals + derived, 1.0, unseen words only", { morphology: ["plurals", "derived"], morphologyWeight: 1 }],
    [`default (${DEFAULT_RANKING.morphology.join(" + ") || "none"}, ${DEFAULT_RANKING.morphologyWeight})`, {}],
  ];
  const rows = variants.map(([name, change]) => [name, ...sets.flatMap(([, set, parts]) => {
    const rankings = projectRankings(set, { ...DEFAULT_RANKING, ...change });
    return [fmt(partRecall(set, parts, rankings, "tune")), fmt(partRecall(set, parts, rankings, "heldout"))];
  })]);
  console.log("\n## Pattern morphology (recall@1, tune / held-out halves)\n");
  console.log(table(["variant", "XQuAD tune", "XQuAD held out", "ARCD tune", "ARCD held out"], rows));
}
