/** The vocabulary fit-vocabulary.ts ships, the rules it tries, each tuning word's candidates scored once for all of them, and what a rule breaks. */
import { channelValue, type Ranker, type Ranking, type VocabularyRule } from "../../src/names/known";
import type { LatinVocabulary } from "../../src/names/vocabulary";
import { keyDistance } from "../../src/analysis";
import type { Pair } from "./em";

/** A bound that never binds (finite, so that the chosen rule is written as JSON). */
const NONE = -1e9;

function steps(from: number, to: number, by: number): number[] {
  return Array.from({ length: Math.round((to - from) / by) + 1 }, (_, i) => from + i * by);
}

const RANKS: Ranking[] = ["score", "channel"];
/** Weights of the letter model tried (0: no prior). */
const LM_WEIGHTS = [0, 0.1, 0.2, 0.3, 0.5, 0.75, 1];
/** Least values tried per ranking (the calibrated score's right pairs have a median of about 4; log P(a | e) about -9). */
const LEAST: Record<Ranking, number[]> = { score: [NONE, ...steps(-2, 7, 0.5)], channel: [NONE, ...steps(-16, -2, 1)] };
const MARGINS = [NONE, ...steps(-6, 3, 0.5)];

/** Ranking and letter-model weight pairs, each with its least and margin values. */
export function decodeRules(): Array<{ rank: Ranking; lm: number; rules: VocabularyRule[] }> {
  return RANKS.flatMap((rank) =>
    LM_WEIGHTS.map((lm) => ({ rank, lm, rules: LEAST[rank].flatMap((least) => MARGINS.map((margin) => ({ rank, lm, least, margin }))) })),
  );
}

/** One Arabic word: the best known word and the generated spelling's value under a ranking and weight. */
export interface Scored {
  /** The best known word with its value, and the generated spelling's value, under one ranking and letter-model weight. */
  at(rank: Ranking, lm: number): { known: [string, number] | null; generated: number };
}

/**
 * The candidates of Arabic letters `a` scored once, against the speller's `generated` spelling; none when
 * the spelling is `attested` (the speller takes the attested table's spelling before the vocabulary).
 */
export function scoreCandidates(r: Ranker, vocabulary: LatinVocabulary, a: string, generated: string, attested = false): Scored {
  const value = (w: string) => ({ w, lp: r.lm!.logProb(w), ...Object.fromEntries(RANKS.map((rank) => [rank, channelValue(r, w, a, rank)])) }) as { w: string; lp: number } & Record<Ranking, number>;
  const values = attested ? [] : vocabulary.candidates(a).map(value);
  const g = value(generated);
  return {
    at(rank, lm) {
      let known: [string, number] | null = null;
      for (const v of values) {
        const x = v[rank] + lm * v.lp;
        if (x > -Infinity && (!known || x > known[1])) known = [v.w, x];
      }
      return { known, generated: g[rank] + lm * g.lp };
    },
  };
}

/** The vocabulary words: the fitting pairs' English, and the dictionary's plausible names; sorted, distinct. */
export function vocabularyWords(fit: readonly Pair[], dictionary: readonly Pair[], plausible: (e: string, a: string) => boolean): string[] {
  const words = new Set(fit.map(([e]) => e));
  for (const [e, a] of dictionary) if (plausible(e, a)) words.add(e);
  return [...words].sort();
}

/**
 * The share of pairs whose generated spelling is right or one letter off and whose chosen spelling is neither:
 * a name the reader recognised that the vocabulary breaks.
 */
export function brokenShare(generated: readonly string[], chosen: readonly string[], pairs: readonly Pair[]): number {
  return pairs.filter(([e], i) => keyDistance(generated[i]!, e, 1) <= 1 && keyDistance(chosen[i]!, e, 1) > 1).length / pairs.length;
}
