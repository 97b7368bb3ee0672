import { readFileSync } from "node:fs";
import { normalizeArabic, stemArabic, tokenize, hasArabic } from "../../src/analysis";
import { splitParagraph, splitSentences, type Sentence } from "../../src/corpus/sentences";
import { DEFAULT_SUMMARY, HAND_SUMMARY, PLAIN_TEXTRANK, summarize, type SummaryOptions } from "../../src/corpus/summary";
import { table } from "./table";
import { fmt } from "./report-retrieval";

/**
 * ROUGE recipe: both sides normalized (normalize.ts: harakat, hamza alefs, ى, ة, digits), tokenized,
 * every token kept (no stopword removal) and Arabic tokens light-stemmed with the project's stemmer;
 * ROUGE-N is the F1 of clipped n-gram overlap, computed against each of the five human summaries and
 * averaged over them, then averaged over articles.
 */
export function rougeTokens(text: string): string[] {
  return tokenize(normalizeArabic(text)).map((t) => (hasArabic(t.text) ? stemArabic(t.text) : t.text));
}

function ngrams(tokens: string[], n: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const g = tokens.slice(i, i + n).join(" ");
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

export function rougeF1(candidate: string, reference: string, n: number): number {
  const c = ngrams(rougeTokens(candidate), n);
  const r = ngrams(rougeTokens(reference), n);
  let overlap = 0;
  let cTotal = 0;
  let rTotal = 0;
  for (const [g, k] of c) {
    cTotal += k;
    overlap += Math.min(k, r.get(g) ?? 0);
  }
  for (const k of r.values()) rTotal += k;
  if (!overlap) return 0;
  const p = overlap / cTotal;
  const rec = overlap / rTotal;
  return (2 * p * rec) / (p + rec);
}

interface Easc {
  id: string;
  title?: string;
  article: string;
  summaries: Record<string, string>;
}

/** An EASC article ready to summarize: its sentences, title, the five human summaries, and the length to match. */
export interface EascArticle {
  sentences: Sentence[];
  title: string;
  refs: string[];
  n: number;
}

/** EASC's articles in file order (splits.ts folds index them). */
export function eascArticles(data: string): EascArticle[] {
  const rows: Easc[] = readFileSync(`${data}easc/easc-dev.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  return rows.map((row) => {
    const paragraphs = row.article.split(/\n+/).map((p) => p.trim()).filter(Boolean);
    const refs = Object.values(row.summaries);
    const n = Math.max(1, Math.round(refs.reduce((s, r) => s + splitParagraph(r.replace(/\n+/g, " ")).length, 0) / refs.length));
    return { sentences: splitSentences(paragraphs), title: row.title ?? "", refs, n };
  });
}

/** Mean ROUGE-1 and ROUGE-2 F1 of a summary against an article's human summaries. */
export function rougeOf(a: EascArticle, picked: Sentence[]): [number, number] {
  const text = picked.map((s) => s.text).join(" ");
  return [1, 2].map((k) => a.refs.reduce((s, r) => s + rougeF1(text, r, k), 0) / a.refs.length) as [number, number];
}

export function runSummaries(data: string): void {
  const rows = eascArticles(data);
  let title = "";
  const systems: [string, (s: Sentence[], n: number) => Sentence[]][] = [
    ["Lead-N", (s, n) => s.slice(0, n)],
    ["TextRank (plain)", (s, n) => summarize(s, n, PLAIN_TEXTRANK)],
    ["hand weights (HAND_SUMMARY)", (s, n) => summarize(s, n, HAND_SUMMARY, title)],
    ["this project (learned scorer, in sample)", (s, n) => summarize(s, n, DEFAULT_SUMMARY, title)],
    ...(process.argv.includes("--sweep") ? sweep() : []),
  ];
  const totals = systems.map(() => [0, 0]);
  for (const row of rows) {
    title = row.title;
    titleOf = title;
    systems.forEach(([, pick], k) => {
      const [r1, r2] = rougeOf(row, pick(row.sentences, row.n));
      totals[k]![0]! += r1;
      totals[k]![1]! += r2;
    });
  }
  console.log(`\n## Extractive summaries (EASC dev, ${rows.length} articles, length matched to the human summaries)\n`);
  console.log(table(["system", "ROUGE-1 F1", "ROUGE-2 F1"], systems.map(([name], k) => [name, fmt(totals[k]![0]! / rows.length), fmt(totals[k]![1]! / rows.length)])));
}

let titleOf = "";
const currentTitle = () => titleOf;

function sweep(): [string, (s: Sentence[], n: number) => Sentence[]][] {
  const variants: Partial<SummaryOptions>[] = [
    { positionWeight: 0 }, { titleWeight: 0 }, { quoteWeight: 0 }, { mmrLambda: 1, duplicateThreshold: 1.01 },
    { positionWeight: 0.8 }, { positionWeight: 0.6 }, { positionPower: 0.3 }, { positionPower: 0.7 }, { titleWeight: 1 },
  ];
  return variants.map((v) => [JSON.stringify(v), (s: Sentence[], n: number) => summarize(s, n, { ...HAND_SUMMARY, ...v }, currentTitle())]);
}
