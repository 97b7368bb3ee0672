/**
 * Name matching learned from data (scripts/translit/train.ts): the shipped model, a scorer and a
 * Latin speller over it, and cheap candidate generation by sound key.
 */
import modelFile from "./translit-model.json";
import type { ModelFile } from "./model";
import { NameScorer } from "./score";
import { LatinSpeller } from "./latin";
import { arabicLetters, latinLetters } from "./text";
import { AttestedSpellings } from "./attested";

export { NameScorer } from "./score";
export { LatinSpeller } from "./latin";
export { capitalizeLatin, displayWord, compoundWords, writtenWords } from "./display";
export { NameCandidates } from "./candidates";
export { AttestedSpellings } from "./attested";
export { latinLetters, arabicLetters } from "./text";
export type { ModelFile } from "./model";

const model = modelFile as unknown as ModelFile;

/** The least score of an English and an Arabic word taken as the same name, for a name given in one word. */
export const NAME_THRESHOLD = model.threshold;
/** The least score of each word of a name given in several words, which must all name the same speaker. */
export const WORD_FLOOR = model.wordFloor;
/** The least score of each word of a name for its speaker to be offered as "did you mean" (a model without it: one nat under WORD_FLOOR). */
export const NEAR_FLOOR = Math.min(model.nearFloor ?? model.wordFloor - 1, model.wordFloor);

/** The spellings attested in the training pairs (src/names/attested.ts), shared by the speller and nameWordScore. */
const attested = new AttestedSpellings(model.attested);

let scorer: NameScorer | undefined;
let speller: LatinSpeller | undefined;

/** The scorer over the shipped model, built on first use. */
export function nameScorer(): NameScorer {
  return (scorer ??= new NameScorer(model));
}

/** The Arabic-to-Latin speller over the shipped model, built on first use. */
export function latinSpeller(): LatinSpeller {
  // the shipped display also knows the tuning part's spellings (ModelFile.heldIn); matching never reads them
  return (speller ??= new LatinSpeller(model, { attested, heldIn: model.heldIn ? new AttestedSpellings(model.heldIn) : null }));
}

/** How many Arabic words keep their prepared letters (an alias table's words and their bare forms fit). */
const PREPARED_CACHE = 16384;

/** An Arabic word's letters as the model reads them, and its bare form's (ال dropped) when it has one. */
interface Prepared {
  readonly letters: string;
  readonly bare: string | null;
}

/** Arabic word -> its prepared letters (bounded: cleared when full), so a word scored again is not normalized again. */
const prepared = new Map<string, Prepared>();

function prepare(arabic: string): Prepared {
  const hit = prepared.get(arabic);
  if (hit) return hit;
  const bare = /^ال./.test(arabic) && arabic.length > 3 ? arabic.slice(2) : null;
  const p = { letters: arabicLetters(arabic), bare: bare === null ? null : arabicLetters(bare) };
  if (prepared.size >= PREPARED_CACHE) prepared.clear();
  prepared.set(arabic, p);
  return p;
}

/** The score of normalized letters, at least the model's attestedScore for a pair the attested table holds. */
function pairScore(s: NameScorer, en: string, a: string, floor: number): number {
  const score = s.scoreNormalized(en, a, floor);
  return model.attestedScore !== undefined && attested.arabicOf(en).has(a) ? Math.max(score, model.attestedScore) : score;
}

/**
 * Score of an English word against an Arabic word, the article ال optional on both (al-Abadi, Abadi ~
 * العبادي); a pair the attested table holds (كيري / Kerry) scores at least the model's attestedScore.
 * `latin` skips the English word's normalization when the caller has it already (latinLetters(english));
 * with `floor` (default -Infinity: none) a score proven under it may be returned as -Infinity, sooner.
 */
export function nameWordScore(english: string, arabic: string, latin: string = latinLetters(english), floor = -Infinity): number {
  const s = nameScorer();
  return bestForm(latin, arabic, (e, a) => pairScore(s, e, a, floor));
}

/**
 * The best of `score` over the forms of a pair, the article ال optional on both: the Arabic as written
 * and without ال, the English without al-/el- against the Arabic without ال (the Arabic normalized once
 * per word: prepare).
 */
function bestForm(latin: string, arabic: string, score: (e: string, a: string) => number): number {
  const { letters, bare } = prepare(arabic);
  let best = score(latin, letters);
  if (bare !== null) {
    best = Math.max(best, score(latin, bare));
    if (/^[ae]l../.test(latin)) best = Math.max(best, score(latin.slice(2), bare));
  }
  return best;
}

/**
 * How likely the model finds the Arabic word as a spelling of the English word, log P(arabic | english)
 * (the calibrated score's other direction: it does not reward a rarer Arabic word), the article ال
 * optional as in nameWordScore; -Infinity when the model cannot align them. Read when two speakers'
 * words both match one English word (src/answer/names.ts): if the score and this disagree, neither is taken.
 */
export function nameWordConditional(english: string, arabic: string, latin: string = latinLetters(english)): number {
  const s = nameScorer();
  return bestForm(latin, arabic, (e, a) => {
    const f = s.features(e, a);
    return f ? f[1]! * a.length : -Infinity;
  });
}

/** Whether the attested table pairs the two words (the Arabic as nameWordScore reads it, ال optional). */
export function attestedPair(english: string, arabic: string, latin: string = latinLetters(english)): boolean {
  const { letters, bare } = prepare(arabic);
  const of = attested.arabicOf(latin);
  return of.has(letters) || (bare !== null && of.has(bare));
}
