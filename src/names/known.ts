/**
 * The speller's choice between a known Latin name word (vocabulary.ts) and its generated spelling of an
 * Arabic word: a noisy channel, how well the word spells the Arabic by the learned name model, plus a weight
 * times the English letter model's log-probability of the word (its prior), the rule fitted by
 * scripts/translit/fit-vocabulary.ts on the tuning part of the train split.
 */
import type { LetterLm } from "./letter-lm";
import type { NameScorer } from "./score";
import type { LatinVocabulary } from "./vocabulary";

/** How a word is ranked against an Arabic word: "score", the calibrated name score (log-odds of one name); "channel", log P(arabic | latin). */
export type Ranking = "score" | "channel";

/** What ranks words: the name scorer and the letter model (null: none). */
export interface Ranker {
  scorer: NameScorer;
  lm: LetterLm | null;
}

/**
 * When the speller writes a known word (ModelFile.vocabularyRule): the known word ranked best by `rank` plus
 * `lm` times the letter model's log-probability of the word (0: every known word equally likely) plus `lists`
 * times the log of the number of sources that hold it (LatinVocabulary.sources: a name many languages' lists
 * hold is the likelier of two sound-alikes, wolfgang over volfgang; default 0), taken when it reaches `least`
 * and leads the generated spelling, valued the same way, by `margin` (negative: it may trail).
 * `keepKnown` (default false): a generated spelling that is itself a known word stays (جوسيه: jose, not the
 * higher-scoring josiah; the vocabulary corrects spellings no list holds, it does not swap one name for another).
 */
export interface VocabularyRule {
  rank: Ranking;
  lm: number;
  least: number;
  margin: number;
  lists?: number;
  keepKnown?: boolean;
}

/** How well Latin letters `e` spell Arabic letters `a` by the model alone (-Infinity when it cannot align them). */
export function channelValue(r: Ranker, e: string, a: string, rank: Ranking): number {
  if (rank === "score") return r.scorer.scoreNormalized(e, a);
  const f = r.scorer.features(e, a);
  return f ? f[1]! * a.length : -Infinity;
}

/** The rule's value of Latin letters `e` for Arabic letters `a`: channelValue plus the weighted letter model and the weighted log of its `sources` (0 or 1: none). */
export function ruleValue(rule: VocabularyRule, r: Ranker, e: string, a: string, sources = 0): number {
  return channelValue(r, e, a, rule.rank) + (rule.lm && r.lm ? rule.lm * r.lm.logProb(e) : 0) + listsPrior(rule, sources);
}

/** The rule's weight of the number of sources holding a word: `lists` times its log (0 for an unknown word or one source). */
export function listsPrior(rule: VocabularyRule, sources: number): number {
  return rule.lists && sources > 1 ? rule.lists * Math.log(sources) : 0;
}

/** The known word the rule takes for Arabic letters `a` over the `generated` spelling, or that spelling; only words `ok` accepts (default: all). */
export function knownOr(rule: VocabularyRule, vocabulary: LatinVocabulary, r: Ranker, a: string, generated: string, ok: (w: string) => boolean = () => true): string {
  const generatedSources = vocabulary.sources(generated);
  if (rule.keepKnown && generatedSources > 0) return generated;
  let best: [string, number] | null = null;
  for (const w of vocabulary.candidates(a)) {
    if (!ok(w)) continue;
    const v = ruleValue(rule, r, w, a, rule.lists ? vocabulary.sources(w) : 0);
    if (v > -Infinity && (!best || v > best[1])) best = [w, v];
  }
  return chooseKnown(rule, best, generated, ruleValue(rule, r, generated, a, generatedSources));
}

/**
 * The rule's choice between the best known word with its value (null: none) and the generated spelling with
 * its value; `generatedKnown`: the vocabulary holds the generated spelling (it stays under `keepKnown`).
 */
export function chooseKnown(rule: VocabularyRule, known: [string, number] | null, generated: string, generatedValue: number, generatedKnown = false): string {
  if (rule.keepKnown && generatedKnown) return generated;
  return known && known[1] >= rule.least && known[1] - generatedValue >= rule.margin ? known[0] : generated;
}
