import { ARTICLE_START, FORMAT_CHARS, normalizeArabic, stripMarks } from "../analysis";
import { isAbbreviation } from "./sentence-ends";

/** A word of the original text with its offsets and its normalized form. */
export interface TextToken {
  /** The word as written, Unicode format characters (ZWJ, ZWNJ, bidi marks) left out: names are built from it. */
  raw: string;
  norm: string;
  /** norm without a leading conjunction و or ف when what remains is 3+ letters. */
  bare: string;
  /** Written with the definite article (ال، لل، وال، بال): a title or a body, rarely a first name (ألكسندر has أ). */
  article: boolean;
  start: number;
  end: number;
  /**
   * A particle-spelled word the article uses as a name's first word (بان كي مون): no particle; the number of
   * words of the name it opens, itself included (particle-names.ts).
   */
  particleName?: number;
}

/**
 * A word: letters, marks and tatweel, starting with a letter; the Unicode format characters that
 * normalizeArabic folds away (FORMAT_CHARS: ZWJ, ZWNJ, LRM, RLM, bidi controls, BOM) may stand inside it
 * without splitting it (بيس\u200dكوف is one word). Or a run of digits.
 */
export const WORD = new RegExp(`[\\p{L}\\p{M}\\u0640](?:[\\p{L}\\p{M}\\u0640]|${FORMAT_CHARS.source})*|\\p{N}+`, "gu");

/** A leading conjunction و or ف (hoisted: a regular expression literal in the loop would be a new object per word). */
const CONJUNCTION = /^[\u0648\u0641]/;

/** The words of a text with their offsets, as attribution reads them. */
export function textTokens(text: string): TextToken[] {
  const out: TextToken[] = [];
  const word = new RegExp(WORD.source, WORD.flags);
  for (let m = word.exec(text); m; m = word.exec(text)) {
    const written = m[0];
    const cleaned = written.replace(FORMAT_CHARS, "");
    const norm = normalizeArabic(cleaned);
    const bare = CONJUNCTION.test(norm) && norm.length >= 4 ? norm.slice(1) : norm;
    const article = ARTICLE_START.test(stripMarks(cleaned));
    const start = m.index;
    let end = start + written.length;
    // an abbreviation's full stop (د. م.) belongs to its word, as the sentence splitter reads it
    if (text[end] === "." && isAbbreviation(text, end)) end++;
    // the word as written is its raw form unless the stop was added (no second copy of it)
    out.push({ raw: end === start + written.length ? cleaned : text.slice(start, end).replace(FORMAT_CHARS, ""), norm, bare, article, start, end });
  }
  return out;
}

/** True when the text between two tokens breaks a phrase (comma, colon, quote mark, full stop). */
export function breaksPhrase(between: string): boolean {
  return /[،,:؛;.!?؟«»"“”‘’()\[\]\-–—]/.test(between);
}

/** The one sentence splitter, where statement extraction reads it from. */
export { sentenceEnds } from "./sentence-ends";
