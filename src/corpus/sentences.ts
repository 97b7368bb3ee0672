import { quoteSpans } from "./quotes";

/** A sentence of an article: its text, the 1-based paragraph it stands in, and its order in the text. */
export interface Sentence {
  text: string;
  paragraph: number;
  /** 0-based position among the body's sentences. */
  index: number;
  /** True when the sentence holds a direct quote (set by the caller that knows the speakers). */
  quoted?: boolean;
}

/** Abbreviations that end in a full stop without ending a sentence: د. م. أ. ص. ق.م … */
const ABBREVIATION = /(?:^|[\s(])(?:[\u0621-\u064A]|[A-Za-z]|ق\.م|ص\.ب|الخ)$/u;

/**
 * A heading, not a sentence of the body: a short line (eight words at most) with no full stop at its
 * end, or a short question standing alone (نحو وحدة جديدة ؟), when more text follows it.
 */
export function isHeading(paragraph: string, isLast: boolean): boolean {
  const t = paragraph.trim();
  if (isLast || t.split(/\s+/).length > 8) return false;
  return !/[.!…"»”]$/.test(t);
}

/** Splits one paragraph into sentences: . ! ? ؟ … end them, except inside quotes, numbers and abbreviations. */
export function splitParagraph(text: string): string[] {
  const spans = quoteSpans(text);
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!/[.!?؟…\n]/.test(c)) continue;
    if (spans.some(([s, e]) => i >= s && i < e)) continue;
    if (c === "." && /\d/.test(text[i - 1] ?? "") && /\d/.test(text[i + 1] ?? "")) continue;
    if (c === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 4), i))) continue;
    let end = i + 1;
    while (end < text.length && /[.!?؟…"»”’)\]]/.test(text[end]!)) end++;
    const piece = text.slice(start, end).trim();
    if (/[\p{L}\p{N}]/u.test(piece)) out.push(piece);
    start = end;
    i = end - 1;
  }
  const rest = text.slice(start).trim();
  if (/[\p{L}\p{N}]/u.test(rest)) out.push(rest);
  return out;
}

/** The body's sentences, headings left out, numbered in reading order. */
export function splitSentences(paragraphs: string[]): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    if (isHeading(p, i === paragraphs.length - 1) && paragraphs.length > 1) return;
    for (const text of splitParagraph(p)) out.push({ text, paragraph: i + 1, index: out.length });
  });
  return out;
}
