import type { Hit } from "../index";
import { FOUND_FEATURES, foundFeatures, type FoundFeature } from "./found-features";
import { FOUND_MODELS } from "./found-model";

export { FOUND_DEPTH, FOUND_FEATURES, foundFeatures, type FoundFeature } from "./found-features";

/**
 * The found / not-found decision: does a ranked paragraph answer the question, or does the corpus
 * lack the topic? A logistic model over what the hit matched (Hit.signals, from a search run with
 * `signals: true`) and how far it stands above the hits after it, one model per question language
 * (an English question matches through translations, so its evidence is weaker and its line is
 * elsewhere). The weights are fit on labelled answerable and unanswerable questions by
 * `npm run eval -- --only found` (scripts/eval/found.ts), which prints the fit and the held-out
 * figures and writes src/answer/found-model.ts.
 */
export interface FoundModel {
  /** The names of the features it reads (a subset of FOUND_FEATURES), in the order of `weights`. */
  features: string[];
  weights: number[];
  bias: number;
  /** A hit answers when its probability is at least this. */
  threshold: number;
}

/** One model per question language. */
export type FoundModels = Record<"ar" | "en", FoundModel>;

/** The language a search was asked in, from its signals: English questions search through translated terms. */
export function hitsLanguage(hits: Hit[]): "ar" | "en" {
  return (hits[0]?.signals?.translated ?? 0) >= 0.5 ? "en" : "ar";
}

const COLUMNS = new WeakMap<FoundModel, number[]>();

/** Where each of a model's features stands in foundFeatures' vector (remembered per model). */
function columns(model: FoundModel): number[] {
  let at = COLUMNS.get(model);
  if (!at) {
    at = model.features.map((f) => FOUND_FEATURES.indexOf(f as FoundFeature));
    if (at.some((k) => k < 0)) throw new Error(`found model reads an unknown feature: ${model.features.join(", ")}`);
    COLUMNS.set(model, at);
  }
  return at;
}

/** The model's probability that hit i answers the question (0 for a missing hit or one without signals). */
export function foundProbability(hits: Hit[], i = 0, model: FoundModel = FOUND_MODELS[hitsLanguage(hits)]): number {
  if (!hits[i]?.signals) return 0;
  const x = foundFeatures(hits, i);
  const at = columns(model);
  const z = model.weights.reduce((sum, w, k) => sum + w * x[at[k]!]!, model.bias);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The hits that answer: none when the best one does not pass its language's model; otherwise the
 * best one and those after it that pass on their own features. Order is kept. Pass FOUND_DEPTH hits.
 */
export function answeringHits(hits: Hit[], models: FoundModels | FoundModel = FOUND_MODELS): Hit[] {
  const model = "ar" in models ? models[hitsLanguage(hits)] : models;
  if (foundProbability(hits, 0, model) < model.threshold) return [];
  return hits.filter((_, i) => i === 0 || foundProbability(hits, i, model) >= model.threshold);
}
