/**
 * The posted-text budget (issue 19): what part of a text posted to /v1/summarize or MCP `summarize` is
 * read, cut by its shape (words, sentences, speaker sites) before attribution, so that the work a text
 * costs is bounded whatever it holds. summaries.ts says in the answer what was left out.
 */
import { opensReference, quoteSpans } from "../corpus/quotes";
import { textTokens, WORD, type TextToken } from "../corpus/text-tokens";
import { MAX_SPEAKERS_PER_ARTICLE } from "../corpus/speakers";
import { TokenMemo } from "./token-memo";

/**
 * Most words of posted text read for its summary (attribution and ranking); the rest is left out. Default 400:
 * the lead of a news article, which the summary favours, is read whole, and ranking stays a few ms at worst.
 */
export const MAX_TEXT_WORDS = 400;
/**
 * Most words of posted text read as attribution splits them (text-tokens.ts: a run of letters, or of digits),
 * whatever MAX_TEXT_WORDS counted: «ب1ب1…» is one word there and 2 tokens a pair here. Default 800, twice
 * MAX_TEXT_WORDS: a news article's first 400 words hold far fewer (digits beside letters are rare).
 */
export const MAX_TEXT_TOKENS = 800;
/** Most sentences of posted text read (counted across its lines before attribution, so 200 one-line paragraphs cost 40). Default 40. */
export const MAX_TEXT_SENTENCES = 40;
/**
 * Most speaker sites of posted text read: speech words (a speech verb or saying noun, participle or source
 * marker: quotes.ts opensReference) and quotations, each a place where attribution parses a speaker phrase,
 * interns a name or searches for an antecedent. The text is cut before the next one. Default 64: a
 * 400-word run of «قال <name>» has 200, of «<name>: "نعم"» 200; the most any article of the SaudiNewsNet
 * subset's tuning half has in its first 400 words is 41 (held-out half 45, EASC 24;
 * `npm run eval -- --only text-budget`), so no ordinary article is cut by it.
 */
export const MAX_TEXT_SITES = 64;

/** What part of a posted text is read (defaults MAX_TEXT_WORDS, MAX_TEXT_SENTENCES, MAX_TEXT_SITES). */
export interface TextBudget {
  words: number;
  sentences: number;
  /** Speaker sites (speech words and quotations); default MAX_TEXT_SITES. */
  sites?: number;
}

/**
 * The most attribution work (src/corpus/attribution-work.ts) one posted text may cost under the default
 * budget, as it follows from the caps (S = MAX_TEXT_SITES, T = MAX_TEXT_TOKENS):
 * - tokens ≤ T, and refs ≤ S (a speech word's reference is parsed once, and speech words are sites);
 * - events that name or seek a speaker E ≤ 3S (a speech word's verb subject, reported clause and colon
 *   statement; a quotation's statement), names interned I ≤ 3E (the name, the body its head noun points
 *   back to, and a role whose holder could not be added), speakers M ≤ min(I, MAX_SPEAKERS_PER_ARTICLE);
 * - compared ≤ E·(2(E + 2M + T) + T) (an antecedent search: sightings, tokens, candidates grouped)
 *   + I·(2M + 2T) (interning: speakers and sites scanned) + E·(M + T) (role lookups).
 */
export function attributionBound(S = MAX_TEXT_SITES, T = MAX_TEXT_TOKENS): { tokens: number; refs: number; interned: number; compared: number } {
  const E = 3 * S;
  const I = 3 * E;
  const M = Math.min(I, MAX_SPEAKERS_PER_ARTICLE);
  return { tokens: T, refs: S, interned: I, compared: E * (2 * (E + 2 * M + T) + T) + I * (2 * M + 2 * T) + E * (M + T) };
}

/** The default budget. */
export const TEXT_BUDGET: Required<TextBudget> = { words: MAX_TEXT_WORDS, sentences: MAX_TEXT_SENTENCES, sites: MAX_TEXT_SITES };

/** The text up to its `max`-th word (line breaks kept), and whether anything was cut; `word` default: a run of letters or digits. */
export function firstWords(text: string, max: number, word = /[\p{L}\p{N}]+/gu): { head: string; cut: boolean } {
  // counted with test(), which makes no match array or substring per word; only the first word left out is matched
  word.lastIndex = 0;
  for (let n = 0; n < max; n++) if (!word.test(text)) return { head: text, cut: false };
  const next = word.exec(text);
  word.lastIndex = 0;
  return next ? { head: text.slice(0, next.index), cut: true } : { head: text, cut: false };
}

/** The text up to its MAX_TEXT_TOKENS-th word as attribution splits words (text-tokens.ts WORD), and whether anything was cut. */
export function firstTokens(text: string): { head: string; cut: boolean } {
  return firstWords(text, MAX_TEXT_TOKENS, new RegExp(WORD.source, "gu"));
}

/**
 * The text's paragraphs (its lines) holding at most `max` sentences in all, and whether anything was cut;
 * `split` splits a line (summarizeText passes its memo, so the sentences are not split again for the summary).
 */
export function firstSentences(lines: string[], max: number, split: (line: string) => string[]): { paragraphs: string[]; cut: boolean } {
  const paragraphs: string[] = [];
  let left = max;
  for (const line of lines) {
    const sentences = split(line);
    if (sentences.length > left) {
      if (left > 0) paragraphs.push(sentences.slice(0, left).join(" "));
      return { paragraphs, cut: true };
    }
    paragraphs.push(line);
    left -= sentences.length;
  }
  return { paragraphs, cut: false };
}

/**
 * Offsets in a paragraph where attribution starts reading a speaker: its speech words, and its quotations' opening marks, in order;
 * `tokenize` default textTokens (summarizeText passes its memo, which attribution then reads the same tokens from).
 */
export function speakerSites(paragraph: string, tokenize: (paragraph: string) => TextToken[] = textTokens): number[] {
  const sites: number[] = [];
  for (const t of tokenize(paragraph)) if (opensReference(t)) sites.push(t.start);
  for (const [start] of quoteSpans(paragraph)) sites.push(start - 1);
  return sites.sort((a, b) => a - b);
}

/**
 * The paragraphs up to their `max`-th speaker site (speakerSites), cut before the next one, and whether anything was cut;
 * `memo` (default a fresh one) tokenizes them, and is told the cut paragraph's tokens so attribution reads them from it.
 */
export function firstSites(paragraphs: string[], max: number, memo = new TokenMemo()): { paragraphs: string[]; cut: boolean } {
  let left = max;
  for (let p = 0; p < paragraphs.length; p++) {
    const sites = speakerSites(paragraphs[p]!, memo.tokenize);
    if (sites.length <= left) {
      left -= sites.length;
      continue;
    }
    const head = paragraphs[p]!.slice(0, sites[left]).trim();
    if (head) memo.prefix(head, paragraphs[p]!);
    return { paragraphs: [...paragraphs.slice(0, p), ...(head ? [head] : [])], cut: true };
  }
  return { paragraphs, cut: false };
}
