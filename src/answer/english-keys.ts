import { foldTitle, isLatin } from "../analysis";
import { plainWords, type SpeakerKeys } from "../index";
import { latinSpeller } from "../names";
import { ACRONYM } from "../index/english";
import { MAX_NAME_WORDS } from "./closest";
import { capitalizedQuestionWord, fillerWord, isHonorific, wordsOf, writtenCapitalized } from "./english";
import { firstReach, pickNameWords } from "./name-pick";
import { joinArticles, knownName, nameReach } from "./names";
import { compoundReadings, readingWords, suffixWords } from "./compound-names";
import { readRole, roleTitles } from "./roles";

/*
 * The alias keys an English subject's speaker lookup compares (docs/archive.md "Speaker lookup by SQL"),
 * worked out from the code of findSpeakerEnglish (english.ts) and closestSpeakers (closest.ts) without
 * the lexicon, which the store has not fetched when it needs the keys:
 * - a role the closed lists read (readRole) is looked up by speakerByTitle over its Arabic titles: each
 *   title folded (an alias equal to it folds alike) and, for an office, as a folded opening;
 * - otherwise a subject whose words are all capitalized (as written, or every content word in each way
 *   the lexicon may split a hyphenated word) is read by name: each name word is compared with the alias
 *   words whose sound key is within reach of its own (names.ts nameReach), and so is "did you mean"
 *   (closestSpeakers reads the same matches and the records of their speakers). The name words are taken
 *   from every reading the lexicon may give (hyphenated words whole and split, an upper-case stopword
 *   kept, which the lexicon may read as an acronym), so the keys hold those of the words it does read;
 * - a subject with a lower-case content word is read by name or by its words' stems depending on what
 *   the lexicon translates (a role matched word by word over every alias in rank order): not bounded
 *   here (null: the store reads the whole table).
 */

/**
 * The words findSpeakerEnglish may read as name words (subjectWords, al- joined), in each reading the
 * lexicon may give: a hyphenated word whole or split, a stopword written as an acronym (US) kept or not.
 */
function readings(subject: string): string[][] {
  const out: string[][] = [];
  for (const whole of [true, false]) {
    const words = wordsOf(subject, () => whole).filter((w) => !/^\d/.test(w));
    for (const acronyms of [true, false]) out.push(joinArticles(words.filter((w) => !fillerWord(w) || capitalizedQuestionWord(w) || (acronyms && ACRONYM.test(w)))));
  }
  return out;
}

/** The keys of an English subject's speaker lookup, or null when its reading depends on the lexicon (above). */
export function englishSpeakerKeys(subject: string): SpeakerKeys | null {
  const role = readRole(subject);
  if (role) {
    const titles = roleTitles(role);
    const folded = [...new Set(titles.flatMap((t) => [foldTitle(t), foldTitle(plainWords(t))]))];
    return { folded, near: [], prefixes: role.office !== null ? folded : [], ids: [] };
  }
  const read = readings(subject);
  const byName = writtenCapitalized(subject) || read.every((words) => words.every((w) => /^\p{Lu}/u.test(w)));
  if (!byName) return null;
  return { folded: [], near: [], prefixes: [], ids: [], ...byNames(read) };
}

/**
 * The keys of the name words' matches in each reading: the sound keys of every alias word they may be
 * compared with (fetched as words first), then what name-pick.ts picks of those words (the aliases to
 * fetch). The pick bounds a name of several words by its rarest part, and a name of one word by its
 * matches at NAME_THRESHOLD (`narrow`, unless `loose`: "did you mean" reads the looser ones), which
 * holds only for the very list of words the answer reads: so only when every reading is the same list
 * (no hyphenated word or acronym the lexicon may read either way), that list and, after an honorific,
 * the rest (King Salman: Salman), each in every reading of its compounds (compound-names.ts); otherwise
 * each word of every reading alone, every alias of every word it matches.
 */
function byNames(read: ReadonlyArray<readonly string[]>, loose = false): Pick<SpeakerKeys, "sounds" | "matched" | "narrow"> {
  const one = read.every((r) => r.join(" ") === read[0]!.join(" "));
  // each list as speakerByNames reads it: every reading of its compounds (compound-names.ts: Abdullah also as Abd, al-lah)
  const given = one ? [read[0]!, ...(read[0]!.length > 1 && isHonorific(read[0]![0]!) ? [read[0]!.slice(1)] : [])] : read;
  const expanded = given.flatMap((list) => compoundReadings(list).map(readingWords));
  const lists = one ? expanded : [...new Set(expanded.flat())].map((w) => [w]);
  const byThreshold = one && !loose;
  const narrow = byThreshold && lists.some((l) => l.length === 1 && !knownName(l[0]!));
  // a stem and a suffix (Davutoglu as Davut + oglu) match the words before the suffix's Arabic word
  // (suffix-matches.ts), not by sound: every alias of the speakers holding that word is fetched
  const suffixes = [...new Set(given.flatMap(suffixWords))];
  const matched: SpeakerKeys["matched"] = (words, fetched) => {
    const pick = pickNameWords(lists, words, (part) => fetched(nameReach(part)), byThreshold);
    return "more" in pick || !suffixes.length ? pick : { ...pick, holders: [...pick.holders, [suffixes]] };
  };
  return { sounds: firstReach(lists), matched, ...(narrow ? { narrow } : {}) };
}

/**
 * The keys "did you mean" (closestSpeakers) compares for a subject nobody was found by: its name words'
 * sound keys (an English subject's words as above, whatever the lexicon translates; an Arabic subject's
 * words spelled in Latin letters by the learned speller), none past MAX_NAME_WORDS name words.
 */
export function closestKeys(subject: string): SpeakerKeys {
  const none: SpeakerKeys = { folded: [], near: [], prefixes: [], ids: [] };
  if (isLatin(subject)) return { ...none, ...byNames(readings(subject), true) };
  const names = plainWords(subject).split(" ").filter(Boolean).map((w) => latinSpeller().word(w)).filter(Boolean);
  return names.length > MAX_NAME_WORDS ? none : { ...none, ...byNames([names], true) };
}
