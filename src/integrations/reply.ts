import type { AskResult } from "../answer";
import { answer, detectIntent, findSpeaker } from "../answer";
import type { SearchIndex } from "../index";

/** One chat turn, as the integrations see it. */
export interface Turn {
  role: "user" | "assistant" | "system";
  text: string;
}

/**
 * Answers the last user turn. A follow-up that names no one ("and what did he say about the meeting?",
 * وماذا قال عن الاجتماع؟) takes its speaker from the latest earlier user turn that named one.
 */
export function answerConversation(index: SearchIndex, turns: Turn[], topK = 3): AskResult {
  const users = turns.filter((t) => t.role === "user");
  const last = users.at(-1)?.text ?? "";
  const result = answer(index, last, topK);
  const intent = detectIntent(last);
  const namesSomeone = intent.kind === "said" && findSpeaker(index, intent.subject);
  const followUp = intent.kind === "said" ? !namesSomeone : /\b(he|she|him|her|they)\b|\u0647\u0648|\u0647\u064A/i.test(last);
  if (!followUp || (result.found && intent.kind !== "said")) return result;
  for (const earlier of users.slice(0, -1).reverse()) {
    const hit = findSpeaker(index, earlier.text);
    if (!hit) continue;
    const name = index.data.extras.speakers[hit.speaker]!.name;
    const topic = intent.kind === "said" ? intent.subject : "";
    const retried = answer(index, `ماذا قال ${name} ${topic}`.trim(), topK);
    return { ...retried, question: last, language: result.language };
  }
  return result;
}

/** The answer as chat text: the reply, then its sources (article and paragraph) so a chat UI can show them. */
export function replyText(result: AskResult): string {
  if (!result.found) return result.answer;
  const sources = result.passages.map((p, i) => `[${i + 1}] ${p.article_id} §${p.paragraph}`);
  const label = result.language === "en" ? "Sources" : "المصادر";
  return `${result.answer}\n\n${label}: ${sources.join(" · ")}`;
}
