import type { Sentence } from "./sentences";
import { DEFAULT_SUMMARY, rankSentences, scoreSentences, type SummaryOptions } from "./summary";
import { LEAD_MODEL } from "./lead-model";

/**
 * Lead or ranked: some articles are best summarized by their opening sentences (encyclopedic text,
 * a news lead that already says it all), others by the ranking. A logistic model over the article's
 * shape and the ranking's picks gives the probability that the lead is the better summary; fit by
 * `npm run eval -- --only summary-learned --write` (scripts/eval/summary-learned.ts) on EASC folds, each article
 * weighing its ROUGE difference, and written to src/corpus/lead-model.ts.
 */
export interface LeadModel {
  /** Feature names, in the order of `weights` (see leadFeatures). */
  features: string[];
  weights: number[];
  bias: number;
}

/** The features, in LeadModel order. */
export const LEAD_FEATURES = ["overlap", "position", "length", "share", "lead centrality"] as const;

/** How a summary was made: the article's opening sentences, or the ranking's picks. */
export type SummaryMethod = "lead" | "ranked";

/**
 * An article's features: the share of the ranking's `count` picks that are among the first `count`
 * sentences, their mean position over the article's length, log(1 + sentences), count over sentences,
 * and the first sentence's centrality over the most central one's (0 when it is not in the graph).
 */
export function leadFeatures(sentences: Sentence[], count: number, picks: number[], scores: ReturnType<typeof scoreSentences>): number[] {
  const n = Math.max(1, sentences.length);
  const k = Math.max(1, picks.length);
  const first = scores.ids.indexOf(0);
  return [
    picks.filter((i) => i < count).length / k,
    picks.reduce((s, i) => s + i, 0) / k / n,
    Math.log(1 + sentences.length),
    Math.min(1, count / n),
    first < 0 ? 0 : scores.centrality[first]!,
  ];
}

/** The model's probability that the lead is the better summary. */
export function leadProbability(x: number[], model: LeadModel): number {
  const z = model.weights.reduce((sum, w, k) => sum + w * x[k]!, model.bias);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The summary's sentence indexes in pick order and how they were chosen: the first `count` sentences
 * when the model says the lead is the better summary (probability >= 0.5), else the ranking's picks.
 * `rankCount` picks are returned (the indexer stores more than it serves); the decision is made for `count`.
 * A null model (LEAD_MODEL when the fit found the decision did not help on held-out folds) always ranks.
 */
export function chooseSummary(sentences: Sentence[], count: number, options: SummaryOptions = DEFAULT_SUMMARY, title = "", model: LeadModel | null = LEAD_MODEL, rankCount = count): { method: SummaryMethod; picks: number[] } {
  if (sentences.length === 0) return { method: "ranked", picks: [] };
  const scores = scoreSentences(sentences, options, title);
  const picks = rankSentences(sentences, Math.max(count, rankCount), options, title, scores);
  if (!model) return { method: "ranked", picks };
  const x = leadFeatures(sentences, count, picks.slice(0, count), scores);
  if (leadProbability(x, model) < 0.5) return { method: "ranked", picks };
  return { method: "lead", picks: sentences.slice(0, Math.max(count, rankCount)).map((_, i) => i) };
}
