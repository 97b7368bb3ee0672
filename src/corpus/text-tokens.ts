import { normalizeArabic } from "../analysis";

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
    const plain = m[0].replace(/[\u064B-\u065F\u0670\u0640]/g, "");
    const article = /^(?:[\u0648\u0641\u0628\u0643]?\u0627\u0644|\u0644\u0644)/.test(plain);
    out.push({ raw: m[0], norm, bare, article, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

/** True when the text between two tokens breaks a phrase (comma, colon, quote mark, full stop). */
export function breaksPhrase(between: string): boolean {
  return /[،,:؛;.!?؟«»"“”‘’()\[\]\-–—]/.test(between);
}

/** Offsets where sentences end (. ! ? ؟ and line ends), ignoring those inside quoted spans. */
export function sentenceEnds(text: string, quoted: Array<[number, number]>): number[] {
  const ends: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!/[.!?؟\n]/.test(text[i]!)) continue;
    if (quoted.some(([s, e]) => i > s && i < e)) continue;
    if (text[i] === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    ends.push(i);
  }
  ends.push(text.length);
  return ends;
}
