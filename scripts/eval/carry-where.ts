/**
 * Where an article names a carried statement's labelled speaker before the statement, by its last word
 * (normalized, without ال): in the statement's own sentence, an earlier sentence of its paragraph, the
 * paragraph before, two back, further back, or nowhere before it. carry-misses.ts prints it for the
 * statements whose speaker is no candidate ("none", "absent"), to tell a subject the parser never reads
 * from a speaker named outside the antecedent window or never named at all (a group, «البعض»).
 */
import { normalizeArabic } from "../../src/analysis";

/** The places, nearest first. */
export type NamedWhere = "same sentence" | "earlier sentence" | "paragraph before" | "two back" | "further back" | "nowhere";

/** A sentence end inside a paragraph (the same marks sentenceEnds reads, quotes left in). */
const SENTENCE_END = /[.!?؟]/g;

/** Where the paragraphs before offset `start` of paragraph p first name `speaker`'s last word, nearest first. */
export function whereNamed(paragraphs: string[], p: number, start: number, speaker: string): NamedWhere {
  const family = normalizeArabic(speaker).split(/\s+/).at(-1)!.replace(/^ال/, "");
  const here = normalizeArabic(paragraphs[p]!.slice(0, start));
  const at = here.lastIndexOf(family);
  if (at >= 0) {
    const ends = [...here.matchAll(SENTENCE_END)].map((m) => m.index!);
    return ends.some((e) => e > at) ? "earlier sentence" : "same sentence";
  }
  const names = (q: number) => q >= 0 && normalizeArabic(paragraphs[q]!).includes(family);
  if (names(p - 1)) return "paragraph before";
  if (names(p - 2)) return "two back";
  for (let q = p - 3; q >= 0; q--) if (names(q)) return "further back";
  return "nowhere";
}
