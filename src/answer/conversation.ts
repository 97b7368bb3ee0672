import type { SearchIndex } from "../index";
import { ask } from "./ask";
import { readQuestion, type Reading } from "./read";
import type { ResolvedSpeaker } from "./resolve";
import { answerSaid } from "./said";
import type { AskResult } from "./schemas";

/** One turn of a conversation, as the doors pass it in. */
export interface Turn {
  role: "user" | "assistant" | "system";
  text: string;
}

/**
 * The latest earlier "what did X say" question that named someone (X not only a pronoun), read; null when
 * none did. X may be someone the corpus never quotes: a follow-up is then about X, not about whoever an
 * older question named ("what did Obama say?", "what did Macron say?", "and what did he say?" is Macron).
 */
export function latestNamed(index: SearchIndex, earlier: readonly string[]): Reading | null {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const reading = readQuestion(index, earlier[i]!);
    if (reading.speaker || (reading.intent.kind === "said" && reading.intent.subject && !reading.followUp)) return reading;
  }
  return null;
}

/** The speaker the conversation is about: the one the latest earlier question that named someone resolved (null when it resolved no one). */
export function conversationSpeaker(index: SearchIndex, earlier: readonly string[]): ResolvedSpeaker | null {
  return latestNamed(index, earlier)?.speaker ?? null;
}

/**
 * Answers a question in its conversation: `context` holds the earlier user questions, oldest first. A
 * "what did X say" question whose X is a pronoun or nothing ("and what did he say?", وماذا قال أيضا؟)
 * takes the conversation's speaker; the reply is always in the language of this question.
 */
export function answerInContext(index: SearchIndex, question: string, context: readonly string[] = [], topK = 3): AskResult {
  const { reading, speaker, named } = readInContext(index, question, context);
  if (reading.intent.kind !== "said") return ask(index, question, topK);
  return answerSaid(index, reading, speaker, topK, named);
}

/**
 * A question read in its conversation, as answerInContext answers it: for a "what did X say", the
 * speaker whose statements answer it (X, or for a follow-up whose X is a pronoun or nothing, the
 * speaker of the conversation's latest question that named someone: `named`), null when nobody (the
 * answer then searches for mentions of X). A follow-up of someone the corpus does not quote is answered
 * as that question was: no statement by them.
 */
export function readInContext(index: SearchIndex, question: string, context: readonly string[] = []): { reading: Reading; speaker: ResolvedSpeaker | null; named: Reading | null } {
  const reading = readQuestion(index, question);
  if (reading.intent.kind !== "said" || reading.speaker || !reading.followUp) return { reading, speaker: reading.speaker, named: null };
  const named = latestNamed(index, context);
  return { reading, speaker: named?.speaker ?? null, named };
}

/** Answers the last user turn of a chat, the earlier user turns as its context. */
export function answerConversation(index: SearchIndex, turns: readonly Turn[], topK = 3): AskResult {
  const users = turns.filter((t) => t.role === "user").map((t) => t.text);
  return answerInContext(index, users.at(-1) ?? "", users.slice(0, -1), topK);
}
