import { MAX_QUESTION_CHARS, type AskResult } from "../answer";

/** The answer as chat text: the reply, then its sources (article and paragraph) so a chat UI can show them. */
export function replyText(result: AskResult): string {
  if (!result.found) return result.answer;
  const sources = result.passages.map((p, i) => `[${i + 1}] ${p.article_id} §${p.paragraph}`);
  const label = result.language === "en" ? "Sources" : "المصادر";
  return `${result.answer}\n\n${label}: ${sources.join(" · ")}`;
}

/** A question as a chat door passes it to the engine: trimmed and cut at the engine's limit. */
export function chatQuestion(text: string, max = MAX_QUESTION_CHARS): string {
  return text.trim().slice(0, max);
}
