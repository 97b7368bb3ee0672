import { isLatin } from "../analysis";
import type { SearchIndex } from "../index";
import { toPassage, type Passage } from "./passages";

export interface AskResult {
  question: string;
  language: "ar" | "en";
  found: boolean;
  answer: string;
  passages: Passage[];
}

/**
 * The relevance floor: a paragraph answers when it holds at least this share of the question's
 * idf mass (terms the corpus has never seen weigh the most, so a question about an unknown name fails).
 */
export const MIN_COVERAGE = 0.5;

export function detectLanguage(question: string): "ar" | "en" {
  return isLatin(question) ? "en" : "ar";
}

/** Retrieval answer: the best paragraphs above the floor, with a short readable reply. */
export function ask(index: SearchIndex, question: string, topK = 3): AskResult {
  const language = detectLanguage(question);
  const hits = index.search(question, { limit: topK }).filter((h) => h.coverage >= MIN_COVERAGE);
  const passages = hits.map((h) => toPassage(index, h.doc, h.score));
  return { question, language, found: passages.length > 0, answer: plainAnswer(index, passages, language), passages };
}

function plainAnswer(index: SearchIndex, passages: Passage[], language: "ar" | "en"): string {
  const best = passages[0];
  if (!best) {
    return language === "en"
      ? "The corpus has no passage that answers this question."
      : "لا يوجد في المدونة ما يجيب عن هذا السؤال.";
  }
  const title = index.articles.find((a) => a.id === best.article_id)?.title;
  const where = language === "en"
    ? `(article ${best.article_id}${title ? `, «${title}»` : ""}, paragraph ${best.paragraph})`
    : `(المقال ${best.article_id}${title ? ` «${title}»` : ""}، الفقرة ${best.paragraph})`;
  const quote = best.quotes.find((q) => q.kind === "direct");
  if (quote) {
    const who = quote.speaker ? `${quote.speaker}${quote.speaker_title ? `، ${quote.speaker_title}` : ""}: ` : "";
    return `${who}«${quote.text}» ${where}\n${best.text}`;
  }
  return `${best.text} ${where}`;
}
