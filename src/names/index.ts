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
  return (speller ??= new LatinSpeller(model, { attested }));
}

/**
 * Score of an English word against an Arabic word, the article ال optional on both (al-Abadi, Abadi ~
 * العبادي); a pair the attested table holds (كيري / Kerry) scores at least the model's attestedScore.
 */
export function nameWordScore(english: string, arabic: string): number {
  const s = nameScorer();
  const e = latinLetters(english);
  // en is latinLetters already; the Arabic is normalized once for the score and the attested table
  const pair = (en: string, ar: string) => {
    const a = arabicLetters(ar);
    const score = s.scoreNormalized(en, a);
    return model.attestedScore !== undefined && attested.arabicOf(en).has(a) ? Math.max(score, model.attestedScore) : score;
  };
  let best = pair(e, arabic);
  const bare = /^ال./.test(arabic) && arabic.length > 3 ? arabic.slice(2) : null;
  if (bare) {
    best = Math.max(best, pair(e, bare));
    if (/^[ae]l../.test(e)) best = Math.max(best, pair(e.slice(2), bare));
  }
  return best;
}
