/**
 * The found model's fit (scripts/eval/found.ts runs it): per language, the answerable class's weight and
 * the features by forward selection, and the threshold, all on the tune part of the labelled questions.
 */
import { FOUND_FEATURES, foundProbability, type FoundFeature, type FoundModel } from "../../src/answer/found";
import type { Hit } from "../../src/index";
import { fitLogistic } from "./logistic";
import { fmt } from "./report-retrieval";
import type { Part } from "./splits";
import { table } from "./table";

export type Language = "ar" | "en";
/**
 * Found on answerable tune questions the threshold keeps (issue 16: >= 0.97). English: none, because
 * with these features found >= 0.97 leaves refused near 0.35 (the trade-off table shows it), so the
 * English line keeps the target on what the user sees, the right paragraph first, and refuses what that allows.
 */
export const MIN_FOUND: Record<Language, number> = { ar: 0.97, en: 0 };
/** Right paragraph first (pooled over the language's answerable sets) the threshold keeps: English 0.70 (issue 16); Arabic none (ARCD and XQuAD pooled). */
export const MIN_FIRST: Record<Language, number> = { ar: 0, en: 0.7 };

export interface Example {
  group: string;
  language: Language;
  answerable: boolean;
  part: Part;
  gold?: number;
  hits: Hit[];
  /** foundFeatures of the top hit (every FOUND_FEATURES entry). */
  x: number[];
}

/** found, first and refused of one language's examples at a threshold on precomputed probabilities. */
export function tradeOff(ex: Example[], p: number[], t: number) {
  const pos = ex.flatMap((e, i) => (e.answerable ? [i] : []));
  const neg = ex.flatMap((e, i) => (e.answerable ? [] : [i]));
  return {
    found: pos.filter((i) => p[i]! >= t).length / (pos.length || 1),
    first: pos.filter((i) => p[i]! >= t && ex[i]!.hits[0]?.doc === ex[i]!.gold).length / (pos.length || 1),
    refused: neg.filter((i) => p[i]! < t).length / (neg.length || 1),
  };
}

/** The threshold that maximizes found + refused on the examples under the language's constraints, and that value (-1 when none keeps them). */
function bestThreshold(ex: Example[], model: FoundModel, language: Language): { threshold: number; value: number } {
  const p = ex.map((e) => foundProbability(e.hits, 0, model));
  let best: number | undefined;
  let bestValue = -Infinity;
  for (let t = 0.01; t < 0.99; t += 0.01) {
    const r = tradeOff(ex, p, t);
    if (r.found < MIN_FOUND[language] || r.first < MIN_FIRST[language]) continue;
    if (r.found + r.refused > bestValue) [best, bestValue] = [t, r.found + r.refused];
  }
  return { threshold: Math.round((best ?? 0.01) * 100) / 100, value: best === undefined ? -1 : bestValue };
}

/** found + refused of a model at a fixed threshold. */
function valueAt(ex: Example[], model: FoundModel, threshold: number): number {
  const r = tradeOff(ex, ex.map((e) => foundProbability(e.hits, 0, model)), threshold);
  return r.found + r.refused;
}

/** Each group weighs the same within its class, and the two classes weigh the same. */
function sampleWeights(tune: Example[]): number[] {
  const groupSize = new Map<string, number>();
  for (const e of tune) groupSize.set(e.group, (groupSize.get(e.group) ?? 0) + 1);
  const groupsOf = (answerable: boolean) => new Set(tune.filter((e) => e.answerable === answerable).map((e) => e.group)).size;
  return tune.map((e) => 1 / groupSize.get(e.group)! / groupsOf(e.answerable));
}

/** The features of session 1-5's model; the others are candidates that forward selection adds when they gain on tune. */
const BASE_FEATURES: FoundFeature[] = ["exact", "variant", "partial", "context", "proximity", "rarest", "unknown", "gap", "terms", "matched", "score", "window", "clarity"];
/** A candidate joins when it raises tune found + refused (at the tune-chosen threshold) by at least this. */
const MIN_GAIN = 0.005;

/**
 * Weights tried for the answerable class (times its sampleWeights share) in the fit. The targets ask for
 * found >= 0.97, a point far out on the answerable side, where the log-loss of equal classes spends
 * little; a heavier answerable class fits the line there. Chosen with the features, on tune.
 */
const ANSWERABLE_WEIGHTS = [1, 2, 4, 8];

function fitLanguage(tune: Example[], language: Language, features: FoundFeature[], answerableWeight = 1): FoundModel {
  const mine = tune.filter((e) => e.language === language);
  const at = features.map((f) => FOUND_FEATURES.indexOf(f));
  const weights = sampleWeights(mine).map((w, i) => (mine[i]!.answerable ? w * answerableWeight : w));
  const fit = fitLogistic(mine.map((e) => at.map((k) => e.x[k]!)), mine.map((e) => (e.answerable ? 1 : 0)), weights);
  const base = { features: [...features], weights: fit.weights.map((w) => Math.round(w * 1000) / 1000), bias: Math.round(fit.bias * 1000) / 1000, threshold: 0 };
  return { ...base, threshold: bestThreshold(mine, base, language).threshold };
}

/**
 * Forward selection on the tune part, for each answerable weight: from BASE_FEATURES, add the candidate
 * whose model gains most on tune found + refused, while the gain is at least MIN_GAIN; the weight and
 * features with the best tune value win (ties: the earlier, lighter weight). Prints each step's tune
 * value and (for the record only, never to choose) its held-out value at the tune threshold.
 */
export function selectFeatures(ex: Example[], language: Language): FoundModel {
  const mine = ex.filter((e) => e.language === language);
  const [tune, held] = [mine.filter((e) => e.part === "tune"), mine.filter((e) => e.part === "heldout")];
  const rows: string[][] = [];
  let winner: { model: FoundModel; value: number; weight: number } | undefined;
  for (const weight of ANSWERABLE_WEIGHTS) {
    let features = [...BASE_FEATURES];
    let model = fitLanguage(tune, language, features, weight);
    let value = bestThreshold(tune, model, language).value;
    rows.push([String(weight), "(base)", fmt(value), fmt(valueAt(held, model, model.threshold))]);
    for (;;) {
      const tried = FOUND_FEATURES.filter((f) => !features.includes(f)).map((f) => {
        const m = fitLanguage(tune, language, [...features, f], weight);
        return { f, m, v: bestThreshold(tune, m, language).value };
      });
      const best = tried.sort((a, b) => b.v - a.v)[0];
      if (!best || best.v - value < MIN_GAIN) break;
      [features, model, value] = [[...features, best.f], best.m, best.v];
      rows.push([String(weight), `+ ${best.f}`, fmt(value), fmt(valueAt(held, model, model.threshold))]);
    }
    if (!winner || value > winner.value) winner = { model, value, weight };
  }
  console.log(`\n${language === "ar" ? "Arabic" : "English"}: forward selection by answerable weight (found + refused at the tune threshold; held out for the record); chosen: weight ${winner!.weight}, ${winner!.model.features.slice(BASE_FEATURES.length).join(", ") || "no new feature"}\n`);
  console.log(table(["answerable weight", "step", "tune", "held out"], rows));
  return winner!.model;
}
