import MiniSearch from "minisearch";
import { buildIndex, SearchIndex, DEFAULT_RANKING, type RankingOptions } from "../../src/index";
import { asArticles, rankMetrics, type QaSet, type RankMetrics } from "./squad";

/** Ranks every question of a set with the project's index; returns paragraph indexes best first. */
export function projectRankings(set: QaSet, ranking: RankingOptions = DEFAULT_RANKING, questions = set.questions.map((q) => q.question)): number[][] {
  const index = new SearchIndex(buildIndex(asArticles(set), ranking));
  return questions.map((q) => index.search(q, { limit: 10 }).map((h) => h.doc));
}

/** The MiniSearch 7 anchor with its default settings, on the same paragraphs (title as a second field). */
export function miniSearchRankings(set: QaSet, questions = set.questions.map((q) => q.question)): number[][] {
  const ms = new MiniSearch<{ id: number; title: string; text: string }>({ fields: ["title", "text"] });
  ms.addAll(set.paragraphs.map((p, id) => ({ id, title: p.title, text: p.text })));
  return questions.map((q) => ms.search(q).slice(0, 10).map((r) => r.id as number));
}

export function evaluate(set: QaSet, rankings: number[][]): RankMetrics {
  return rankMetrics(rankings, set.questions.map((q) => q.gold));
}
