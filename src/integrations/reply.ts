import type { AskResult } from "../answer";

export { answerConversation, type Turn } from "../answer";

/** The answer as chat text: the reply, then its sources (article and paragraph) so a chat UI can show them. */
export function replyText(result: AskResult): string {
  if (!result.found) return result.answer;
  const sources = result.passages.map((p, i) => `[${i + 1}] ${p.article_id} §${p.paragraph}`);
  const label = result.language === "en" ? "Sources" : "المصادر";
  return `${result.answer}\n\n${label}: ${sources.join(" · ")}`;
}
