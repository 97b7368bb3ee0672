import { isLatin, normalizeArabic } from "../analysis";
import { queryTerm, type QueryTerm, type SearchIndex } from "../index";
import { englishQuery } from "./english";
import { detectIntent, type Intent } from "./intent";
import { resolveSpeaker, type ResolvedSpeaker } from "./resolve";
import { topicTerms } from "./speakers";

/** A question as the engine reads it, whatever door it came through. */
export interface Reading {
  question: string;
  /** `en` for a question in Latin script, `ar` otherwise. */
  language: "ar" | "en";
  intent: Intent;
  /** The speaker a "what did X say" question names (null when it names no one the corpus quotes). */
  speaker: ResolvedSpeaker | null;
  /**
   * A "what did X say" question whose X is only a pronoun or nothing ("and what did he say?",
   * وماذا قال أيضا؟): its speaker is the conversation's.
   */
  followUp: boolean;
  /** What keyword retrieval runs on: the Arabic text, or an English question's terms (computed on first use). */
  readonly terms: string | QueryTerm[];
  /** For "what did X say about Y": Y's terms, which reorder X's statements. */
  topic: QueryTerm[];
  /** For an English question, the text `topic` is read from (Y, and what a follow-up adds; "" for none): all a store needs to rank X's statements by. */
  topicText: string;
}

export function detectLanguage(question: string): "ar" | "en" {
  return isLatin(question) ? "en" : "ar";
}

/** What retrieval runs on for a text: Arabic as written, English through the lexicon and sound keys. */
export function queryFor(index: SearchIndex, text: string, language = detectLanguage(text)): string | QueryTerm[] {
  return language === "en" ? englishQuery(index, text).terms : text;
}

/**
 * Words that stand for the conversation's speaker, or add nothing to it (closed class: pronouns and
 * "also/else/too" in English and Arabic, normalized).
 */
const FOLLOW_WORDS = new Set(["he", "she", "they", "him", "her", "them", "it", "also", "else", "too", "then", "again", "هو", "هي", "هم", "هما", "عنه", "عنها", "عنهم", "ايضا", "كذلك", "بعد", "ذلك", "غير", "اذن"]);
/** Prepositions that open a topic, not a name (closed class): "and what did he say about Y" / وماذا قال عن Y. */
const TOPIC_OPENERS = new Set(["about", "on", "regarding", "عن", "حول", "بشان", "في"]);

/** Splits a said-subject into follow-up words and topic: null when it names someone. */
function followUpTopic(subject: string): string | null {
  const words = normalizeArabic(subject).toLowerCase().split(/\s+/).filter(Boolean);
  let i = 0;
  while (i < words.length && FOLLOW_WORDS.has(words[i]!)) i++;
  if (i === words.length) return "";
  return i > 0 || TOPIC_OPENERS.has(words[0]!) ? words.slice(i).join(" ") : null;
}

/**
 * Reads a question: its language, intent, the speaker it names and the query terms. Every door's
 * question goes through here, so English questions search, summarize and name speakers alike.
 */
export function readQuestion(index: SearchIndex, question: string): Reading {
  const language = detectLanguage(question);
  const intent = detectIntent(question);
  let terms: string | QueryTerm[] | undefined;
  const reading: Reading = {
    question, language, intent, speaker: null, followUp: false, topic: [], topicText: "",
    // computed when first asked for: a speaker question never needs them
    get terms() {
      return (terms ??= queryFor(index, question, language));
    },
  };
  if (intent.kind !== "said") return reading;
  reading.speaker = intent.subject ? resolveSpeaker(index, intent.subject, language) : null;
  let topicText = intent.topic ?? "";
  if (!reading.speaker) {
    const rest = intent.subject ? followUpTopic(intent.subject) : "";
    if (rest !== null) {
      reading.followUp = true;
      topicText = [rest, topicText].filter(Boolean).join(" ");
    }
  }
  if (language === "en") {
    reading.topicText = topicText;
    reading.topic = topicText ? englishQuery(index, topicText).terms : [];
  } else {
    const alias = reading.speaker?.alias ?? "";
    reading.topic = topicTerms(reading.followUp ? topicText : intent.subject, alias).map((t) => queryTerm([t]));
  }
  return reading;
}
