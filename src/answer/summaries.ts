import { articleSentences, splitParagraph, splitSentences, type Sentence } from "../corpus/sentences";
import { resolveArticle } from "../corpus/speakers";
import { chooseSummary, type SummaryMethod } from "../corpus/lead";
import { DEFAULT_SUMMARY, summarize } from "../corpus/summary";
import { MAX_SUMMARY_SENTENCES, type SearchIndex } from "../index";
import { answeringParagraphs } from "./ask";
import { boundQuestion } from "./budget";

export interface SummaryItem {
  text: string;
  article_id?: string;
  paragraph?: number;
}

export interface ArticleSummary {
  article_id: string;
  title: string;
  summary: SummaryItem[];
  /** `lead` when the summary is the article's opening sentences, else `ranked`. */
  method: SummaryMethod;
  key_quotes: Array<{ speaker: string; speaker_title: string | null; text: string; paragraph: number }>;
}

/** Longest text accepted by POST /v1/summarize, in characters. */
export const MAX_SUMMARY_TEXT = 20_000;

/** An article's stored summary (computed at build time), shortened to `count` sentences, with its key quotes. */
export function summarizeArticle(index: SearchIndex, articleId: string, count: number): ArticleSummary | null {
  const meta = index.article(articleId);
  if (!meta) return null;
  const article = index.data.paragraphArticle[meta.firstParagraph]!;
  const ranked = index.data.extras.summaries[article] ?? [];
  const picked = ranked.slice(0, Math.min(count, MAX_SUMMARY_SENTENCES)).sort((a, b) => a.paragraph - b.paragraph || ranked.indexOf(a) - ranked.indexOf(b));
  const { extras } = index.data;
  const keyQuotes: ArticleSummary["key_quotes"] = [];
  for (let doc = meta.firstParagraph; doc < meta.firstParagraph + meta.paragraphCount; doc++) {
    for (const s of extras.statements(doc)) {
      if (s.kind !== "direct" || s.speaker === null) continue;
      const who = extras.speakers[s.speaker]!;
      keyQuotes.push({ speaker: who.name, speaker_title: who.title, text: s.text, paragraph: doc - meta.firstParagraph + 1 });
    }
  }
  return { article_id: meta.id, title: meta.title, summary: picked.map((s) => ({ text: s.text, paragraph: s.paragraph })), method: openingSentences(index, meta.firstParagraph, meta.paragraphCount, picked) ? "lead" : "ranked", key_quotes: keyQuotes.slice(0, 3) };
}

/** Whether the picked sentences are the article's first ones, in order (the stored order says nothing of it). */
function openingSentences(index: SearchIndex, firstParagraph: number, paragraphCount: number, picked: SummaryItem[]): boolean {
  const paragraphs = Array.from({ length: paragraphCount }, (_, k) => index.text(firstParagraph + k));
  const opening = splitSentences(paragraphs);
  return picked.length > 0 && picked.every((s, i) => s.text === opening[i]?.text);
}

/**
 * Most words of posted text read for its summary (attribution and ranking); the rest is left out. Default 400:
 * attribution costs about 5 µs a word whatever the text's shape, so 400 words keep the worst text within a
 * few ms (docs/benchmarks.md, worst cases) while the lead of a news article, which the summary favours, is read whole.
 */
export const MAX_TEXT_WORDS = 400;
/** Most sentences of posted text read (counted across its lines before attribution, so 200 one-line paragraphs cost 40). Default 40. */
export const MAX_TEXT_SENTENCES = 40;

/** What part of a posted text is read: words and sentences (defaults MAX_TEXT_WORDS, MAX_TEXT_SENTENCES). */
export interface TextBudget {
  words: number;
  sentences: number;
}

/** A summary of posted text, and, when the text was over the budget, what part of it was read. */
export interface TextSummary {
  summary: SummaryItem[];
  /** `lead` when the lead-or-ranked decision (src/corpus/lead.ts) chose the text's opening sentences. */
  method: SummaryMethod;
  truncated?: { sentences_used: number; words_used: number; detail: string };
}

/** The text up to its `max`-th word (line breaks kept), and whether anything was cut. */
function firstWords(text: string, max: number): { head: string; cut: boolean } {
  const word = /[\p{L}\p{N}]+/gu;
  let n = 0;
  for (let m = word.exec(text); m; m = word.exec(text)) if (n++ === max) return { head: text.slice(0, m.index), cut: true };
  return { head: text, cut: false };
}

/**
 * The text's paragraphs (its lines) holding at most `max` sentences in all, and whether anything was cut;
 * `split` splits a line (summarizeText passes its memo, so the sentences are not split again for the summary).
 */
function firstSentences(lines: string[], max: number, split: (line: string) => string[]): { paragraphs: string[]; cut: boolean } {
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
 * A summary of posted text: paragraphs are its lines; sentences with a quoted speaker weigh more. Work is
 * bounded by the text's shape: only its first `budget.words` words and `budget.sentences` sentences are
 * read, and the answer says so when that left anything out.
 */
export function summarizeText(text: string, count: number, budget: TextBudget = { words: MAX_TEXT_WORDS, sentences: MAX_TEXT_SENTENCES }): TextSummary {
  const byWords = firstWords(text, budget.words);
  const lines = byWords.head.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  // each line is split into sentences once: for the budget here and for the summary below
  const splits = new Map<string, string[]>();
  const split = (line: string) => {
    let sentences = splits.get(line);
    if (!sentences) splits.set(line, (sentences = splitParagraph(line)));
    return sentences;
  };
  const { paragraphs, cut } = firstSentences(lines, budget.sentences, split);
  const quoted = new Map<number, string[]>();
  for (const s of resolveArticle(paragraphs)) {
    if (s.kind === "direct" && s.speaker) quoted.set(s.paragraph + 1, [...(quoted.get(s.paragraph + 1) ?? []), s.text]);
  }
  const used = articleSentences(paragraphs, quoted, split);
  const { method, picks } = chooseSummary(used, count, DEFAULT_SUMMARY);
  const summary = picks.sort((a, b) => a - b).map((i) => ({ text: used[i]!.text, paragraph: used[i]!.paragraph }));
  if (!byWords.cut && !cut) return { summary, method };
  const words = (used.map((s) => s.text).join(" ").match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const detail = `the text is over the budget of ${budget.words} words and ${budget.sentences} sentences; summarized from its first ${used.length} sentences (${words} words)`;
  return { summary, method, truncated: { sentences_used: used.length, words_used: words, detail } };
}

/**
 * What the corpus says on a question (Arabic or English, read as /v1/ask reads it): the passages
 * that answer it (the found / not-found decision of found.ts),
 * their sentences ranked together (relevance order standing in for position), each naming its article.
 */
export function summarizeQuestion(index: SearchIndex, asked: string, count: number): { found: boolean; summary: SummaryItem[]; articles: string[] } {
  const question = boundQuestion(asked);
  const hits = answeringParagraphs(index, question, 8);
  const sentences: Array<Sentence & { doc: number }> = [];
  for (const hit of hits) {
    for (const text of splitParagraph(index.text(hit.doc))) {
      sentences.push({ text, paragraph: index.paragraphNumber(hit.doc), index: sentences.length, doc: hit.doc, quoted: quotedIn(index, hit.doc, text) });
    }
  }
  const chosen = summarize(sentences, count, DEFAULT_SUMMARY, question) as Array<Sentence & { doc: number }>;
  const summary = chosen.map((s) => ({ text: s.text, article_id: index.articleOf(s.doc).id, paragraph: s.paragraph }));
  return { found: summary.length > 0, summary, articles: [...new Set(summary.map((s) => s.article_id))] };
}

function quotedIn(index: SearchIndex, doc: number, sentence: string): boolean {
  return index.data.extras.statements(doc).some((s) => s.kind === "direct" && s.speaker !== null && sentence.includes(s.text.slice(0, 20)));
}

/** A short summary of an /v1/ask answer's passages, in passage order. */
export function summarizePassages(passages: Array<{ text: string; article_id: string; paragraph: number }>, count: number): SummaryItem[] {
  const sentences: Array<Sentence & { article_id: string }> = [];
  for (const p of passages) for (const text of splitParagraph(p.text)) sentences.push({ text, paragraph: p.paragraph, index: sentences.length, article_id: p.article_id });
  return (summarize(sentences, count) as Array<Sentence & { article_id: string }>).map((s) => ({ text: s.text, article_id: s.article_id, paragraph: s.paragraph }));
}

