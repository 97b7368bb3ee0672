import { normalizeArabic } from "./normalize";

/** A token of normalized text with its position among the tokens of the text. */
export interface Token {
  /** Normalized surface form. */
  text: string;
  /** 0-based position in the token stream. */
  position: number;
}

/**
 * Letters (Arabic or Latin) and digits, where a number may keep its decimal part (3.5, 3,5).
 * Everything else (Arabic and Latin punctuation: ، ؛ ؟ « » " “ ” ‘ ’ / % …) separates tokens.
 */
const WORD = /[\p{L}\p{M}]+|\p{N}+(?:[.,٫]\p{N}+)*/gu;

/** Normalize, then split into tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const normalized = normalizeArabic(text);
  let position = 0;
  for (const match of normalized.matchAll(WORD)) {
    out.push({ text: match[0], position: position++ });
  }
  return out;
}
