import { terms } from "../analysis";
import { splitParagraph, type Sentence } from "../corpus/sentences";
import { DEFAULT_SUMMARY, summarize, type SummaryTitle } from "../corpus/summary";
import type { SearchIndex } from "../index";
import { answeringParagraphs } from "./ask";
import { boundQuestion } from "./budget";
import { englishQuery } from "./english";
import { detectLanguage } from "./read";
import type { SummaryItem } from "./summaries";

/**
 * What an English question's sentence ranking measures similarity against (the Arabic question's own
 * text plays the title's part):
 * - `text`: the English text itself (before issue 16: its Latin words match no Arabic sentence, so the
 *   question added nothing to the ranking);
 * - `all`: every Arabic stem of every query term (all of a word's translations and sound matches);
 * - `present`: those stems that occur in the sentences being ranked (a word's translations the passages
 *   do not use would only lengthen the title vector);
 * - `first`: the first alternative of each term (the lexicon's first sense, or the nearest sound).
 * Default `present`, chosen on the XQuAD tune articles (`npm run eval -- --only question-summaries`).
 */
export type EnglishTitle = "text" | "all" | "present" | "first";
export const DEFAULT_ENGLISH_TITLE: EnglishTitle = "present";

/** Passages read for a question summary (the found / not-found decision keeps at most these). Default 8. */
export const QUESTION_SUMMARY_PASSAGES = 8;

export interface QuestionSummary {
  found: boolean;
  summary: SummaryItem[];
  articles: string[];
}

/**
 * What the corpus says on a question (Arabic or English, read as /v1/ask reads it): the passages
 * that answer it (the found / not-found decision of found.ts), their sentences ranked together
 * (relevance order standing in for position, the question standing in for the title), each naming
 * its article. An English question's similarity is measured against its Arabic stems (EnglishTitle),
 * so it is summarized as its Arabic twin is.
 */
export function summarizeQuestion(index: SearchIndex, asked: string, count: number, englishTitle: EnglishTitle = DEFAULT_ENGLISH_TITLE): QuestionSummary {
  const question = boundQuestion(asked);
  const hits = answeringParagraphs(index, question, QUESTION_SUMMARY_PASSAGES);
  const sentences: Array<Sentence & { doc: number }> = [];
  for (const hit of hits) {
    for (const text of splitParagraph(index.text(hit.doc))) {
      sentences.push({ text, paragraph: index.paragraphNumber(hit.doc), index: sentences.length, doc: hit.doc, quoted: quotedIn(index, hit.doc, text) });
    }
  }
  const title = questionTitle(index, question, sentences, englishTitle);
  const chosen = summarize(sentences, count, DEFAULT_SUMMARY, title) as Array<Sentence & { doc: number }>;
  const summary = chosen.map((s) => ({ text: s.text, article_id: index.articleOf(s.doc).id, paragraph: s.paragraph }));
  return { found: summary.length > 0, summary, articles: [...new Set(summary.map((s) => s.article_id))] };
}

/** The question as the title of its summary: Arabic as written; English as its query terms' Arabic stems (EnglishTitle). */
export function questionTitle(index: SearchIndex, question: string, sentences: readonly Sentence[], how: EnglishTitle = DEFAULT_ENGLISH_TITLE): SummaryTitle {
  if (detectLanguage(question) === "ar" || how === "text") return question;
  const groups = englishQuery(index, question).terms.map((t) => t.alternatives);
  if (how === "first") return groups.flatMap((g) => g.slice(0, 1));
  const stems = [...new Set(groups.flat())];
  if (how === "all") return stems;
  const used = new Set(sentences.flatMap((s) => terms(s.text)));
  return stems.filter((s) => used.has(s));
}

function quotedIn(index: SearchIndex, doc: number, sentence: string): boolean {
  return index.data.extras.statements(doc).some((s) => s.kind === "direct" && s.speaker !== null && sentence.includes(s.text.slice(0, 20)));
}
