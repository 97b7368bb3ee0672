/**
 * A name word as an English reader sees it (SpeakerRecord.latin, an answer's names): what the letters the
 * model reads (arabicLetters: every alef one ا) lose, taken from the word as written.
 * - The article: a word written with a bare ال (no hamza) starts with the Arabic article, shown as "al-"
 *   before the rest (الفيصل -> al-faisal); a Western Al- name is written with a hamza (ألبرتو),
 *   and then spelled whole. In the translit train split 402 of 479 bare-ال names drop the article in
 *   English, which is the rest spelled alone, and those that keep it write al (29) more than el (13).
 * - The first vowel: a word's initial أ إ آ says which vowel it starts with (إ: e or i); ModelFile.initials,
 *   learned by scripts/translit/fit-initials.ts, lists the letters a spelling may start with after each.
 * - The feminine ending: a final ة (the model reads ه, as in Western names' silent e) ends in a or h
 *   (ModelFile.finals, learned the same way).
 */
import type { LatinSpeller } from "./latin";

/** The article as a word's first letters: bare alef and lam (the closed class of the Arabic article). */
const ARTICLE = "\u0627\u0644";
/** The compound عبد + article written as one word (عبدالعزيز -> abdul + aziz), a closed class of one. */
const ABD_ARTICLE = "\u0639\u0628\u062f\u0627\u0644";
/** Least letters after the article for it to be read as one (default 3; shorter, الله, is spelled whole). */
const MIN_REST = 3;
/** Harakat, the dagger alef, tatweel and format characters (ZWNJ, direction marks): not letters, dropped before the word is read. */
const MARKS = /[\u064B-\u065F\u0670\u0640\u200B-\u200F\u202A-\u202E\uFEFF]/g;

/** Letters a spelling may start (or end) with after each initial alef form or final letter (ModelFile.initials, finals): {"إ": "ei"}. */
export type Initials = Readonly<Record<string, string>>;

/**
 * The Latin spelling of one Arabic word as written (hamzas kept), lower case: the article as "al-", the
 * compound عبدال as "abdul", the first letter among `initials` of its initial alef form; "" when it has
 * no Arabic letters.
 */
export function displayWord(speller: LatinSpeller, raw: string, initials: Initials = {}, finals: Initials = {}): string {
  const w = raw.replace(MARKS, "");
  const last = finals[w[w.length - 1] ?? ""] ?? "";
  if (w.startsWith(ABD_ARTICLE) && w.length - ABD_ARTICLE.length >= MIN_REST - 1) return `abdul${speller.word(w.slice(ABD_ARTICLE.length), "", last)}`;
  if (w.startsWith(ARTICLE) && w.length - ARTICLE.length >= MIN_REST) {
    // the rest's attested spelling (فيصل: faisal), else the whole word's with a written al or el taken off:
    // the model learned the article from pairs that mostly drop it (tuning part, these 48 words: the rest
    // spelled alone 0.104 exact / 0.417 one letter off, the whole word 0.146 / 0.375)
    const rest = speller.attestedSpelling(w.slice(ARTICLE.length)) ?? speller.word(w, "", last).replace(/^(al|el)/, "");
    return rest ? `al-${rest}` : "";
  }
  return speller.word(w, initials[w[0] ?? ""] ?? "", last);
}

/** A displayed word capitalized as English writes a name: Jubeir, al-Jubeir (Al-Jubeir when `first`). */
export function capitalizeLatin(word: string, first = true): string {
  const cap = (s: string) => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
  if (!/^al-/i.test(word)) return cap(word);
  return `${first ? "Al" : "al"}-${cap(word.slice(3))}`;
}

/**
 * A name's words as written (marks dropped, alef forms kept), split where plainWords splits the
 * normalized name; null when the two do not give as many words (then the normalized words serve).
 */
export function writtenWords(name: string, plain: readonly string[]): string[] | null {
  const words = name.replace(MARKS, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length === plain.length ? words : null;
}
