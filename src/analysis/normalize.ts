/**
 * Arabic (and Latin) normalization for matching, never for display.
 *
 * Steps, in order:
 * 0. Remove Unicode format characters that do not change a word: zero-width space, ZWNJ, ZWJ, LRM, RLM
 *    (U+200B..U+200F), the bidi embeddings and overrides (U+202A..U+202E), isolates (U+2066..U+2069),
 *    the Arabic letter mark (U+061C), the soft hyphen (U+00AD) and the BOM / zero-width no-break space (U+FEFF).
 * 1. NFKC (skipped when the text holds only characters NFKC leaves as they are): presentation forms and the lam-alef ligatures become plain letters.
 * 2. Remove harakat (U+064B..U+065F), the dagger alef (U+0670) and tatweel (U+0640).
 * 3. Fold hamza-carrying alefs (أ إ آ ٱ) to ا, alef maqsura ى to ي, taa marbuta ة to ه.
 * 4. Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9.
 * 5. Lower-case Latin.
 */
import { MARKS } from "./arabic";

const ALEFS = /[\u0623\u0625\u0622\u0671]/g;
/** Unicode format characters folded away (step 0). */
export const FORMAT_CHARS = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
/**
 * Text NFKC leaves unchanged: ASCII, and the Arabic letters, harakat, tatweel and digits (U+0621..U+0652 and
 * U+0660..U+0669); hamza and madda above and below (U+0653..U+0655) are left out, since NFKC composes them
 * with the letter before (و + ٔ = ؤ).
 */
const NFKC_STABLE = /^[\u0020-\u007E\u0621-\u0652\u0660-\u0669]*$/;

/** Words normalized lately (a word recurs across a text): up to NORMALIZED_CACHE entries, then cleared. */
const normalized = new Map<string, string>();
const NORMALIZED_CACHE = 4096;

export function normalizeArabic(text: string): string {
  if (text.length > 24) return normalizeUncached(text);
  const hit = normalized.get(text);
  if (hit !== undefined) return hit;
  if (normalized.size >= NORMALIZED_CACHE) normalized.clear();
  const out = normalizeUncached(text);
  normalized.set(text, out);
  return out;
}

function normalizeUncached(text: string): string {
  const plain = text.replace(FORMAT_CHARS, "");
  return (NFKC_STABLE.test(plain) ? plain : plain.normalize("NFKC"))
    .replace(MARKS, "")
    .replace(ALEFS, "\u0627")
    .replace(/\u0649/g, "\u064A")
    .replace(/\u0629/g, "\u0647")
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06F0-\u06F9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
    .toLowerCase();
}

/** True when the string holds at least one Arabic letter. */
export function hasArabic(text: string): boolean {
  return /[\u0621-\u064A\u0671-\u06D3]/.test(text);
}

/** True when the string holds Latin letters and no Arabic letter. */
export function isLatin(text: string): boolean {
  return /[a-z]/i.test(text) && !hasArabic(text);
}
