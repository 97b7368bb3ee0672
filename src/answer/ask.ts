import type { Hit, SearchIndex } from "../index";
import { answeringHits, FOUND_DEPTH } from "./found";
import { toPassage, type Passage } from "./passages";
import { detectLanguage, queryFor } from "./read";

export interface AskResult {
  question: string;
  language: "ar" | "en";
  found: boolean;
  answer: string;
  passages: Passage[];
}

/**
 * The old relevance floor (a paragraph answered when it held this share of the question's idf mass),
 * kept for callers that still read it; /v1/ask now decides with found.ts, fit on data.
 */
export const MIN_COVERAGE = 0.5;

export { detectLanguage };

/** The paragraphs that answer a question (Arabic or English), best first: found.ts decides, on FOUND_DEPTH hits (its gap and clarity features). */
export function answeringParagraphs(index: SearchIndex, question: string, topK = 3): Hit[] {
  return answeringHits(index.search(queryFor(index, question), { limit: Math.max(topK + 1, FOUND_DEPTH), signals: true })).slice(0, topK);
}

/** Retrieval answer: the paragraphs the found / not-found decision keeps, with a short readable reply. */
export function ask(index: SearchIndex, question: string, topK = 3): AskResult {
  const language = detectLanguage(question);
  const hits = answeringParagraphs(index, question, topK);
  const passages = hits.map((h) => toPassage(index, h.doc, h.score));
  return { question, language, found: passages.length > 0, answer: plainAnswer(index, passages, language), passages };
}

/** The best passage as a reply: its text and where it stands, then the quotes it holds with their speakers. */
function plainAnswer(index: SearchIndex, passages: Passage[], language: "ar" | "en"): string {
  const best = passages[0];
  if (!best) {
    return language === "en"
      ? "The corpus has no passage that answers this question."
      : "لا يوجد في المدونة ما يجيب عن هذا السؤال.";
  }
  const title = index.article(best.article_id)?.title;
  const where = language === "en"
    ? `(article ${best.article_id}${title ? `, «${title}»` : ""}, paragraph ${best.paragraph})`
    : `(المقال ${best.article_id}${title ? ` «${title}»` : ""}، الفقرة ${best.paragraph})`;
  const quotes = best.quotes
    .filter((q) => q.kind === "direct" && q.speaker)
    .map((q) => `«${q.text}» — ${q.speaker}${q.speaker_title ? `، ${q.speaker_title}` : ""}`);
  return [`${best.text} ${where}`, ...quotes].join("\n");
}
