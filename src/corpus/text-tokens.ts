import { ARTICLE_START, normalizeArabic, stripMarks } from "../analysis";
import { isAbbreviation } from "./sentence-ends";

/** A word of the original text with its offsets and its normalized form. */
export interface TextToken {
  raw: string;
  norm: string;
  /** norm without a leading conjunction و or ف when what remains is 3+ letters. */
  bare: string;
  /** Written with the definite article (ال، لل، وال، بال): a title or a body, rarely a first name (ألكسندر has أ). */
  article: boolean;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}\u0640]+|\p{N}+/gu;

export function textTokens(text: string): TextToken[] {
  const out: TextToken[] = [];
  for (const m of text.matchAll(WORD)) {
    const norm = normalizeArabic(m[0]);
    const bare = /^[\u0648\u0641]/.test(norm) && norm.length >= 4 ? norm.slice(1) : norm;
    const article = ARTICLE_START.test(stripMarks(m[0]));
    let end = m.index! + m[0].length;
    // an abbreviation's full stop (د. م.) belongs to its word, as the sentence splitter reads it
    if (text[end] === "." && isAbbreviation(text, end)) end++;
    out.push({ raw: text.slice(m.index!, end), norm, bare, article, start: m.index!, end });
  }
  return out;
}

/** True when the text between two tokens breaks a phrase (comma, colon, quote mark, full stop). */
export function breaksPhrase(between: string): boolean {
  return /[،,:؛;.!?؟«»"“”‘’()\[\]\-–—]/.test(between);
}

/** The one sentence splitter, where statement extraction reads it from. */
export { sentenceEnds } from "./sentence-ends";
