import { quoteSpans } from "./quotes";
import { sentenceEnds, sentenceStop } from "./sentence-ends";

/** A sentence of an article: its text, the 1-based paragraph it stands in, and its order in the text. */
export interface Sentence {
  text: string;
  paragraph: number;
  /** 0-based position among the body's sentences. */
  index: number;
  /** True when the sentence holds a direct quote (set by the caller that knows the speakers). */
  quoted?: boolean;
}

/**
 * A heading, not a sentence of the body: a short line (eight words at most) with no full stop at its
 * end, or a short question standing alone (نحو وحدة جديدة ؟), when more text follows it.
 */
export function isHeading(paragraph: string, isLast: boolean): boolean {
  const t = paragraph.trim();
  if (isLast || t.split(/\s+/).length > 8) return false;
  return !/[.!…"»”]$/.test(t);
}

/** Splits one paragraph into sentences where sentenceEnds puts their ends (the splitter statements use too). */
export function splitParagraph(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const end of sentenceEnds(text, quoteSpans(text))) {
    const stop = sentenceStop(text, end);
    const piece = text.slice(start, stop).trim();
    if (/[\p{L}\p{N}]/u.test(piece)) out.push(piece);
    start = stop;
  }
  return out;
}

/**
 * The body's sentences, headings left out, numbered in reading order. `split` splits one paragraph
 * (default splitParagraph; a caller that has split the paragraphs already passes its memo of them).
 */
export function splitSentences(paragraphs: string[], split: (paragraph: string) => string[] = splitParagraph): Sentence[] {
  const out: Sentence[] = [];
  paragraphs.forEach((p, i) => {
    if (isHeading(p, i === paragraphs.length - 1) && paragraphs.length > 1) return;
    for (const text of split(p)) out.push({ text, paragraph: i + 1, index: out.length });
  });
  return out;
}

/** An article's sentences, each marked when it holds a direct quote with a named speaker (quotedParagraphs: 1-based paragraph -> quote texts). */
export function articleSentences(paragraphs: string[], quotedParagraphs: Map<number, string[]>, split: (paragraph: string) => string[] = splitParagraph): Sentence[] {
  return splitSentences(paragraphs, split).map((s) => ({
    ...s,
    quoted: (quotedParagraphs.get(s.paragraph) ?? []).some((q) => s.text.includes(q.slice(0, 20))),
  }));
}
