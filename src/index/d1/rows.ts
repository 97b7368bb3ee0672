import { analyze } from "../../analysis";
import type { Article } from "../../corpus/schema";
import { wordStats, type WordStats } from "../../corpus/word-stats";
import { annotateArticle } from "../annotate";
import { analyzerFor } from "../analyzer";
import { soundPairs } from "../english";
import { DEFAULT_RANKING, type RankingOptions } from "../types";

/** A paragraph's row: text, stems (space-separated, text order: what FTS5 indexes), BM25 length. */
export type ParagraphRow = [text: string, stems: string, length: number];

/** Everything the archive stores for one article, analyzed as the bundled index analyzes it (build.ts, annotate.ts). */
export interface ArticleRows {
  article: Article;
  titleStems: string;
  paragraphs: ParagraphRow[];
  /** [paragraph (0-based), place in it, name key or null, kind, text]. */
  statements: Array<[number, number, string | null, string, string]>;
  /** [key, name, title, person (0/1), aliases JSON, count], in the order first quoted. */
  mentions: Array<[string, string, string | null, number, string, number]>;
  /** The stored summary: JSON [{text, paragraph}] (written as references into the paragraphs, migrations/0006). */
  summary: string;
  /**
   * The forward index by stem (article_terms, migrations/0003 and 0006): [stem, "place:k:position ...",
   * paragraphs holding it], each occurrence in a paragraph as its 0-based place, its index in the
   * paragraph's stems and its position; a stem of the title alone has no occurrences (""). Every stem
   * of termDf has its row, with termDf's count (what a delete takes back from terms.df).
   */
  terms: Array<[string, string, number]>;
  /** Stem -> paragraphs of the article holding it (in the paragraph or its title). */
  termDf: Record<string, number>;
  totalLength: number;
  /** [sound key, stem] of the article's Arabic words, for English names (english_sounds). */
  sounds: Array<[string, string]>;
  /** The article's word counts (word-stats.ts) as [word, count, after a speech verb]: its share of word_counts. */
  words: WordCountRow[];
}

/** A word's counts: [normalized word, occurrences, occurrences right after a speech verb]. */
export type WordCountRow = [word: string, count: number, afterSpeech: number];

/** Word counts as rows (word_counts, migrations/0004). */
export function wordCountRows(stats: WordStats): WordCountRow[] {
  return [...stats.count].map(([w, n]) => [w, n, stats.afterSpeech.get(w) ?? 0]);
}

/**
 * Analyzes one article into its archive rows. Pure: the Worker (ingestion routes) and scripts/ingest share it.
 * `stats`: word counts of the corpus being loaded, for the speaker model (default: the article's own, see annotateArticle).
 */
export function articleRows(article: Article, ranking: RankingOptions = DEFAULT_RANKING, stats?: WordStats): ArticleRows {
  const analyzer = analyzerFor(ranking);
  const title = analyze(article.title, analyzer).map((t) => t.term);
  const titleUnits = Math.round(ranking.titleWeight * 4);
  const termDf: Record<string, number> = Object.create(null);
  let totalLength = 0;
  const occurrences = new Map<string, string[]>();
  const paragraphs = article.paragraphs.map((text, place): ParagraphRow => {
    const analyzed = analyze(text, analyzer);
    analyzed.forEach((t, k) => (occurrences.get(t.term) ?? occurrences.set(t.term, []).get(t.term)!).push(`${place}:${k}:${Math.min(t.position, 0xffff)}`));
    const length = Math.fround(analyzed.length + title.length * ranking.titleWeight);
    totalLength += length;
    const held = new Set(analyzed.map((t) => t.term));
    if (titleUnits > 0) for (const t of title) held.add(t);
    for (const t of held) termDf[t] = (termDf[t] ?? 0) + 1;
    return [text, analyzed.map((t) => t.term).join(" "), length];
  });
  const found = annotateArticle(article, stats);
  const at = new Map<number, number>();
  const statements = found.statements.map((s): [number, number, string | null, string, string] => {
    const n = at.get(s.paragraph) ?? 0;
    at.set(s.paragraph, n + 1);
    return [s.paragraph, n, s.key, s.kind, s.text];
  });
  const mentions = found.mentions.map((m): [string, string, string | null, number, string, number] => [m.key, m.name, m.title, m.person ? 1 : 0, JSON.stringify(m.aliases), m.count]);
  return { article, titleStems: title.join(" "), paragraphs, statements, mentions, summary: JSON.stringify(found.summary), terms: Object.keys(termDf).map((t) => [t, occurrences.get(t)?.join(" ") ?? "", termDf[t]!]), termDf, totalLength, sounds: soundPairs([article.title, ...article.paragraphs], analyzer), words: wordCountRows(wordStats([article.paragraphs])) };
}
