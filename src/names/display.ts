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
/**
 * The divine name in a theophoric compound (a closed class: عبد الله، نصر الله، جار الله، فتح الله، عوض الله, and the
 * same written as one word, نصرالله): English writes the pair as one word ending in "allah" (Nasrallah,
 * Jarallah), "Abdullah" after عبد. The speller alone reads the final ه as silent (alla).
 */
const ALLAH = "\u0627\u0644\u0644\u0647";
/** عبد, whose compound with the divine name English writes Abdullah. */
const ABD = "\u0639\u0628\u062f";
/** بن (son of): English writes "bin" (Abdullah bin Zayed, Bin Laden); ابن, written with its alef, stays as spelled (Ibn). */
const BIN = "\u0628\u0646";

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
  // نصرالله, جارالله: the word before the divine name spelled alone, then the name (ALLAH)
  if (w.endsWith(ALLAH) && w.length - ALLAH.length >= 2) return withAllah(displayWord(speller, w.slice(0, -ALLAH.length), initials, finals), w.slice(0, -ALLAH.length));
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

/** A displayed word joined to the divine name after it: abd -> abdullah, nasr -> nasrallah, ata -> atallah. */
function withAllah(before: string, arabic: string): string {
  if (arabic === ABD) return "abdullah";
  if (!before) return "allah";
  return before.endsWith("a") ? `${before}llah` : `${before}allah`;
}

/**
 * A name's displayed words with its compounds as English writes them (closed classes): the divine name
 * joined to the word before it (ALLAH: عبد الله -> abdullah, نصر الله -> nasrallah) and بن
 * as "bin" (BIN); `arabic` the name's words (normalized or as written), `latin` their displayed words, one
 * each. `keep(k)`: whether word k stays as given (the question's own spelling; default none): such a
 * word is neither changed nor joined. Lengths differing: `latin` as it is.
 */
export function compoundWords(arabic: readonly string[], latin: readonly string[], keep: (k: number) => boolean = () => false): string[] {
  if (arabic.length !== latin.length) return [...latin];
  const bare = arabic.map((w) => w.replace(MARKS, ""));
  const out: string[] = [];
  for (let k = 0; k < latin.length; k++) {
    const joins = k > 0 && bare[k] === ALLAH && out.length > 0 && latin[k - 1] && !keep(k) && !keep(k - 1);
    if (joins) out[out.length - 1] = withAllah(latin[k - 1]!, bare[k - 1]!);
    else out.push(bare[k] === BIN && !keep(k) ? "bin" : latin[k]!);
  }
  return out;
}

/** A displayed word capitalized as English writes a name: Jubeir, al-Jubeir (Al-Jubeir when `first`). */
export function capitalizeLatin(word: string, first = true): string {
  // the particle inside a name stays lower case (Abdullah bin Zayed)
  if (word === "bin" && !first) return word;
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
