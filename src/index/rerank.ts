import type { RankingOptions } from "./types";

/**
 * The rerank of the best BM25 candidates: each candidate's score is the query's idf mass times a dot
 * product of weights with the features below (shares of that mass, so one set of weights fits short
 * and long questions). The weights are learned by `npm run eval -- --only rerank` (scripts/eval/rerank.ts)
 * on the tune parts of XQuAD and ARCD; the hand-set combination of session 1 is the same dot product
 * with weights from RankingOptions (`handRerank`).
 */
export const RERANK_FEATURES = [
  /** BM25 score of the paragraph (with its title) over the idf mass. */
  "bm25",
  /** Share matched by the question's own stem (a translated term: by any translation). */
  "exact",
  /** Share matched only by another alternative (a clitic or pattern form). */
  "variant",
  /** Letter 4-gram credit of the unmatched words (idf-weighted share of each one's grams). */
  "partial",
  /** Share the paragraph lacks but another paragraph of its article holds. */
  "context",
  /** Proximity boost (pairs of terms within 6 tokens, min idf / distance) over the mass. */
  "proximity",
  /** The most of the mass one stretch of WINDOW_TOKENS tokens holds (title terms in every stretch). */
  "window",
  /** Share matched in the article's title. */
  "title",
  /** 1 when the question's rarest term is in the paragraph or its title. */
  "rarest",
  /** log of the paragraph's length over the mean length. */
  "length",
  /** 1 / the paragraph's number in its article (1 for the first). */
  "lead",
  /** BM25 over the best BM25 among the candidates (0..1). */
  "relative",
] as const;

export type RerankFeature = (typeof RERANK_FEATURES)[number];

/** What the rerank measured of one candidate, as raw idf sums (divided by the mass in rerankFeatures). */
export interface RerankInput {
  bm25: number;
  bestBm25: number;
  mass: number;
  exact: number;
  variant: number;
  partial: number;
  context: number;
  proximity: number;
  window: number;
  title: number;
  rarest: number;
  /** Paragraph length over the mean length. */
  length: number;
  /** 1-based paragraph number within its article. */
  paragraph: number;
}

/** The feature vector, in RERANK_FEATURES order. */
export function rerankFeatures(x: RerankInput): number[] {
  const m = x.mass || 1;
  return [x.bm25 / m, x.exact / m, x.variant / m, x.partial / m, x.context / m, x.proximity / m, x.window / m, x.title / m, x.rarest, Math.log(Math.max(x.length, 1e-3)), 1 / x.paragraph, x.bestBm25 > 0 ? x.bm25 / x.bestBm25 : 0];
}

/** Session 1's hand combination as weights: BM25 + partialWeight x partial + contextWeight x context + proximityWeight x proximity. */
export function handRerank(ranking: RankingOptions): number[] {
  const w = RERANK_FEATURES.map(() => 0);
  w[RERANK_FEATURES.indexOf("bm25")] = 1;
  w[RERANK_FEATURES.indexOf("partial")] = ranking.partialWeight;
  w[RERANK_FEATURES.indexOf("context")] = ranking.contextWeight;
  w[RERANK_FEATURES.indexOf("proximity")] = ranking.proximityWeight;
  return w;
}

/** The weights a search uses: the learned `rerankWeights` when set (one per feature), else the hand combination. */
export function rerankWeights(ranking: RankingOptions): number[] {
  const learned = ranking.rerankWeights;
  return learned && learned.length === RERANK_FEATURES.length ? learned : handRerank(ranking);
}

/** The dot product of weights and features. */
export function dot(weights: readonly number[], features: readonly number[]): number {
  let s = 0;
  for (let k = 0; k < weights.length; k++) s += weights[k]! * features[k]!;
  return s;
}
