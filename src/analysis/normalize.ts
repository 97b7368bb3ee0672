/**
 * Arabic (and Latin) normalization for matching, never for display.
 *
 * Steps, in order:
 * 1. NFKC: presentation forms and the lam-alef ligatures become plain letters.
 * 2. Remove harakat (U+064B..U+065F), the dagger alef (U+0670) and tatweel (U+0640).
 * 3. Fold hamza-carrying alefs (أ إ آ ٱ) to ا, alef maqsura ى to ي, taa marbuta ة to ه.
 * 4. Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9.
 * 5. Lower-case Latin.
 */
import { MARKS } from "./arabic";

const ALEFS = /[\u0623\u0625\u0622\u0671]/g;

export function normalizeArabic(text: string): string {
  return text
    .normalize("NFKC")
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
