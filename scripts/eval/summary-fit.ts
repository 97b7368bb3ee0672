/**
 * Chooses the summary weights (src/corpus/summary.ts, DEFAULT_SUMMARY) by 5-fold cross-validation over
 * the EASC articles (folds fixed in splits.ts): for each fold, the grid point with the best mean
 * ROUGE-1 + ROUGE-2 on the other four folds is scored on it. Prints the per-fold picks, the held-out
 * mean and spread (standard deviation over folds) next to Lead-N and the shipped weights on the same
 * folds, and the grid point chosen on all folds (what DEFAULT_SUMMARY should hold). Lead-N is itself a
 * grid point: when it wins, the lead is the best summary and the weights fall back to it.
 *
 *   npm run eval -- --only summary-fit
 */
import { DEFAULT_SUMMARY, summarize, type SummaryOptions } from "../../src/corpus/summary";
import { fmt } from "./report-retrieval";
import { EASC_FOLDS, SPLITS } from "./splits";
import { eascArticles, rougeOf } from "./summaries";
import { table } from "./table";

/** Lead-N as summary weights: position only, steep, no redundancy step. */
export const LEAD: SummaryOptions = { positionWeight: 1, positionPower: 4, titleWeight: 0, quoteWeight: 0, mmrLambda: 1, duplicateThreshold: 1.01 };

function grid(): [string, SummaryOptions][] {
  const out: [string, SummaryOptions][] = [["Lead-N", LEAD]];
  for (const positionWeight of [0.6, 0.7, 0.8, 0.9]) {
    for (const positionPower of [0.5, 1, 2]) {
      for (const titleWeight of [0, 0.3, 0.6]) {
        for (const mmrLambda of [0.7, 1]) {
          const o = { ...DEFAULT_SUMMARY, positionWeight, positionPower, titleWeight, mmrLambda };
          out.push([`position ${positionWeight}^${positionPower}, title ${titleWeight}, mmr ${mmrLambda}`, o]);
        }
      }
    }
  }
  return out;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

export function runSummaryFit(data: string): void {
  const articles = eascArticles(data);
  const points = grid();
  // scores[point][article] = [R1, R2]
  const scoreOf = (o: SummaryOptions) => articles.map((a) => rougeOf(a, summarize(a.sentences, a.n, o, a.title)));
  const scores = points.map(([, o]) => scoreOf(o));
  const shipped = scoreOf(DEFAULT_SUMMARY);
  const foldOf = SPLITS.easc;
  const avg = (s: [number, number][], keep: (i: number) => boolean): [number, number] => {
    const idx = s.flatMap((_, i) => (keep(i) ? [i] : []));
    return [mean(idx.map((i) => s[i]![0])), mean(idx.map((i) => s[i]![1]))];
  };
  const best = (keep: (i: number) => boolean) => {
    let k = 0;
    points.forEach((_, j) => {
      const [a, b] = avg(scores[j]!, keep);
      const [c, d] = avg(scores[k]!, keep);
      if (a + b > c + d) k = j;
    });
    return k;
  };
  const rows: string[][] = [];
  const held: Record<string, [number, number][]> = { picked: [], lead: [], shipped: [] };
  for (let f = 0; f < EASC_FOLDS; f++) {
    const k = best((i) => foldOf[i] !== f);
    const inFold = (i: number) => foldOf[i] === f;
    const [t1, t2] = avg(scores[k]!, (i) => foldOf[i] !== f);
    held.picked!.push(avg(scores[k]!, inFold));
    held.lead!.push(avg(scores[0]!, inFold));
    held.shipped!.push(avg(shipped, inFold));
    rows.push([String(f), points[k]![0], `${fmt(t1)} / ${fmt(t2)}`, `${fmt(held.picked!.at(-1)![0])} / ${fmt(held.picked!.at(-1)![1])}`, `${fmt(held.lead!.at(-1)![0])} / ${fmt(held.lead!.at(-1)![1])}`]);
  }
  console.log("\n## Summary weights by 5-fold cross-validation (EASC, ROUGE-1 / ROUGE-2 F1)\n");
  console.log(table(["held-out fold", "picked on the other folds", "tune folds", "held-out fold", "Lead-N on it"], rows));
  const line = (name: string, xs: [number, number][]) => [name, `${fmt(mean(xs.map((x) => x[0])))} ± ${fmt(sd(xs.map((x) => x[0])))}`, `${fmt(mean(xs.map((x) => x[1])))} ± ${fmt(sd(xs.map((x) => x[1])))}`];
  console.log("\n" + table(["held-out folds, mean ± sd", "ROUGE-1", "ROUGE-2"], [line("picked by cross-validation", held.picked!), line("Lead-N", held.lead!), line("shipped DEFAULT_SUMMARY", held.shipped!)]));
  const all = best(() => true);
  console.log(`\nchosen on all folds (for DEFAULT_SUMMARY): ${points[all]![0]} ${JSON.stringify(points[all]![1])}`);
}
