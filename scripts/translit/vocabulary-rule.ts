/** The vocabulary fit-vocabulary.ts ships, the rules it tries, each tuning word's candidates scored once for all of them, and what a rule breaks. */
import { channelValue, listsPrior, type Ranker, type Ranking, type VocabularyRule } from "../../src/names/known";
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

/** Weights of the sources' log (VocabularyRule.lists) tried (0: none). */
const LISTS_WEIGHTS = [0, 0.5, 1, 1.5, 2];

/** Ranking, letter-model and sources weights, each with its least and margin values, with and without keepKnown. */
export function decodeRules(): Array<{ rank: Ranking; lm: number; lists: number; rules: VocabularyRule[] }> {
  return RANKS.flatMap((rank) =>
    LM_WEIGHTS.flatMap((lm) =>
      LISTS_WEIGHTS.map((lists) => ({
        rank,
        lm,
        lists,
        rules: [false, true].flatMap((keepKnown) => LEAST[rank].flatMap((least) => MARGINS.map((margin) => ({ rank, lm, lists, least, margin, keepKnown })))),
      })),
    ),
  );
}

/** One Arabic word: the best known word and the generated spelling's value under a ranking and weights. */
export interface Scored {
  /** Whether the vocabulary holds the generated spelling (VocabularyRule.keepKnown). */
  generatedKnown: boolean;
  /** The best known word with its value, and the generated spelling's value, under one ranking, letter-model and sources weight. */
  at(rank: Ranking, lm: number, lists: number): { known: [string, number] | null; generated: number };
}

/**
 * The candidates of Arabic letters `a` that `ok` accepts (the speller's knownFilter) scored once, against the
 * speller's `generated` spelling; none when the spelling is `attested` (the speller takes the attested table's
 * spelling before the vocabulary).
 */
export function scoreCandidates(r: Ranker, vocabulary: LatinVocabulary, a: string, generated: string, attested = false, ok: (w: string) => boolean = () => true): Scored {
  type Value = { w: string; lp: number; sources: number } & Record<Ranking, number>;
  const value = (w: string) => ({ w, lp: r.lm!.logProb(w), sources: vocabulary.sources(w), ...Object.fromEntries(RANKS.map((rank) => [rank, channelValue(r, w, a, rank)])) }) as Value;
  const values = attested ? [] : vocabulary.candidates(a).filter(ok).map(value);
  const g = value(generated);
  const total = (v: Value, rank: Ranking, lm: number, lists: number) => v[rank] + lm * v.lp + listsPrior({ rank, lm, lists, least: 0, margin: 0 }, v.sources);
  return {
    generatedKnown: g.sources > 0,
    at(rank, lm, lists) {
      let known: [string, number] | null = null;
      for (const v of values) {
        const x = total(v, rank, lm, lists);
        if (x > -Infinity && (!known || x > known[1])) known = [v.w, x];
      }
      return { known, generated: total(g, rank, lm, lists) };
    },
  };
}

/**
 * The vocabulary words with their sources: one for the fitting pairs' English, one for the dictionary's
 * plausible names, and each word's count in `names` (the name lists' languages, name-lists.ts).
 */
export function vocabularyWords(fit: readonly Pair[], dictionary: readonly Pair[], plausible: (e: string, a: string) => boolean, names: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  const out = new Map(names);
  const add = (w: string) => out.set(w, (out.get(w) ?? 0) + 1);
  for (const w of new Set(fit.map(([e]) => e))) add(w);
  for (const w of new Set(dictionary.filter(([e, a]) => plausible(e, a)).map(([e]) => e))) add(w);
  return new Map([...out].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)));
}

/**
 * The share of pairs whose generated spelling is right or one letter off and whose chosen spelling is neither:
 * a name the reader recognised that the vocabulary breaks.
 */
export function brokenShare(generated: readonly string[], chosen: readonly string[], pairs: readonly Pair[]): number {
  return pairs.filter(([e], i) => keyDistance(generated[i]!, e, 1) <= 1 && keyDistance(chosen[i]!, e, 1) > 1).length / pairs.length;
}
