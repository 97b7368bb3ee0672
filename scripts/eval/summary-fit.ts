/**
 * Chooses the summary weights (src/corpus/summary.ts, DEFAULT_SUMMARY) by 5-fold cross-validation over
 * the EASC articles (folds fixed in splits.ts): for each fold, the grid point with the best mean
 * ROUGE-1 + ROUGE-2 on the other four folds is scored on it. Prints the per-fold picks, the held-out
 * mean and spread (standard deviation over folds) next to Lead-N and the shipped weights on the same
 * folds, and the grid point chosen on all folds (what DEFAULT_SUMMARY should hold). Lead-N is itself a
 * grid point: when it wins, the lead is the best summary and the weights fall back to it.
 *
 * Then the lead-or-ranked decision (src/corpus/lead.ts), nested in the same folds: on the other four
 * folds, with the weights picked there, a logistic model over each article's features says whether
 * Lead-N beats the ranking (each article weighing the difference of their ROUGE-1 + ROUGE-2); on the
 * held-out fold each article gets the lead or the ranking as it says.
 *
 * This is the hand-weighted baseline (HAND_SUMMARY); the shipped ranking is the learned scorer and its
 * lead decision, fit and written by summary-learned.ts.
 *
 *   npm run eval -- --only summary-fit            report
 */
import { chooseSummary, LEAD_FEATURES, leadFeatures, type LeadModel } from "../../src/corpus/lead";
import { rankSentences, scoreSentences } from "../../src/corpus/summary";
import { fitLogistic } from "./logistic";
import { DEFAULT_SUMMARY, HAND_SUMMARY, summarize, type SummaryOptions } from "../../src/corpus/summary";
import { fmt } from "./report-retrieval";
import { EASC_FOLDS, SPLITS } from "./splits";
import { eascArticles, rougeOf, type EascArticle } from "./summaries";
import { table } from "./table";

/** Lead-N as summary weights: position only, steep, no redundancy step. */
export const LEAD: SummaryOptions = { positionWeight: 1, positionPower: 4, titleWeight: 0, quoteWeight: 0, mmrLambda: 1, duplicateThreshold: 1.01 };

function grid(): [string, SummaryOptions][] {
  const out: [string, SummaryOptions][] = [["Lead-N", LEAD]];
  for (const positionWeight of [0.6, 0.7, 0.8, 0.9]) {
    for (const positionPower of [0.5, 1, 2]) {
      for (const titleWeight of [0, 0.3, 0.6]) {
        for (const mmrLambda of [0.7, 1]) {
          const o = { ...HAND_SUMMARY, positionWeight, positionPower, titleWeight, mmrLambda };
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
  console.log("\n" + table(["held-out folds, mean ± sd", "ROUGE-1", "ROUGE-2"], [line("picked by cross-validation", held.picked!), line("Lead-N", held.lead!), line("shipped DEFAULT_SUMMARY (learned, fit on all folds: in sample)", held.shipped!)]));
  const all = best(() => true);
  console.log(`\nchosen on all folds (for HAND_SUMMARY): ${points[all]![0]} ${JSON.stringify(points[all]![1])}`);
  leadDecision(articles, points, scores, best, all, shipped);
}

type Scores = [number, number][];

/** The lead-or-ranked decision, nested in the folds (see the file's comment). */
function leadDecision(articles: EascArticle[], points: [string, SummaryOptions][], scores: Scores[], best: (keep: (i: number) => boolean) => number, all: number, shipped: Scores): void {
  const foldOf = SPLITS.easc;
  const features = new Map<number, number[][]>();
  const featuresOf = (k: number) => features.get(k) ?? features.set(k, articles.map((a) => {
    const s = scoreSentences(a.sentences, points[k]![1], a.title);
    return leadFeatures(a.sentences, a.n, rankSentences(a.sentences, a.n, points[k]![1], a.title, s), s);
  })).get(k)!;
  const gain = (k: number, i: number) => scores[0]![i]![0] + scores[0]![i]![1] - scores[k]![i]![0] - scores[k]![i]![1];
  const fit = (k: number, keep: (i: number) => boolean): LeadModel => {
    const idx = articles.flatMap((_, i) => (keep(i) ? [i] : []));
    const m = fitLogistic(idx.map((i) => featuresOf(k)[i]!), idx.map((i) => (gain(k, i) > 0 ? 1 : 0)), idx.map((i) => Math.abs(gain(k, i)) + 1e-6));
    return { features: [...LEAD_FEATURES], weights: m.weights.map((w) => Math.round(w * 1000) / 1000), bias: Math.round(m.bias * 1000) / 1000 };
  };
  const decided = (k: number, model: LeadModel, i: number) => {
    const a = articles[i]!;
    return chooseSummary(a.sentences, a.n, points[k]![1], a.title, model).method === "lead" ? scores[0]![i]! : scores[k]![i]!;
  };
  const held: Record<string, Scores> = { decided: [], lead: [], shipped: [], picked: [] };
  const rows: string[][] = [];
  for (let f = 0; f < EASC_FOLDS; f++) {
    const k = best((i) => foldOf[i] !== f);
    const model = fit(k, (i) => foldOf[i] !== f);
    const inFold = articles.flatMap((_, i) => (foldOf[i] === f ? [i] : []));
    const pick = inFold.map((i) => decided(k, model, i));
    const leads = inFold.filter((i) => chooseSummary(articles[i]!.sentences, articles[i]!.n, points[k]![1], articles[i]!.title, model).method === "lead").length;
    const m = (xs: Scores): [number, number] => [mean(xs.map((x) => x[0])), mean(xs.map((x) => x[1]))];
    held.decided!.push(m(pick));
    held.lead!.push(m(inFold.map((i) => scores[0]![i]!)));
    held.picked!.push(m(inFold.map((i) => scores[k]![i]!)));
    held.shipped!.push(m(inFold.map((i) => shipped[i]!)));
    rows.push([String(f), `${leads} of ${inFold.length}`, `${fmt(held.decided!.at(-1)![0])} / ${fmt(held.decided!.at(-1)![1])}`, `${fmt(held.picked!.at(-1)![0])} / ${fmt(held.picked!.at(-1)![1])}`, `${fmt(held.lead!.at(-1)![0])} / ${fmt(held.lead!.at(-1)![1])}`]);
  }
  console.log("\n## Lead or ranked, decided per article (nested in the folds; ROUGE-1 / ROUGE-2 on each held-out fold)\n");
  console.log(table(["held-out fold", "lead chosen", "weights + decision", "weights alone", "Lead-N"], rows));
  const line = (name: string, xs: Scores) => [name, `${fmt(mean(xs.map((x) => x[0])))} ± ${fmt(sd(xs.map((x) => x[0])))}`, `${fmt(mean(xs.map((x) => x[1])))} ± ${fmt(sd(xs.map((x) => x[1])))}`];
  console.log("\n" + table(["held-out folds, mean ± sd over 5 folds", "ROUGE-1", "ROUGE-2"], [line("weights by cross-validation + lead decision", held.decided!), line("weights by cross-validation", held.picked!), line("Lead-N", held.lead!)]));
  const final = fit(all, () => true);
  const inSample = articles.map((_, i) => decided(all, final, i));
  console.log(`\ndecision fit on all folds: ${JSON.stringify(final)}; on all 77 (not held out): ${fmt(mean(inSample.map((x) => x[0])))} / ${fmt(mean(inSample.map((x) => x[1])))}`);
}
