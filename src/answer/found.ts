import { RERANK_FEATURES, type Hit } from "../index";
import { FOUND_MODELS } from "./found-model";

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

/** Every feature foundFeatures computes, in its order; a model reads the ones it names. */
export const FOUND_FEATURES = ["exact", "variant", "partial", "context", "proximity", "rarest", "unknown", "gap", "terms", "matched", "score", "window", "clarity", "rare", "missing", "dominance", "names", "agree", "bm25top", "missingKnown", "heldMax", "heldCount", "missingCount", "rareKnown", "knownCover"] as const;

const RELATIVE = RERANK_FEATURES.indexOf("relative");

export type FoundFeature = (typeof FOUND_FEATURES)[number];

/** How many ranked hits the decision reads (the clarity feature compares the best with the rest). Default 10, the rerank depth. */
export const FOUND_DEPTH = 10;

/**
 * Hit i's features: its signals (shares of the question's idf mass matched exactly, by a variant,
 * by letter grams, by its article; proximity; whether the rarest word is there; the share the corpus
 * has never seen), the relative score gap to the next hit (1 when none), 1 / the number of terms, the
 * matched idf mass in units of an unseen stem's idf (how much evidence, whatever the question's length),
 * the score over the idf mass, the most of the mass one sentence-long stretch holds, and the clarity:
 * how far the hit stands above the mean of the hits after it (relative; 1 when none); then the
 * evidence signals (share of the rarest half of the question held, the heaviest term missing, the
 * heaviest term held over all held, the names held, the two rarest known words held, the share of the
 * known words' mass held: src/index/evidence.ts), the agreement of the two
 * rankings (the hit's hand-combination score over the best of the hits': 1 when the hand rule also puts
 * it first) and its BM25 over the best candidate's BM25.
 */
export function foundFeatures(hits: Hit[], i = 0): number[] {
  const hit = hits[i];
  const s = hit?.signals;
  if (!hit || !s) return FOUND_FEATURES.map(() => 0);
  const next = hits[i + 1];
  const gap = next && hit.score > 0 ? (hit.score - next.score) / hit.score : 1;
  const rest = hits.slice(i + 1);
  const restMean = rest.reduce((sum, h) => sum + h.score, 0) / (rest.length || 1);
  const clarity = rest.length && hit.score > 0 ? (hit.score - restMean) / hit.score : 1;
  const matched = (s.exact + s.variant) * s.mass;
  const bestHand = hits.reduce((m, h) => Math.max(m, h.signals?.score ?? 0), 0);
  const agree = bestHand > 0 ? s.score / bestHand : 0;
  const bm25top = s.features[RELATIVE] ?? 0;
  return [s.exact, s.variant, s.partial, s.context, s.proximity, s.rarest, s.unknown, gap, 1 / Math.max(1, s.terms), matched, s.score, s.window, clarity, s.rare, s.missing, s.dominance, s.names, agree, bm25top, s.missingKnown, s.heldMax, s.heldCount, s.missingCount, s.rareKnown, s.knownCover];
}

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
