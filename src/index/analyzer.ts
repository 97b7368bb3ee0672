import type { AnalyzerOptions } from "../analysis";
import type { RankingOptions } from "./types";

/** The analyzer an index was built with, from its ranking options (the query side must match). */
export function analyzerFor(ranking: RankingOptions): AnalyzerOptions {
  return { stem: { extensions: new Set(ranking.stemExtensions) } };
}
