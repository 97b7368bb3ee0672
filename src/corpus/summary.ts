import { terms } from "../analysis";
import type { Sentence } from "./sentences";
import { modelScores, sentenceFeatures, type SentenceModel } from "./sentence-features";
import { SENTENCE_MMR_LAMBDA, SENTENCE_MODEL } from "./sentence-model";

/** Summary ranking options. Every weight is measured in `npm run eval -- --only summaries`. */
export interface SummaryOptions {
  /** Weight of the position prior against graph centrality, 0..1. Default 0.7. */
  positionWeight: number;
  /** Steepness of the position prior 1 / (1 + index)^p. Default 1 (chosen by cross-validation, scripts/eval/summary-fit.ts). */
  positionPower: number;
  /** Weight of a sentence's similarity to the title (when there is one). Default 0.3 (cross-validation). */
  titleWeight: number;
  /** Extra score for a sentence holding a direct quote with a named speaker. Default 0.1. */
  quoteWeight: number;
  /** MMR trade-off between score and novelty, 0..1 (1 = no redundancy penalty). Default 0.7. */
  mmrLambda: number;
  /** Sentences whose similarity to a chosen one is above this are never both chosen. Default 0.6. */
  duplicateThreshold: number;
  /**
   * Learned sentence scorer (src/corpus/sentence-features.ts): when set, a graph sentence's score is the
   * model's probability (modelScores) instead of the position / title / quote / centrality mix (which still picks the
   * MAX_GRAPH_SENTENCES graph sentences; quoteWeight is still added, times the scores' spread). Default: SENTENCE_MODEL in DEFAULT_SUMMARY, none in HAND_SUMMARY.
   */
  sentenceModel?: SentenceModel;
}

/** The hand-weighted mix (weights by cross-validation, scripts/eval/summary-fit.ts): what chooses the graph sentences, and the scorer before the learned one. */
export const HAND_SUMMARY: SummaryOptions = { positionWeight: 0.7, positionPower: 1, titleWeight: 0.3, quoteWeight: 0.1, mmrLambda: 0.7, duplicateThreshold: 0.6 };

/** The shipped ranking: the hand mix picks the graph, the learned SENTENCE_MODEL scores it (MMR lambda fit with it). */
export const DEFAULT_SUMMARY: SummaryOptions = { ...HAND_SUMMARY, mmrLambda: SENTENCE_MMR_LAMBDA, sentenceModel: SENTENCE_MODEL };

/** Plain TextRank: centrality only, no position, quote or redundancy terms (the eval's baseline). */
export const PLAIN_TEXTRANK: SummaryOptions = { positionWeight: 0, positionPower: 1, titleWeight: 0, quoteWeight: 0, mmrLambda: 1, duplicateThreshold: 1.01 };

type Vector = Map<string, number>;

/**
 * What the title similarity is measured against: the title's text (analyzed here), or terms already
 * analyzed (an English question's translated Arabic stems, which have no Arabic text to analyze).
 */
export type SummaryTitle = string | readonly string[];

function vectors(bags: readonly (readonly string[])[]): Vector[] {
  const df = new Map<string, number>();
  // Map.forEach rather than for-of over entries: no [key, value] array per entry (these run per sentence pair)
  const counted = new Set<string>();
  for (const bag of bags) {
    counted.clear();
    for (const t of bag) {
      if (counted.has(t)) continue;
      counted.add(t);
      df.set(t, (df.get(t) ?? 0) + 1);
    }
  }
  const n = bags.length;
  return bags.map((bag) => {
    const v: Vector = new Map();
    for (const t of bag) v.set(t, (v.get(t) ?? 0) + 1);
    let norm = 0;
    v.forEach((tf, t) => {
      const w = tf * Math.log(1 + n / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    });
    norm = Math.sqrt(norm) || 1;
    v.forEach((w, t) => v.set(t, w / norm));
    return v;
  });
}

function cosine(a: Vector, b: Vector): number {
  const small = a.size < b.size ? a : b;
  const large = small === a ? b : a;
  let dot = 0;
  small.forEach((w, t) => {
    dot += w * (large.get(t) ?? 0);
  });
  return dot;
}

/** PageRank over the sentence similarity graph (damping 0.85, 30 iterations). */
function centrality(sim: number[][]): number[] {
  const n = sim.length;
  const out = sim.map((row) => row.reduce((s, x) => s + x, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let iter = 0; iter < 30; iter++) {
    const next = new Array<number>(n).fill(0.15 / n);
    for (let j = 0; j < n; j++) {
      if (out[j] === 0) continue;
      for (let i = 0; i < n; i++) if (sim[j]![i]! > 0) next[i]! += (0.85 * rank[j]! * sim[j]![i]!) / out[j]!;
    }
    rank = next;
  }
  return rank;
}

/** Most sentences that enter the similarity graph: the rest are dropped by a cheap score first (bounds the work at K²). */
export const MAX_GRAPH_SENTENCES = 48;

/** Work done by rankSentences since the isolate started: sentences seen and sentence pairs compared (tests bound these). */
export const summaryWork = { sentences: 0, pairs: 0 };

/** What the ranking computed for an article: graph sentences, their scores, similarities and centrality (1 = most central). */
export interface SentenceScores {
  /** Sentence indexes in the graph (all of them, or the MAX_GRAPH_SENTENCES best by the cheap terms). */
  ids: number[];
  /** Final score of each graph sentence (position, title, quote and centrality). */
  score: number[];
  /** Cosine similarity between graph sentences. */
  sim: number[][];
  /** PageRank centrality over its maximum. */
  centrality: number[];
  /** Each graph sentence's SENTENCE_FEATURES, when options.sentenceModel is set (the fit script reads them). */
  features?: number[][];
}

/**
 * Scores sentences: TextRank centrality mixed with a position prior (news puts its core first), a
 * bonus for quoted statements and the similarity to the title. Over MAX_GRAPH_SENTENCES sentences,
 * only the top ones by the cheap terms (position, quote, title) enter the graph.
 */
export function scoreSentences(sentences: Sentence[], options: SummaryOptions = DEFAULT_SUMMARY, title: SummaryTitle = ""): SentenceScores {
  summaryWork.sentences += sentences.length;
  const withTitle = vectors([...sentences.map((s) => terms(s.text)), typeof title === "string" ? terms(title) : title]);
  const titleVector = withTitle.pop()!;
  const titleSim = sentences.map((_, i) => cosine(withTitle[i]!, titleVector));
  const cheap = sentences.map((s, i) => options.positionWeight / Math.pow(1 + s.index, options.positionPower) + (s.quoted ? options.quoteWeight : 0) + options.titleWeight * titleSim[i]!);
  let ids = sentences.map((_, i) => i);
  if (ids.length > MAX_GRAPH_SENTENCES) ids = ids.sort((a, b) => cheap[b]! - cheap[a]! || a - b).slice(0, MAX_GRAPH_SENTENCES).sort((a, b) => a - b);
  const vs = ids.map((i) => withTitle[i]!);
  summaryWork.pairs += vs.length * vs.length;
  const sim = vs.map((a, i) => vs.map((b, j) => (i === j ? 0 : cosine(a, b))));
  const rank = centrality(sim);
  const top = Math.max(...rank) || 1;
  const central = rank.map((r) => r / top);
  const model = options.sentenceModel;
  if (!model) return { ids, sim, centrality: central, score: ids.map((id, i) => (1 - options.positionWeight) * central[i]! + cheap[id]!) };
  const features = sentenceFeatures(sentences, ids, withTitle, titleSim, central);
  // EASC, which the model is fit on, has no quotes: the hand quote bonus is added for news
  const score = modelScores(features, model, ids.map((id) => !!sentences[id]!.quoted), options.quoteWeight);
  return { ids, sim, centrality: central, score, features };
}

/**
 * Ranks up to `count` sentences by scoreSentences, then MMR so two sentences saying the same thing
 * are not both chosen, and no sentence twice. Returns sentence indexes in the order they were picked.
 */
export function rankSentences(sentences: Sentence[], count: number, options: SummaryOptions = DEFAULT_SUMMARY, title: SummaryTitle = "", scores?: SentenceScores): number[] {
  if (sentences.length === 0) return [];
  const { ids, sim, score } = scores ?? scoreSentences(sentences, options, title);
  const chosen: number[] = [];
  const texts = new Set<string>();
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < ids.length; i++) {
      if (chosen.includes(i) || texts.has(sentences[ids[i]!]!.text.trim())) continue;
      const redundancy = chosen.length ? Math.max(...chosen.map((j) => sim[i]![j]!)) : 0;
      if (redundancy > options.duplicateThreshold) continue;
      const value = options.mmrLambda * score[i]! - (1 - options.mmrLambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    texts.add(sentences[ids[best]!]!.text.trim());
  }
  return chosen.map((i) => ids[i]!);
}

/**
 * The summary: the first `count` picks of rankSentences, in reading order. Picks are greedy, so the
 * first N picks of a longer ranking are the N-sentence summary (the indexer stores 10 and serves 1..10).
 */
export function summarize(sentences: Sentence[], count: number, options: SummaryOptions = DEFAULT_SUMMARY, title: SummaryTitle = ""): Sentence[] {
  return rankSentences(sentences, count, options, title)
    .sort((a, b) => a - b)
    .map((i) => sentences[i]!);
}
