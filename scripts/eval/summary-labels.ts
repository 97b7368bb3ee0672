/**
 * Per-sentence training labels for the learned summary scorer (summary-learned.ts), from an EASC
 * article's five human summaries:
 * - `oracle`: 1 when the sentence is in the greedy oracle summary (add the sentence that most raises
 *   the mean ROUGE-1 + ROUGE-2 F1 against the human summaries, up to the summary length), else 0;
 * - `recall`: the sentence's own mean ROUGE-1 + ROUGE-2 recall against them, over the article's largest;
 * - `refs`: the share of the human summaries that hold the sentence (ROUGE-1 precision >= 0.8 against it).
 */
import { SENTENCE_FEATURES, type SentenceModel } from "../../src/corpus/sentence-features";
import { scoreSentences, DEFAULT_SUMMARY, type SentenceScores } from "../../src/corpus/summary";
import { rougeOf, rougeTokens, type EascArticle } from "./summaries";

export const LABELS = ["oracle", "recall", "refs"] as const;
export type Label = (typeof LABELS)[number];

/** A model that scores every sentence alike: scoreSentences with it returns the features. */
export const ZERO_MODEL: SentenceModel = { features: [...SENTENCE_FEATURES], weights: SENTENCE_FEATURES.map(() => 0), bias: 0 };

/** An article's graph, features and labels (one row per graph sentence). */
export interface Prepared {
  scores: SentenceScores;
  labels: Record<Label, number[]>;
}

function grams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(" ");
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** Clipped n-gram overlap over the candidate's and the reference's totals: [precision, recall]. */
function overlap(c: Map<string, number>, r: Map<string, number>): [number, number] {
  let hit = 0;
  let ct = 0;
  let rt = 0;
  c.forEach((k, g) => ((ct += k), (hit += Math.min(k, r.get(g) ?? 0))));
  r.forEach((k) => (rt += k));
  return [ct ? hit / ct : 0, rt ? hit / rt : 0];
}

/** Greedy oracle: sentence indexes of the best summary of length a.n by mean ROUGE-1 + ROUGE-2 F1. */
function oracle(a: EascArticle, candidates: number[]): Set<number> {
  const chosen: number[] = [];
  let value = 0;
  while (chosen.length < a.n) {
    let best = -1;
    let bestValue = value;
    for (const i of candidates) {
      if (chosen.includes(i)) continue;
      const [r1, r2] = rougeOf(a, [...chosen, i].sort((x, y) => x - y).map((k) => a.sentences[k]!));
      if (r1 + r2 > bestValue) [best, bestValue] = [i, r1 + r2];
    }
    if (best < 0) break;
    chosen.push(best);
    value = bestValue;
  }
  return new Set(chosen);
}

/** Features (by scoreSentences) and the three labels of an article's graph sentences. */
export function prepare(a: EascArticle): Prepared {
  const scores = scoreSentences(a.sentences, { ...DEFAULT_SUMMARY, sentenceModel: ZERO_MODEL }, a.title);
  const refs = a.refs.map((r) => rougeTokens(r)).map((t) => [grams(t, 1), grams(t, 2)] as const);
  const own = scores.ids.map((id) => rougeTokens(a.sentences[id]!.text)).map((t) => [grams(t, 1), grams(t, 2)] as const);
  const recall = own.map(([u, b]) => refs.reduce((s, [ru, rb]) => s + overlap(u, ru)[1] + overlap(b, rb)[1], 0) / refs.length);
  const top = Math.max(...recall) || 1;
  const inOracle = oracle(a, scores.ids);
  return {
    scores,
    labels: {
      oracle: scores.ids.map((id) => (inOracle.has(id) ? 1 : 0)),
      recall: recall.map((r) => r / top),
      refs: own.map(([u]) => refs.filter(([ru]) => overlap(u, ru)[0] >= 0.8).length / refs.length),
    },
  };
}
