/**
 * Keys for matching Arabic names and titles across spellings. For matching only, never for display.
 */
import { normalizeArabic } from "./normalize";

/** The word without ال (or لل, وال, بال, فال, كال), when two letters or more remain. */
export function bareNoun(norm: string): string {
  return norm.replace(/^(?:[وفبك]?ال|لل)(?=..)/, "");
}

/**
 * Spelling-insensitive key of a name: normalized, long vowels dropped between the first and the last
 * letter (ميخائيل = مخائيل، كوفالسكايا = كوفالسكا). The last letter stays, so a nisba is kept apart
 * from the name without it (العبادي is not العبيد, الجبوري is not الجبور).
 */
export function nameKey(name: string): string {
  const norm = normalizeArabic(name);
  // one word (every token of an article is keyed): no split and join
  return /\s/.test(norm) ? norm.split(/\s+/).map(wordKey).join(" ") : wordKey(norm);
}

/** nameKey of one normalized word; the replace only when an inner long vowel is there. */
function wordKey(w: string): string {
  if (w.length <= 2) return w;
  const inner = w.slice(1, -1);
  return w[0] + (LONG_VOWEL.test(inner) ? inner.replace(LONG_VOWELS, "") : inner) + w.at(-1);
}
const LONG_VOWEL = /[\u0627\u0648\u064A]/;
const LONG_VOWELS = /[\u0627\u0648\u064A]/g;

/** A title or role word folded for matching: no ال, no final ة, no inner long vowels (الأميركية = الأمريكي). */
export function foldTitleWord(word: string): string {
  const w = bareNoun(normalizeArabic(word)).replace(/\u0647$/, "");
  return w[0] + w.slice(1).replace(/[\u0627\u0648\u064A]/g, "");
}

/** A title or name folded word by word (see foldTitleWord): نائب وزير الخارجية الأميركية = نائب وزير الخارجيه الامريكي. */
export function foldTitle(text: string): string {
  return normalizeArabic(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean).map(foldTitleWord).join(" ");
}
