/**
 * Keys for matching Arabic names and titles across spellings. For matching only, never for display.
 */
import { normalizeArabic } from "./normalize";

/** The word without ال (or لل, وال, بال, فال, كال), when two letters or more remain. */
export function bareNoun(norm: string): string {
  // most words open with none of و ف ب ك ا ل: no regular expression run, no string made (a hot path of attribution)
  if (!ARTICLE_LEAD.has(norm.charCodeAt(0))) return norm;
  return norm.replace(/^(?:[وفبك]?ال|لل)(?=..)/, "");
}
/**
 * A title's office word: its first word normalized, without ال and a final ة (وزارة of «الوزارة» and
 * «وزارة الداخلية», الأميركي of «الأميركية»; not وزير, which folding merges with وزارة).
 */
export function officeHead(title: string): string {
  return bareNoun(normalizeArabic(title.trim().split(/\s+/)[0] ?? "")).replace(/[هة]$/, "");
}
/** The first letters of an article prefix (و ف ب ك ا ل). */
const ARTICLE_LEAD = new Set([0x0648, 0x0641, 0x0628, 0x0643, 0x0627, 0x0644]);

/**
 * Spelling-insensitive key of a name: normalized, long vowels dropped between the first and the last
 * letter (ميخائيل = مخائيل، كوفالسكايا = كوفالسكا). The last letter stays, so a nisba is kept apart
 * from the name without it (العبادي is not العبيد, الجبوري is not الجبور).
 */
export function nameKey(name: string): string {
  // attribution keys one name 3-4 times per event (interning, family name, article counts): a memo
  const hit = keys.get(name);
  if (hit !== undefined) return hit;
  const norm = normalizeArabic(name);
  // one word (every token of an article is keyed): no split and join
  const key = /\s/.test(norm) ? norm.split(/\s+/).map(wordKey).join(" ") : wordKey(norm);
  if (keys.size >= NAME_KEY_CACHE) keys.clear();
  keys.set(name, key);
  return key;
}

/**
 * A name key with the compound «عبد X» written as one word, as it is as often as not (عبد الرحمن /
 * عبدالرحمن، عبد ربه / عبدربه): the key of the joined spelling. Keys of one person's two spellings of a
 * compound agree under it; used to merge speakers, never to split a name.
 */
export function compoundKey(key: string): string {
  if (!key.includes("عبد ")) return key;
  return key.split(" ").reduce<string[]>((out, w) => {
    const prev = out.at(-1);
    if (prev !== undefined && (prev === "عبد" || /^[وف]عبد$/.test(prev))) out[out.length - 1] = wordKey(prev + w);
    else out.push(w);
    return out;
  }, []).join(" ");
}

/** Names keyed lately: up to NAME_KEY_CACHE entries (default 4096), then cleared, as normalizeArabic's memo. */
const keys = new Map<string, string>();
const NAME_KEY_CACHE = 4096;

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
