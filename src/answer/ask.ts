import type { SearchIndex } from "../index";
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
 * The relevance floor: a paragraph answers when it holds at least this share of the question's
 * idf mass (terms the corpus has never seen weigh the most, so a question about an unknown name fails).
 */
export const MIN_COVERAGE = 0.5;

export { detectLanguage };

/** Retrieval answer: the best paragraphs above the floor, with a short readable reply. */
export function ask(index: SearchIndex, question: string, topK = 3): AskResult {
  const language = detectLanguage(question);
  const query = queryFor(index, question, language);
  const hits = index.search(query, { limit: topK }).filter((h) => h.coverage >= MIN_COVERAGE);
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
