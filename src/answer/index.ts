import type { SearchIndex } from "../index";
import { ask, detectLanguage, type AskResult } from "./ask";
import { detectIntent } from "./intent";
import { askSaid } from "./said";

export { ask, detectLanguage, MIN_COVERAGE, type AskResult } from "./ask";
export { answerConversation, type Turn } from "./conversation";
export { detectIntent, type Intent } from "./intent";
export { toPassage, type Passage, type PassageQuote } from "./passages";
export { findSpeaker, speakerByName, statementsBy } from "./speakers";

/** The one entry point for a question, whatever its kind. */
export function answer(index: SearchIndex, question: string, topK = 3): AskResult {
  const intent = detectIntent(question);
  if (intent.kind === "said") return askSaid(index, question, intent.subject, detectLanguage(question), topK);
  return ask(index, question, topK);
}
