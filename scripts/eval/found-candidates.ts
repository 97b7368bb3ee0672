/**
 * Candidate signals for the found / not-found decision, measured on the tune part only (held-out
 * questions are not even searched): each one added alone to the shipped model's features
 * (src/answer/found-model.ts), at the answerable weight and L2 that fit chose, scored out of fold
 * (folds by the question's source article, as found-fit.ts). Prints per language and candidate the
 * cross-validated value (found.ts's: found + refused less the largest shortfall from the targets), the
 * weighted log loss, and the AUC among the questions the shipped line is unsure about; then each group's
 * found / refused by threshold, and the value of a fit over every candidate at once. What it measures is a hint for the next fit, not a choice: a candidate
 * ships only through `npm run eval -- --only found` (forward selection on tune).
 *
 *   npm run eval -- --only found-candidates
 */
import { FOUND_FEATURES, foundFeatures } from "../../src/answer/found";
import { FOUND_MODELS } from "../../src/answer/found-model";
import { printAnswerMargins } from "./answer-margins";
import { CANDIDATES } from "./found-candidate-signals";
import { BASE_FEATURES, cvL2, sampleWeights } from "./found-fit";
import { bestThreshold, type Example, type Language } from "./found-threshold";
import { outOfFold } from "./logistic-cv";
import { hitsFor, qaRuns, type QaRun } from "./qa-sets";
import { fmt } from "./report-retrieval";
import { table } from "./table";

/** The answerable weight of the shipped fit, per language (docs/quality.md, the fit's printout); its L2 is chosen as the fit does (cvL2 on the base features). */
const SHIPPED_WEIGHT: Record<Language, number> = { ar: 1, en: 4 };
/** The band of out-of-fold probabilities (the shipped features') read as "unsure": the AUC column is measured inside it. */
const UNSURE: [number, number] = [0.08, 0.7];

type Row = Example & { extra: Record<string, number> };

function examples(runs: QaRun[]): Row[] {
  const out: Row[] = [];
  for (const run of runs) {
    for (const g of run.groups) {
      for (const q of g.questions) {
        if (q.part !== "tune") continue;
        const hits = hitsFor(run.index, q);
        const a = hits[0] ? run.index.articleOf(hits[0].doc) : undefined;
        const input = { question: q.text, hits, text: hits[0] ? run.index.text(hits[0].doc) : "", articleTexts: a ? Array.from({ length: a.paragraphCount }, (_, k) => run.index.text(a.firstParagraph + k)) : [] };
        const extra = Object.fromEntries(Object.entries(CANDIDATES).map(([name, f]) => [name, f(input)]));
        out.push({ group: g.name, language: q.language, answerable: g.answerable, part: q.part, gold: q.gold, source: q.source, hits, x: foundFeatures(hits), extra });
      }
    }
  }
  return out;
}

/** L2 of the fit over every candidate at once (standardized columns: the unstandardized fit of so many correlated columns does not converge). */
const ALL_L2 = 0.1;

/** Each column scaled to mean 0 and standard deviation 1 (a constant column to 0). */
function standardized(x: number[][]): number[][] {
  const n = x.length || 1;
  const mean = (x[0] ?? []).map((_, j) => x.reduce((s, r) => s + r[j]!, 0) / n);
  const sd = mean.map((m, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - m) ** 2, 0) / n));
  return x.map((r) => r.map((v, j) => (sd[j]! > 0 ? (v - mean[j]!) / sd[j]! : 0)));
}

/** Out-of-fold probabilities of the shipped features plus `extra` (0 for a question without a hit); `scale`: standardize the columns (default false). */
function oof(mine: Row[], language: Language, extra: string[], l2: number, scale = false): number[] {
  const weight = SHIPPED_WEIGHT[language];
  const at = FOUND_MODELS[language].features.map((f) => FOUND_FEATURES.indexOf(f as (typeof FOUND_FEATURES)[number]));
  const column = (e: Row, name: string) => e.extra[name] ?? e.x[FOUND_FEATURES.indexOf(name as (typeof FOUND_FEATURES)[number])]!;
  const keep = mine.flatMap((e, i) => (e.hits[0]?.signals ? [i] : []));
  const sw = sampleWeights(mine, weight);
  const raw = keep.map((i) => [...at.map((k) => mine[i]!.x[k]!), ...extra.map((n) => column(mine[i]!, n))]);
  const x = scale ? standardized(raw) : raw;
  const p = outOfFold(x, keep.map((i) => (mine[i]!.answerable ? 1 : 0)), keep.map((i) => mine[i]!.source), l2, { sampleWeight: keep.map((i) => sw[i]!), newton: true });
  const all = mine.map(() => 0);
  keep.forEach((i, k) => (all[i] = p[k]!));
  return all;
}

function logLoss(mine: Row[], p: number[], weight: number): number {
  const sw = sampleWeights(mine, weight);
  let [loss, total] = [0, 0];
  mine.forEach((e, i) => {
    if (!e.hits[0]?.signals) return; // refused whatever the model says, as the fits leave it out
    loss -= sw[i]! * Math.log(Math.min(1 - 1e-12, Math.max(1e-12, e.answerable ? p[i]! : 1 - p[i]!)));
    total += sw[i]!;
  });
  return loss / total;
}

/** The AUC of a column among the questions whose base probability is in UNSURE (answerable above unanswerable). */
function unsureAuc(mine: Row[], base: number[], value: (e: Row) => number): number {
  const band = mine.filter((_, i) => base[i]! > UNSURE[0] && base[i]! < UNSURE[1]);
  const [pos, neg] = [band.filter((e) => e.answerable).map(value), band.filter((e) => !e.answerable).map(value)];
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return wins / (pos.length * neg.length || 1);
}

export function runFoundCandidates(data: string): void {
  const runs = qaRuns(data);
  printAnswerMargins(runs);
  const ex = examples(runs);
  for (const language of ["ar", "en"] as Language[]) {
    const mine = ex.filter((e) => e.language === language);
    const weight = SHIPPED_WEIGHT[language];
    const l2 = cvL2(mine, BASE_FEATURES, weight);
    const base = oof(mine, language, [], l2);
    const names = [...FOUND_FEATURES.filter((f) => !FOUND_MODELS[language].features.includes(f)), ...Object.keys(CANDIDATES)];
    const rows = [["(shipped features)", fmt(bestThreshold(mine, base, language).value), logLoss(mine, base, weight).toFixed(4), "-"]];
    for (const name of names) {
      const p = oof(mine, language, [name], l2);
      const col = (e: Row) => e.extra[name] ?? e.x[FOUND_FEATURES.indexOf(name as (typeof FOUND_FEATURES)[number])]!;
      rows.push([name, fmt(bestThreshold(mine, p, language).value), logLoss(mine, p, weight).toFixed(4), fmt(unsureAuc(mine, base, col))]);
    }
    const every = oof(mine, language, names, ALL_L2, true);
    rows.push([`(every candidate at once, standardized, L2 ${ALL_L2})`, fmt(bestThreshold(mine, every, language).value), logLoss(mine, every, weight).toFixed(4), "-"]);
    console.log(`\n## Found candidates, ${language === "ar" ? "Arabic" : "English"} (tune only, out of fold; shipped features + one; answerable weight ${weight}, L2 ${l2})\n`);
    console.log(table(["candidate", "value (cross-validated)", "log loss", `AUC, base p in ${UNSURE.join("-")}`], rows));
    const groups = [...new Set(mine.map((e) => e.group))];
    const byT = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7].map((t) => [t.toFixed(2), ...groups.map((g) => {
      const idx = mine.flatMap((e, i) => (e.group === g ? [i] : []));
      const found = idx.filter((i) => base[i]! >= t).length / idx.length;
      return fmt(mine[idx[0]!]!.answerable ? found : 1 - found);
    })]);
    console.log(`\nBy threshold, shipped features out of fold (found for answerable groups, refused for the others):\n`);
    console.log(table(["threshold", ...groups], byT));
  }
}
