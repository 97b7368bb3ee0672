import type { SearchIndex } from "../index";
import type { AskResult } from "./ask";
import { answer } from "./index";
import { detectIntent } from "./intent";
import { findSpeaker } from "./speakers";

/** One chat turn, as the integrations see it. */
export interface Turn {
  role: "user" | "assistant" | "system";
  text: string;
}

/**
 * Words that open a follow-up's subject where a name would stand (closed class: personal pronouns,
 * "also" adverbs, and the prepositions that bring in a topic), Arabic as detectIntent normalizes it.
 */
const FOLLOW_UP_WORDS = new Set([
  "هو", "هي", "هم", "هما", "عنه", "عنها", "عنهم", "ايضا", "كذلك", "عن", "حول", "بشان", "في", "بعد",
  "he", "she", "they", "him", "her", "them", "it", "also", "else", "about", "on",
]);

/**
 * Answers the last user turn. A follow-up that names no one ("and what did he say about the meeting?",
 * وماذا قال عن الاجتماع؟) takes its speaker from the latest earlier user turn that named one; a question
 * that resolves its own speaker, or names one the corpus does not know, is answered on its own.
 */
export function answerConversation(index: SearchIndex, turns: Turn[], topK = 3): AskResult {
  const users = turns.filter((t) => t.role === "user");
  const last = users.at(-1)?.text ?? "";
  const result = answer(index, last, topK);
  const intent = detectIntent(last);
  // a said-question names someone unless it resolved no one and its subject opens with a follow-up word
  const namesSomeone = intent.kind === "said" && (result.found || !FOLLOW_UP_WORDS.has(intent.subject.split(" ")[0]!.toLowerCase()));
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
