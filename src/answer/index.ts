import type { SearchIndex } from "../index";
import { ask, type AskResult } from "./ask";

export { ask, detectLanguage, MIN_COVERAGE, type AskResult } from "./ask";
export { toPassage, type Passage, type PassageQuote } from "./passages";

/** The one entry point for a question, whatever its kind. */
export function answer(index: SearchIndex, question: string, topK = 3): AskResult {
  return ask(index, question, topK);
}
