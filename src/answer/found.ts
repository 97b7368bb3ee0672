import type { Hit } from "../index";
import { FOUND_MODEL } from "./found-model";

/**
 * The found / not-found decision: does a ranked paragraph answer the question, or does the corpus
 * lack the topic? A logistic model over what the hit matched (Hit.signals, from a search run with
 * `signals: true`) and how far it stands above the next hit. The weights are fit on labelled
 * answerable and unanswerable questions by `npm run eval -- --only found` (scripts/eval/found.ts),
 * which prints the fit and the held-out figures and writes src/answer/found-model.ts.
 */
export interface FoundModel {
  /** Feature names, in the order of `weights` (see foundFeatures). */
  features: string[];
  weights: number[];
  bias: number;
  /** A hit answers when its probability is at least this. */
  threshold: number;
}

/** The features, in FoundModel order. */
export const FOUND_FEATURES = ["exact", "variant", "partial", "context", "proximity", "rarest", "unknown", "gap", "terms", "matched", "score", "translated", "exact x translated", "matched x translated", "score x translated", "gap x translated"] as const;

/**
 * Hit i's features: its signals (shares of the question's idf mass matched exactly, by a variant,
 * by letter grams, by its article; proximity; whether the rarest word is there; the share the corpus
 * has never seen), the relative score gap to the next hit (1 when none), 1 / the number of terms, the
 * matched idf mass in units of an unseen stem's idf (how much evidence, whatever the question's length),
 * the score over the idf mass, the translated share (English questions) and its products with the
 * exact share, the matched mass, the score and the gap (so English questions get their own slopes).
 */
export function foundFeatures(hits: Hit[], i = 0): number[] {
  const hit = hits[i];
  const s = hit?.signals;
  if (!hit || !s) return FOUND_FEATURES.map(() => 0);
  const next = hits[i + 1];
  const gap = next && hit.score > 0 ? (hit.score - next.score) / hit.score : 1;
  const matched = (s.exact + s.variant) * s.mass;
  const t = s.translated;
  return [s.exact, s.variant, s.partial, s.context, s.proximity, s.rarest, s.unknown, gap, 1 / Math.max(1, s.terms), matched, s.score, t, s.exact * t, matched * t, s.score * t, gap * t];
}

/** The model's probability that hit i answers the question (0 for a missing hit or one without signals). */
export function foundProbability(hits: Hit[], i = 0, model: FoundModel = FOUND_MODEL): number {
  if (!hits[i]?.signals) return 0;
  const x = foundFeatures(hits, i);
  const z = model.weights.reduce((sum, w, k) => sum + w * x[k]!, model.bias);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The hits that answer: none when the best one does not pass the model; otherwise the best one and
 * those after it that pass on their own features. Order is kept.
 */
export function answeringHits(hits: Hit[], model: FoundModel = FOUND_MODEL): Hit[] {
  if (foundProbability(hits, 0, model) < model.threshold) return [];
  return hits.filter((_, i) => i === 0 || foundProbability(hits, i, model) >= model.threshold);
}
