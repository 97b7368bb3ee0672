/**
 * A learned check on a speaker phrase the parser named (speaker-phrase.ts): is it a person or body,
 * or words that only stand where a subject could (an object, an adverb, a preposition phrase, a verb,
 * a name glued to the next words)? A logistic model over the phrase's shape and the corpus's counts of
 * its words (word-stats.ts), fit on the tuning labels by scripts/eval/speaker-fit.ts and shipped as
 * speaker-model.json. Below the threshold, the verb is read as having no named subject: the speaker
 * is the one before, as for وأضاف.
 */
import { logOdds, type LinearModel } from "./linear-model";
import { bareNoun, nameKey } from "../analysis";
import model from "./speaker-model.json";
import type { WordStats } from "./word-stats";

/** Feature names, in the order of the weights. */
export const SPEAKER_FEATURES = [
  "words", "title", "person", "anonymous", "first with article", "inflected (first)", "inflected (most)",
  "preposition letter", "verb prefix", "verb or pronoun suffix", "after speech verbs", "frequency", "repeated in article", "ends in written ة",
  "ends in ة, inflected",
] as const;

const log = Math.log;
const count = (stats: WordStats, w: string) => stats.count.get(w) ?? 0;
const ARTICLE = /^(?:[وفبك]?ال|لل)(?=..)/;
/** Possessive and object pronouns a noun or verb takes and a name does not (closed class). */
const PRONOUN_SUFFIXES = ["ه", "ها", "هم", "هما", "كم", "نا"];
/** The pronoun suffixes and the plural ending وا: the endings a verb or a noun takes. */
const ENDINGS = PRONOUN_SUFFIXES.concat("وا");
const ratio = (a: number, b: number) => log((a + 0.5) / (b + 0.5));

/**
 * log of how much more often the word occurs inflected than as written: with the article (أهمية /
 * الأهمية) or with a pronoun (أهميتها). A common noun does both, a name almost never.
 */
function inflected(stats: WordStats, w: string): number {
  const bare = w.replace(ARTICLE, "");
  const stem = bare.replace(/ه$/, "ت");
  let other = count(stats, bare === w ? `ال${w}` : bare);
  for (const suffix of PRONOUN_SUFFIXES) other += count(stats, stem + suffix);
  return ratio(other, count(stats, w));
}

/** The word without a leading و or ف, when three letters or more remain and the corpus has that form (فيليب stays). */
const noConjunction = (stats: WordStats, w: string) => (/^[وف]/.test(w) && w.length >= 4 && count(stats, w.slice(1)) > 0 ? w.slice(1) : w);
/** Evidence from another form of a word: -3 (none) when the corpus never has that form. */
const evidence = (other: number, own: number) => (other > 0 ? ratio(other, own) : -3);

/** The candidate speaker as the scorer sees it. */
export interface Candidate {
  /** Normalized words of the name. */
  words: string[];
  title: boolean;
  person: boolean;
  anonymous: boolean;
  /**
   * The first word is written with a hamza on its alif (ألفاريز، إلياس): a transcribed name, not the
   * article, which Arabic writes without one. Normalized words lose the hamza, so the caller says so.
   * Default false.
   */
  hamzaAl?: boolean;
  /**
   * The name as written (not normalized: ة and ه apart), word for word with `words`. Default none: the
   * "ends in written ة" feature is then 0.
   */
  raw?: string[];
}

/**
 * Features of a candidate: its shape, then its words' corpus evidence; `articleKeys` counts the
 * article's words by name key (a name is repeated, an object of the verb rarely is).
 */
export function speakerFeatures(c: Candidate, stats: WordStats, articleKeys: Map<string, number>): number[] {
  const first = noConjunction(stats, c.words[0] ?? "");
  const last = c.words.at(-1) ?? "";
  const rest = first.slice(1);
  // بوضوح، لقناة: a preposition letter on a word the corpus also has without it
  const prep = /^[بلك]/.test(first) && rest.length >= 3 ? evidence(count(stats, rest) + count(stats, `ال${rest}`), count(stats, first)) : -3;
  // نريد، يعمل: the same word with another person prefix occurs (يريد / تريد)
  const verb = /^[يتن]/.test(first) && first.length >= 4 ? evidence(Math.max(...["ي", "ت", "ن"].filter((p) => p !== first[0]).map((p) => count(stats, p + rest))), count(stats, first)) : -3;
  // نشرتها، بشروا: a verb's or noun's pronoun or plural ending on a stem the corpus has
  // (loops, not filter/map/spread: this runs for every subject a text has; the same maximum, -3 when none)
  let ending = -Infinity;
  for (const x of ENDINGS) if (first.endsWith(x) && first.length - x.length >= 3) ending = Math.max(ending, evidence(count(stats, first.slice(0, -x.length)), count(stats, first)));
  if (ending === -Infinity) ending = -3;
  // a one-word name asks inflected() of the same word up to three times (first, most, last): computed once
  const firstInflected = inflected(stats, first);
  const inflectedOf = (w: string) => (w === first ? firstInflected : inflected(stats, w));
  let mostInflected = -Infinity;
  for (const w of c.words) mostInflected = Math.max(mostInflected, inflectedOf(noConjunction(stats, w)));
  return [
    Math.min(c.words.length, 4),
    Number(c.title),
    Number(c.person),
    Number(c.anonymous),
    Number(ARTICLE.test(first) && !c.hamzaAl),
    firstInflected,
    mostInflected,
    prep,
    verb,
    ending,
    ratio(stats.afterSpeech.get(first) ?? 0, count(stats, first)),
    log(count(stats, first) + 1),
    log((articleKeys.get(nameKey(last)) ?? 0) + 1),
    // a written ة (normalized words write it ه, as foreign names end: كلوزه); and a ة/ه word the corpus
    // inflects (الشرطة، حكومته): a common noun, where a name ending so (فرنجية، كلوزه) never takes ال or a pronoun
    Number(/ة$/.test((c.raw ?? []).at(-1) ?? "")),
    Number(/ه$/.test(last) && inflectedOf(noConjunction(stats, last)) > 0),
  ];
}

/** Weights over SPEAKER_FEATURES, a bias and the threshold fit with them. */
export type SpeakerModel = LinearModel;

/** The shipped model (speaker-model.json). */
export const SPEAKER_MODEL: SpeakerModel = model;

/** The model's log-odds that the candidate is a real speaker. */
export function speakerScore(features: number[], m: SpeakerModel = SPEAKER_MODEL): number {
  return logOdds(features, m);
}


