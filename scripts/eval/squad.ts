import { readFileSync } from "node:fs";
import type { Article } from "../../src/corpus/schema";

/** A SQuAD-layout file (XQuAD, ARCD) as paragraphs and questions with their gold paragraph. */
export interface QaSet {
  paragraphs: { id: string; title: string; text: string; article: number }[];
  questions: { id: string; question: string; gold: number; answer: string; article: number }[];
}

interface SquadFile {
  data: { title?: string; paragraphs: { context: string; qas: { id: string; question: string; answers: { text: string }[] }[] }[] }[];
}

export function loadSquad(path: string, { withTitles }: { withTitles: boolean }): QaSet {
  const raw = JSON.parse(readFileSync(path, "utf8")) as SquadFile;
  const set: QaSet = { paragraphs: [], questions: [] };
  raw.data.forEach((article, a) => {
    article.paragraphs.forEach((p, i) => {
      const gold = set.paragraphs.length;
      set.paragraphs.push({ id: `a${a}p${i}`, title: withTitles ? (article.title ?? "") : "", text: p.context.trim(), article: a });
      for (const qa of p.qas) set.questions.push({ id: qa.id, question: qa.question, gold, answer: qa.answers[0]?.text ?? "", article: a });
    });
  });
  return set;
}

/** Each paragraph as a one-paragraph article, so every index ranks paragraphs. */
export function asArticles(set: QaSet): Article[] {
  return set.paragraphs.map((p) => ({ id: p.id, title: p.title, language: "ar", paragraphs: [p.text] }));
}

/** Each SQuAD article as one article with its paragraphs (global paragraph numbers as in `set`), as a news corpus is. */
export function groupedArticles(set: QaSet): Article[] {
  const out: Article[] = [];
  for (const p of set.paragraphs) {
    const last = out.at(-1);
    if (last && last.id === `a${p.article}`) last.paragraphs.push(p.text);
    else out.push({ id: `a${p.article}`, title: p.title, language: "ar", paragraphs: [p.text] });
  }
  return out;
}

export interface RankMetrics {
  recallAt1: number;
  recallAt5: number;
  mrrAt10: number;
  n: number;
}

/** recall@1, recall@5 and MRR@10 from each question's ranked paragraph indexes. */
export function rankMetrics(rankings: number[][], gold: number[]): RankMetrics {
  let r1 = 0;
  let r5 = 0;
  let mrr = 0;
  rankings.forEach((ranking, i) => {
    const rank = ranking.indexOf(gold[i]!);
    if (rank === 0) r1++;
    if (rank >= 0 && rank < 5) r5++;
    if (rank >= 0 && rank < 10) mrr += 1 / (rank + 1);
  });
  const n = rankings.length || 1;
  return { recallAt1: r1 / n, recallAt5: r5 / n, mrrAt10: mrr / n, n: rankings.length };
}
