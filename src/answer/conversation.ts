import type { SearchIndex } from "../index";
import { ask } from "./ask";
import { readQuestion } from "./read";
import type { ResolvedSpeaker } from "./resolve";
import { answerSaid } from "./said";
import type { AskResult } from "./schemas";

/** One turn of a conversation, as the doors pass it in. */
export interface Turn {
  role: "user" | "assistant" | "system";
  text: string;
}

/** The speaker the conversation is about: the one the latest earlier question that named someone resolved. */
export function conversationSpeaker(index: SearchIndex, earlier: readonly string[]): ResolvedSpeaker | null {
  let speaker: ResolvedSpeaker | null = null;
  for (const text of earlier) {
    const reading = readQuestion(index, text);
    if (reading.speaker) speaker = reading.speaker;
  }
  return speaker;
}

/**
 * Answers a question in its conversation: `context` holds the earlier user questions, oldest first. A
 * "what did X say" question whose X is a pronoun or nothing ("and what did he say?", وماذا قال أيضا؟)
 * takes the conversation's speaker; the reply is always in the language of this question.
 */
export function answerInContext(index: SearchIndex, question: string, context: readonly string[] = [], topK = 3): AskResult {
  const reading = readQuestion(index, question);
  if (reading.intent.kind !== "said") return ask(index, question, topK);
  const speaker = reading.speaker ?? (reading.followUp ? conversationSpeaker(index, context) : null);
  return answerSaid(index, reading, speaker, topK);
}

/** Answers the last user turn of a chat, the earlier user turns as its context. */
export function answerConversation(index: SearchIndex, turns: readonly Turn[], topK = 3): AskResult {
  const users = turns.filter((t) => t.role === "user").map((t) => t.text);
  return answerInContext(index, users.at(-1) ?? "", users.slice(0, -1), topK);
}
