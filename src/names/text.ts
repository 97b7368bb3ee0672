import { normalizeArabic } from "../analysis";

/** Latin letters with no plain a-z form in NFD (ø, ł, ß ...), spelled as English writes them. */
const LATIN_EXTRA: Record<string, string> = { ø: "o", ł: "l", ß: "ss", æ: "ae", œ: "oe", đ: "d", ð: "d", ı: "i", þ: "th" };

/** A Latin word as the model reads it: lower case, accents dropped, a-z only (O'Neil -> oneil). */
export function latinLetters(word: string): string {
  return word
    .toLowerCase()
    .replace(/[øłßæœđðıþ]/g, (c) => LATIN_EXTRA[c]!)
    .normalize("NFD")
    .replace(/[^a-z]/g, "");
}

/** An Arabic word as the model reads it: normalizeArabic, Persian ی ک as ي ك, Arabic letters only. */
export function arabicLetters(word: string): string {
  return normalizeArabic(word.replace(/\u06CC/g, "\u064A").replace(/\u06A9/g, "\u0643")).replace(/[^\u0621-\u064A]/g, "");
}
