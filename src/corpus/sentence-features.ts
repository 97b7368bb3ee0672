import type { Sentence } from "./sentences";

/**
 * A learned sentence scorer for summaries: a logistic model over each graph sentence's features,
 * fit by `npm run eval -- --only summary-learned` (scripts/eval/summary-learned.ts) on EASC folds and
 * written to src/corpus/sentence-model.ts. The Worker only scores.
 */
export interface SentenceModel {
  /** Feature names, in the order of `weights` (SENTENCE_FEATURES). */
  features: string[];
  weights: number[];
  bias: number;
  /** Scale the probabilities to 0..1 over each article before the MMR step (chosen with the fit). Default false. */
  scaled?: boolean;
}

/** The features, in SentenceModel order (see sentenceFeatures). */
export const SENTENCE_FEATURES = ["inverse position", "log position", "relative position", "first", "paragraph start", "log length", "title", "centrality", "top terms", "number", "quote"] as const;

/** How many of the article's most widespread terms "top terms" looks for. */
const TOP_TERMS = 10;

/** The article's TOP_TERMS terms found in the most sentences (at least two), ties by term. */
function topTerms(vectors: Map<string, number>[]): Set<string> {
  const df = new Map<string, number>();
  for (const v of vectors) v.forEach((_, t) => df.set(t, (df.get(t) ?? 0) + 1));
  const ranked = [...df].filter(([, k]) => k > 1).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return new Set(ranked.slice(0, TOP_TERMS).map(([t]) => t));
}

/**
 * Features of each graph sentence `ids[i]` (SENTENCE_FEATURES order): 1/(1+i), log(1+i), i over the
 * article's sentences, first sentence, first of its paragraph, log(1+words), cosine to the title,
 * centrality (over the most central), share of the article's top terms it holds, holds a digit, holds
 * a direct quote. `vectors` are all sentences' tf-idf vectors, `titleSim` all sentences' title cosines.
 */
export function sentenceFeatures(sentences: Sentence[], ids: number[], vectors: Map<string, number>[], titleSim: number[], centrality: number[]): number[][] {
  const top = topTerms(vectors);
  const n = Math.max(1, sentences.length);
  return ids.map((id, g) => {
    const s = sentences[id]!;
    const i = s.index >= 0 ? s.index : id;
    let held = 0;
    vectors[id]!.forEach((_, t) => (held += top.has(t) ? 1 : 0));
    return [
      1 / (1 + i),
      Math.log(1 + i),
      id / n,
      i === 0 ? 1 : 0,
      id === 0 || sentences[id - 1]!.paragraph !== s.paragraph ? 1 : 0,
      Math.log(1 + s.text.split(/\s+/).filter(Boolean).length),
      titleSim[id]!,
      centrality[g]!,
      top.size ? held / top.size : 0,
      /[0-9٠-٩]/.test(s.text) ? 1 : 0,
      s.quoted ? 1 : 0,
    ];
  });
}

/** The model's probability that a sentence belongs in the summary. */
export function sentenceProbability(x: number[], model: SentenceModel): number {
  let z = model.bias;
  for (let k = 0; k < x.length; k++) z += x[k]! * (model.weights[k] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The graph sentences' scores: the model's probabilities, scaled to 0..1 over the article (lowest 0,
 * highest 1) when `model.scaled`, plus `quoteBonus` times the scores' spread for each quoted sentence
 * (so the hand quote bonus weighs the same against the article's spread whatever the L2 fit).
 */
export function modelScores(features: number[][], model: SentenceModel, quoted: boolean[] = [], quoteBonus = 0): number[] {
  const p = features.map((x) => sentenceProbability(x, model));
  const lo = Math.min(...p);
  const span = Math.max(...p) - lo || 1;
  const scaled = model.scaled ? p.map((v) => (v - lo) / span) : p;
  return scaled.map((v, i) => v + (quoted[i] ? quoteBonus * (model.scaled ? 1 : span) : 0));
}
