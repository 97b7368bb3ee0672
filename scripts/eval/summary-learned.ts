/**
 * The learned sentence scorer for summaries (src/corpus/sentence-features.ts), nested in the EASC folds
 * of splits.ts: for each held-out fold, the label kind (summary-labels.ts), L2 and MMR lambda are chosen
 * (and whether the probabilities are scaled 0..1 per article) by an inner cross-validation over the other four folds (fit on three, scored on the fourth, best mean
 * ROUGE-1 + ROUGE-2), the model with them is fit on all four and scored on the held-out fold, then the
 * greedy MMR step picks the summary. The lead-or-ranked decision (src/corpus/lead.ts) is refit on the
 * four folds from the inner out-of-fold summaries and applied on the held-out fold too. Prints each
 * variant's held-out mean ± sd over the folds next to Lead-N, and the choice on all folds.
 *
 *   npm run eval -- --only summary-learned            report
 *   npm run eval -- --only summary-learned --write    also write src/corpus/sentence-model.ts and the lead model refit on it
 */
import { writeFileSync } from "node:fs";
import { LEAD_FEATURES, leadFeatures, leadProbability, type LeadModel } from "../../src/corpus/lead";
import { modelScores, SENTENCE_FEATURES, type SentenceModel } from "../../src/corpus/sentence-features";
import { HAND_SUMMARY, rankSentences } from "../../src/corpus/summary";
import { fitLogistic, fitLogisticNewton } from "./logistic";
import { fmt } from "./report-retrieval";
import { EASC_FOLDS, SPLITS } from "./splits";
import { eascArticles, rougeOf } from "./summaries";
import { LABELS, prepare, type Label, type Prepared } from "./summary-labels";
import { table } from "./table";

type Score = [number, number];
interface Config { label: Label; l2: number; lambda: number; scaled: boolean }
const CONFIGS: Config[] = LABELS.flatMap((label) => [1e-2, 1e-1, 1, 10, 100].flatMap((l2) => [0.7, 1].flatMap((lambda) => [false, true].map((scaled) => ({ label, l2, lambda, scaled })))));
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / (xs.length || 1);
const sd = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const avg = (xs: Score[]): Score => [mean(xs.map((x) => x[0])), mean(xs.map((x) => x[1]))];
const round = (x: number) => Math.round(x * 1000) / 1000;

export function runSummaryLearned(data: string): void {
  const articles = eascArticles(data);
  const prepared: Prepared[] = articles.map(prepare);
  const foldOf = SPLITS.easc;
  const rouge = new Map<string, Score>();
  const rougeAt = (i: number, picks: number[]): Score => {
    const key = `${i}:${[...picks].sort((a, b) => a - b).join(",")}`;
    return rouge.get(key) ?? rouge.set(key, rougeOf(articles[i]!, [...picks].sort((a, b) => a - b).map((k) => articles[i]!.sentences[k]!))).get(key)!;
  };
  const fits = new Map<string, SentenceModel>();
  const fit = (c: Config, train: number[]): SentenceModel => {
    const key = `${c.label}/${c.l2}/${train.join(",")}`;
    if (fits.has(key)) return fits.get(key)!;
    const x = train.flatMap((i) => prepared[i]!.scores.features!);
    const y = train.flatMap((i) => prepared[i]!.labels[c.label]);
    const m = fitLogisticNewton(x, y, y.map(() => 1), { l2: c.l2 });
    const model = { features: [...SENTENCE_FEATURES], weights: m.weights.map(round), bias: round(m.bias) };
    fits.set(key, model);
    return model;
  };
  const picksOf = (i: number, model: SentenceModel, c: Config) => {
    const p = prepared[i]!.scores;
    const a = articles[i]!;
    return rankSentences(a.sentences, a.n, { ...HAND_SUMMARY, mmrLambda: c.lambda }, a.title, { ...p, score: modelScores(p.features!, { ...model, scaled: c.scaled }) });
  };
  /** Out-of-fold picks of `c` over the articles of `folds` (fit on the others of `folds`). */
  const outOfFold = (c: Config, folds: number[]) => {
    const out = new Map<number, number[]>();
    for (const g of folds) {
      const train = articles.flatMap((_, i) => (folds.includes(foldOf[i]!) && foldOf[i] !== g ? [i] : []));
      const model = fit(c, train);
      articles.forEach((_, i) => foldOf[i] === g && out.set(i, picksOf(i, model, c)));
    }
    return out;
  };
  const choose = (folds: number[]) => {
    let best = { c: CONFIGS[0]!, value: -1, picks: new Map<number, number[]>() };
    for (const c of CONFIGS) {
      const picks = outOfFold(c, folds);
      const value = mean([...picks].map(([i, p]) => rougeAt(i, p)[0] + rougeAt(i, p)[1]));
      if (value > best.value) best = { c, value, picks };
    }
    return best;
  };
  const lead = (i: number) => rougeAt(i, articles[i]!.sentences.slice(0, articles[i]!.n).map((_, k) => k));
  const fitLead = (picks: Map<number, number[]>): LeadModel => {
    const idx = [...picks.keys()];
    const x = idx.map((i) => leadFeatures(articles[i]!.sentences, articles[i]!.n, picks.get(i)!, prepared[i]!.scores));
    const gain = idx.map((i) => lead(i)[0] + lead(i)[1] - rougeAt(i, picks.get(i)!)[0] - rougeAt(i, picks.get(i)!)[1]);
    const m = fitLogistic(x, gain.map((g) => (g > 0 ? 1 : 0)), gain.map((g) => Math.abs(g) + 1e-6));
    return { features: [...LEAD_FEATURES], weights: m.weights.map(round), bias: round(m.bias) };
  };
  const decide = (i: number, picks: number[], m: LeadModel) => (leadProbability(leadFeatures(articles[i]!.sentences, articles[i]!.n, picks, prepared[i]!.scores), m) >= 0.5 ? lead(i) : rougeAt(i, picks));
  /**
   * Whether the lead decision helps, by cross-validation over `folds` on their out-of-fold picks: the
   * decision fit on all but one fold's picks, applied to that fold; kept when it raises both means.
   */
  const keepsLead = (picks: Map<number, number[]>, folds: number[]): boolean => {
    const decided: Score[] = [];
    const ranked: Score[] = [];
    for (const g of folds) {
      const m = fitLead(new Map([...picks].filter(([i]) => foldOf[i] !== g)));
      for (const [i, p] of picks) if (foldOf[i] === g) decided.push(decide(i, p, m)), ranked.push(rougeAt(i, p));
    }
    const [d, r] = [avg(decided), avg(ranked)];
    return d[0] > r[0] && d[1] > r[1];
  };
  const all = Array.from({ length: EASC_FOLDS }, (_, f) => f);
  const held: Record<string, Score[]> = { learned: [], decided: [], nested: [], lead: [] };
  const rows: string[][] = [];
  for (const f of all) {
    const inner = all.filter((g) => g !== f);
    const { c, picks } = choose(inner);
    const train = articles.flatMap((_, i) => (foldOf[i] !== f ? [i] : []));
    const test = articles.flatMap((_, i) => (foldOf[i] === f ? [i] : []));
    const model = fit(c, train);
    const leadModel = fitLead(picks);
    const testPicks = test.map((i) => picksOf(i, model, c));
    held.learned!.push(avg(test.map((i, k) => rougeAt(i, testPicks[k]!))));
    held.decided!.push(avg(test.map((i, k) => decide(i, testPicks[k]!, leadModel))));
    // the decision applied only where the inner folds say it helps (the keep choice nested too)
    const keep = keepsLead(picks, inner);
    held.nested!.push(keep ? held.decided!.at(-1)! : held.learned!.at(-1)!);
    held.lead!.push(avg(test.map(lead)));
    const cell = (s: Score) => `${fmt(s[0])} / ${fmt(s[1])}`;
    rows.push([String(f), `${c.label}, l2 ${c.l2}, mmr ${c.lambda}${c.scaled ? ", scaled" : ""}`, cell(held.learned!.at(-1)!), cell(held.decided!.at(-1)!), keep ? "yes" : "no", cell(held.lead!.at(-1)!)]);
  }
  console.log("\n## Learned sentence scorer, nested 5-fold cross-validation (EASC, ROUGE-1 / ROUGE-2 F1 on each held-out fold)\n");
  console.log(table(["held-out fold", "chosen on the other folds", "learned", "learned + lead decision", "decision kept by the inner folds", "Lead-N"], rows));
  const line = (name: string, xs: Score[]) => [name, `${fmt(mean(xs.map((x) => x[0])))} ± ${fmt(sd(xs.map((x) => x[0])))}`, `${fmt(mean(xs.map((x) => x[1])))} ± ${fmt(sd(xs.map((x) => x[1])))}`];
  console.log("\n" + table(["held-out folds, mean ± sd over 5 folds", "ROUGE-1", "ROUGE-2"], [line("learned scorer + MMR", held.learned!), line("learned + lead decision", held.decided!), line("learned + lead decision where the inner folds keep it", held.nested!), line("Lead-N", held.lead!)]));
  const final = choose(all);
  const model = fit(final.c, articles.map((_, i) => i));
  const leadModel = fitLead(final.picks);
  // the decision ships only when a cross-validation over the five folds' out-of-fold picks says it raises
  // both means (as each outer fold's keep was chosen on its inner folds); else LEAD_MODEL is null (always
  // ranked). Before issue 16 the outer folds' means decided (the second-level choice on held-out folds).
  const m = (k: string, j: 0 | 1) => mean(held[k]!.map((x) => x[j]));
  const keepLead = keepsLead(final.picks, all);
  const byOuter = m("decided", 0) > m("learned", 0) && m("decided", 1) > m("learned", 1);
  console.log(`\nchosen on all folds: ${JSON.stringify(final.c)} (out-of-fold R1+R2 ${fmt(final.value)}); model ${JSON.stringify(model)}; lead decision ${keepLead ? JSON.stringify(leadModel) : "none (the cross-validation says it does not raise both means)"} (the outer folds' means would ${byOuter ? "" : "not "}keep it)`);
  if (process.argv.includes("--write")) {
    const doc = "/** Fit by `npm run eval -- --only summary-learned --write` (scripts/eval/summary-learned.ts) on all EASC folds";
    writeFileSync("src/corpus/sentence-model.ts", `import type { SentenceModel } from "./sentence-features";\n\n${doc} (${final.c.label} labels, l2 ${final.c.l2}). */\nexport const SENTENCE_MODEL: SentenceModel = ${JSON.stringify({ ...model, scaled: final.c.scaled })};\n\n/** MMR trade-off chosen with it. */\nexport const SENTENCE_MMR_LAMBDA = ${final.c.lambda};\n`);
    writeFileSync("src/corpus/lead-model.ts", `import type { LeadModel } from "./lead";\n\n${doc}, on the learned scorer's out-of-fold summaries; null: the decision did not raise both means in the cross-validation, always ranked. */\nexport const LEAD_MODEL: LeadModel | null = ${keepLead ? JSON.stringify(leadModel) : "null"};\n`);
    console.log("wrote src/corpus/sentence-model.ts and src/corpus/lead-model.ts");
  }
}
