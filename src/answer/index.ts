/**
 * The answer engine: the one place that decides what a question means. Doors (src/http,
 * src/integrations) use only what this module exports.
 *
 *   loadEngine(bytes) / new Engine(searchIndex)   the engine over an index
 *   engine.read(question)        language, intent, named speaker, follow-up, query terms
 *   engine.search(query, limit)  BM25 ranking (English read as /v1/ask reads it)
 *   engine.speaker(query)        a speaker by id, name or title, Arabic or Latin script
 *   engine.quotes(query)         that speaker and their statements
 *   engine.ask(question, {topK, context, summary})   the answer, following a conversation
 *   engine.summarize({text} | {article_id} | {question}, sentences)
 *   engine.articles() / article(id) / articleSummary(id, n) / speakers() / stats()
 *
 * The result shapes are zod schemas (schemas.ts): REST names them for OpenAPI, MCP uses them as
 * output schemas.
 */
import type { SearchIndex } from "../index";
import type { AskResult } from "./schemas";
import { answerInContext } from "./conversation";

export { Engine, EngineError, loadEngine, type AskOptions, type SummarizeInput } from "./engine";
export { StoreEngine, storeEngine } from "./store-engine";
export * from "./schemas";
export { MAX_SUMMARY_TEXT } from "./summaries";
export { MAX_CONTEXT_TURNS, MAX_QUESTION_CHARS } from "./limits";
export { IndexFormatError } from "../index/serialize";
export type { Reading } from "./read";
export type { Turn } from "./conversation";
export type { Intent } from "./intent";

// lower-level functions, for scripts and tests
export { ask, answeringParagraphs, MIN_COVERAGE } from "./ask";
export { askSaid, answerSaid } from "./said";
export { englishQuery, findSpeakerEnglish } from "./english";
export { detectLanguage, readQuestion, queryFor } from "./read";
export { detectIntent } from "./intent";
export { resolveSpeaker, type ResolvedSpeaker } from "./resolve";
export { answerConversation, answerInContext } from "./conversation";
export { toPassage } from "./passages";
export { summarizeQuestion, questionTitle, type EnglishTitle } from "./question-summary";
export { findSpeaker, speakerByName, statementsBy } from "./speakers";
export { speakerKeys } from "./speaker-keys";

/** The answer to one question on its own, whatever its kind. */
export function answer(index: SearchIndex, question: string, topK = 3): AskResult {
  return answerInContext(index, question, [], topK);
}
export { boundQuestion, MAX_QUESTION_WORDS, MAX_WORD_CHARS } from "./budget";
