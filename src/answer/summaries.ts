import { articleSentences, splitParagraph, splitSentences, type Sentence } from "../corpus/sentences";
import { resolveArticle } from "../corpus/speakers";
import { chooseSummary, type SummaryMethod } from "../corpus/lead";
import { DEFAULT_SUMMARY, summarize, type SummaryTitle } from "../corpus/summary";
import { MAX_SUMMARY_SENTENCES, type SearchIndex } from "../index";
import { TokenMemo } from "./token-memo";
import { firstSentences, firstSites, firstTokens, firstWords, MAX_TEXT_TOKENS, TEXT_BUDGET, type TextBudget } from "./text-budget";

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

export { MAX_TEXT_SENTENCES, MAX_TEXT_SITES, MAX_TEXT_TOKENS, MAX_TEXT_WORDS, type TextBudget } from "./text-budget";

/** A summary of posted text, and, when the text was over the budget, what part of it was read. */
export interface TextSummary {
  summary: SummaryItem[];
  /** `lead` when the lead-or-ranked decision (src/corpus/lead.ts) chose the text's opening sentences. */
  method: SummaryMethod;
  truncated?: { sentences_used: number; words_used: number; detail: string };
}

/**
 * A summary of posted text: paragraphs are its lines; sentences with a quoted speaker weigh more. Work is
 * bounded by the text's shape: only its first `budget.words` words, `budget.sentences` sentences and
 * `budget.sites` speaker sites are read (text-budget.ts), and the answer says so when that left anything out.
 */
export function summarizeText(text: string, count: number, budget: TextBudget = TEXT_BUDGET): TextSummary {
  const byWords = firstWords(text, budget.words);
  const byTokens = firstTokens(byWords.head);
  const lines = byTokens.head.split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
  // each line is split into sentences once: for the budget here and for the summary below
  const splits = new Map<string, string[]>();
  const split = (line: string) => {
    let sentences = splits.get(line);
    if (!sentences) splits.set(line, (sentences = splitParagraph(line)));
    return sentences;
  };
  const bySentences = firstSentences(lines, budget.sentences, split);
  const sites = budget.sites ?? TEXT_BUDGET.sites;
  // each paragraph is tokenized once: for its speaker sites here and for attribution below
  const memo = new TokenMemo();
  const bySites = firstSites(bySentences.paragraphs, sites, memo);
  const { paragraphs } = bySites;
  const cut = bySentences.cut || bySites.cut;
  const quoted = new Map<number, string[]>();
  for (const s of resolveArticle(paragraphs, { tokenize: memo.tokenize })) {
    if (s.kind === "direct" && s.speaker) quoted.set(s.paragraph + 1, [...(quoted.get(s.paragraph + 1) ?? []), s.text]);
  }
  const used = articleSentences(paragraphs, quoted, split);
  const { method, picks } = chooseSummary(used, count, DEFAULT_SUMMARY);
  const summary = picks.sort((a, b) => a - b).map((i) => ({ text: used[i]!.text, paragraph: used[i]!.paragraph }));
  if (!byWords.cut && !byTokens.cut && !cut) return { summary, method };
  const words = (used.map((s) => s.text).join(" ").match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const detail = `the text is over the budget of ${budget.words} words (${MAX_TEXT_TOKENS} runs of letters or digits), ${budget.sentences} sentences and ${sites} speech words or quotations; summarized from its first ${used.length} sentences (${words} words)`;
  return { summary, method, truncated: { sentences_used: used.length, words_used: words, detail } };
}

/**
 * A short summary of an /v1/ask answer's passages, in passage order. `titleFor` gives what the sentences'
 * title similarity is measured against, from the sentences (question-summary.ts questionTitle); default none.
 */
export function summarizePassages(passages: Array<{ text: string; article_id: string; paragraph: number }>, count: number, titleFor: (sentences: Sentence[]) => SummaryTitle = () => ""): SummaryItem[] {
  const sentences: Array<Sentence & { article_id: string }> = [];
  for (const p of passages) for (const text of splitParagraph(p.text)) sentences.push({ text, paragraph: p.paragraph, index: sentences.length, article_id: p.article_id });
  return (summarize(sentences, count, DEFAULT_SUMMARY, titleFor(sentences)) as Array<Sentence & { article_id: string }>).map((s) => ({ text: s.text, article_id: s.article_id, paragraph: s.paragraph }));
}

