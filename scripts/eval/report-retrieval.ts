import { DEFAULT_RANKING, type RankingOptions } from "../../src/index";
import type { StemExtension } from "../../src/analysis";
import { evaluate, miniSearchRankings, projectRankings } from "./retrieval";
import { loadSquad, type QaSet } from "./squad";
import { table } from "./table";

function sets(data: string): [string, QaSet][] {
  return [
    ["XQuAD dev (ar)", loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false })],
    ["ARCD train", loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true })],
  ];
}

export function runRetrieval(data: string): void {
  const rows: string[][] = [];
  for (const [name, set] of sets(data)) {
    const t0 = performance.now();
    const ours = evaluate(set, projectRankings(set));
    const t1 = performance.now();
    const anchor = evaluate(set, miniSearchRankings(set));
    rows.push([name, "this project", fmt(ours.recallAt1), fmt(ours.recallAt5), fmt(ours.mrrAt10), String(ours.n), `${(t1 - t0).toFixed(0)} ms`]);
    rows.push([name, "MiniSearch 7 (defaults)", fmt(anchor.recallAt1), fmt(anchor.recallAt5), fmt(anchor.mrrAt10), String(anchor.n), ""]);
  }
  console.log("\n## Paragraph retrieval (Arabic questions)\n");
  console.log(table(["set", "engine", "recall@1", "recall@5", "MRR@10", "questions", "build+query"], rows));
}

/** Each stemmer extension and BM25 setting against light10 alone, on both sets. */
export function runStemmerAblation(data: string): void {
  const variants: [string, Partial<RankingOptions>][] = [
    ["light10 only", { stemExtensions: [] }],
    ...(["fa", "bi", "future", "suffixes", "tanween"] as StemExtension[]).map((e): [string, Partial<RankingOptions>] => [`light10 + ${e}`, { stemExtensions: [e] }]),
    ["default (" + DEFAULT_RANKING.stemExtensions.join("+") + ")", {}],
    ["default, no title", { titleWeight: 0 }],
    ["default, no proximity", { proximityWeight: 0 }],
    ["default, no clitic variants", { cliticVariants: false }],
    ["default + prefix extension 0.5", { prefixWeight: 0.5 }],
    ["default + bi", { stemExtensions: ["bi", "future", "suffixes", "tanween"] }],
    ["default, no 4-gram partial credit", { partialWeight: 0 }],
    ["default, rerank depth 15", { rerankDepth: 15 }],
    ["default, rerank depth 30", { rerankDepth: 30 }],
    ["default, k1=0.9", { k1: 0.9 }],
    ["default, k1=1.5", { k1: 1.5 }],
    ["default, b=0.75", { b: 0.75 }],
    ["default, b=0.5", { b: 0.5 }],
    ["default, b=1.0", { b: 1.0 }],
  ];
  const loaded = sets(data);
  const rows = variants.map(([name, change]) => {
    const ranking = { ...DEFAULT_RANKING, ...change };
    return [name, ...loaded.flatMap(([, set]) => {
      const m = evaluate(set, projectRankings(set, ranking));
      return [fmt(m.recallAt1), fmt(m.mrrAt10)];
    })];
  });
  console.log("\n## Analyzer and ranking ablation\n");
  console.log(table(["variant", ...loaded.flatMap(([n]) => [`${n} R@1`, `${n} MRR@10`])], rows));
}

export function fmt(x: number): string {
  return x.toFixed(3);
}
