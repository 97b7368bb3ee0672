/**
 * The speller's n-best rescored by a log-linear model fitted on the tuning part of the train split
 * (scripts/translit/fit-speller.ts): besides the joint-sequence score and the English letter model, the
 * memoryless name model (score.ts) says how well each Latin spelling and the Arabic word align, summed
 * over every cut (the joint model keeps only its best cuts).
 */
import type { LetterLm } from "./letter-lm";
import type { NameScorer } from "./score";

/** The fitted weights (ModelFile.rerank), over standardized rerankFeatures. */
export interface RerankFile {
  /** Spellings of the n-best rescored, the best first by joint + lambda x letter model (the rest are never chosen). */
  top: number;
  mean: number[];
  sd: number[];
  weights: number[];
}

/** Floor of the name model's log-probabilities when it cannot align a spelling at all. */
const UNALIGNED = -30;

/**
 * What the reranker weighs for Latin spelling `latin` of Arabic letters `a` whose joint-sequence
 * log-probability is `joint`: joint, the letter model's log-probability, the name model's PMI, its
 * log P(a | latin), and the spelling's length.
 */
export function rerankFeatures(latin: string, a: string, joint: number, lm: LetterLm, scorer: NameScorer): number[] {
  const f = scorer.features(latin, a);
  return [joint, lm.logProb(latin), f ? f[0]! : UNALIGNED, f ? f[1]! * a.length : UNALIGNED, latin.length];
}

/** The linear score of features under the fitted weights. */
export function rerankScore(file: RerankFile, features: readonly number[]): number {
  return features.reduce((n, v, i) => n + (file.weights[i]! * (v - file.mean[i]!)) / file.sd[i]!, 0);
}

/** The n-best's spellings to rescore: the `top` best by joint + lambda x letter model, best first. */
export function rerankPool(nbest: ReadonlyMap<string, number>, lm: LetterLm, top: number): Array<[latin: string, joint: number]> {
  return [...nbest]
    .map(([latin, s]) => [latin, s, s + lm.lambda * lm.logProb(latin)] as const)
    .sort((x, y) => y[2] - x[2])
    .slice(0, top)
    .map(([latin, s]) => [latin, s]);
}
