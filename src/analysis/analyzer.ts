import { hasArabic } from "./normalize";
import { stemArabic, DEFAULT_EXTENSIONS, type StemOptions } from "./stem";
import { isStopword } from "./stopwords";
import { tokenize } from "./tokenize";

/** One indexable term: the stem of a content token and where the token stood. */
export interface Term {
  term: string;
  /** Normalized token before stemming. */
  surface: string;
  position: number;
}

export interface AnalyzerOptions {
  stem: StemOptions;
  /** Keep stopwords (positions are always counted over all tokens). Default false. */
  keepStopwords?: boolean;
}

export const DEFAULT_ANALYZER: AnalyzerOptions = { stem: { extensions: DEFAULT_EXTENSIONS } };

/**
 * The analysis chain shared by the indexer and the searcher:
 * normalize -> tokenize -> drop stopwords -> light-stem Arabic words.
 * Latin words and numbers are kept as they are (lower-cased).
 */
export function analyze(text: string, options: AnalyzerOptions = DEFAULT_ANALYZER): Term[] {
  const terms: Term[] = [];
  for (const token of tokenize(text)) {
    const term = analyzeToken(token.text, options);
    if (term !== null) terms.push({ term, surface: token.text, position: token.position });
  }
  return terms;
}

/** One normalized token's term: its stem (Arabic) or itself (Latin, numbers); null for a dropped stopword. */
export function analyzeToken(token: string, options: AnalyzerOptions = DEFAULT_ANALYZER): string | null {
  if (!options.keepStopwords && isStopword(token)) return null;
  return hasArabic(token) ? stemArabic(token, options.stem) : token;
}

/** The stems of a text, in order: the short form for callers that need no positions. */
export function terms(text: string, options: AnalyzerOptions = DEFAULT_ANALYZER): string[] {
  return analyze(text, options).map((t) => t.term);
}
