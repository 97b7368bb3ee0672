import { foldTitle, isLatin, nameKey } from "../analysis";
import { plainWords, type SpeakerKeys } from "../index";
import { englishSpeakerKeys } from "./english-keys";

/**
 * The alias keys resolving an Arabic subject compares (resolve.ts resolveSpeaker), so a store that keeps
 * the alias table as rows fetches those aliases alone (src/index/d1/alias-lookup.ts). What each lookup
 * of speakers.ts reads, for a subject of words w:
 * - findSpeaker, every span of w (at most the longest alias's words: the store adds a longest alias so
 *   the subset's longest is the table's), as written and without a ل/ب prefix: step 1 the alias equal
 *   to it; step 2 every alias folded as it is (the first in rank order is taken, then its office word
 *   compared); step 3 every alias of its name key (how many speakers hold the key, then the first such
 *   alias of the one speaker); then fitsSubject reads the found speaker's record;
 * - speakerByTitle([subject]) (a title opening the subject): the alias equal to it, those folded as it
 *   is, and those whose folded form opens with it and a space, then their speakers' statements;
 * - an id (sp_…): the speaker of that id (an id nobody has goes on as an English name: not bounded
 *   here, so the store reads the whole table when no speaker has it);
 * - speakerByName: the alias equal to the whole name (a span too), else findSpeaker.
 * An alias equal to a span folds as the span does, so the folded keys fetch the exact matches too.
 * Every alias so compared holds one of the keys, and an alias holding none is never compared, so over
 * the aliases holding them (in the table's order, with their speakers) each lookup decides as over the
 * whole table. A subject read in English (`language`, as resolveSpeaker takes it; default by its
 * letters) has the keys english-keys.ts lists (a role's titles, a name's sound keys), or null when its
 * reading depends on the lexicon.
 */
/**
 * Longest span (words) whose keys are listed: spans past it are listed only when the table has an
 * alias that long, which the store checks (IndexNeed's SpeakerKeys.spanWords); the whole SaudiNewsNet's
 * longest alias has 20 words. Bounds a 60-word subject's keys to about 1,100 spans.
 */
const MAX_SPAN_WORDS = 24;

export function speakerKeys(subject: string, language: "ar" | "en" = isLatin(subject) ? "en" : "ar"): SpeakerKeys | null {
  const wanted = subject.trim();
  // an id as /v1/speakers lists it (an id no speaker has is read on in `language`: the store then reads the whole table)
  if (/^sp_[0-9a-z]+$/.test(wanted)) return { folded: [], near: [], prefixes: [], ids: [wanted] };
  if (language === "en") return englishSpeakerKeys(wanted);
  const folded = new Set<string>();
  const near = new Set<string>();
  const words = plainWords(wanted).split(" ").filter(Boolean);
  // a span's folded form and name key are its words' joined (both work word by word), so each word is
  // folded and keyed once; a ل/ب prefix (findSpeaker: off a first word of four letters or more) changes the first word alone
  const fold = words.map((w) => foldTitle(w));
  const key = words.map((w) => nameKey(w));
  const bare = words.map((w) => (/^[\u0644\u0628]\S{3}/.test(w) ? w.slice(1) : undefined));
  const foldBare = bare.map((w) => w && foldTitle(w));
  const keyBare = bare.map((w) => w && nameKey(w));
  const spanWords = Math.min(words.length, MAX_SPAN_WORDS);
  for (let i = 0; i < words.length; i++) {
    let restFold = "";
    let restKey = "";
    for (let n = 1; n <= spanWords && i + n <= words.length; n++) {
      if (n > 1) {
        restFold += ` ${fold[i + n - 1]}`;
        restKey += ` ${key[i + n - 1]}`;
      }
      folded.add(fold[i] + restFold);
      near.add(key[i] + restKey);
      if (bare[i]) {
        folded.add(foldBare[i] + restFold);
        near.add(keyBare[i] + restKey);
      }
    }
  }
  // speakerByTitle over the subject whole: as written, folded, and as a folded opening
  const whole = foldTitle(wanted);
  folded.add(whole);
  const prefixes = whole ? [whole] : [];
  return { folded: [...folded], near: [...near], prefixes, ids: [], ...(spanWords < words.length ? { spanWords } : {}) };
}
