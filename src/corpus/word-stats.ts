/**
 * Word counts of a corpus, the evidence the speaker model (speaker-score.ts) reads: how often a word
 * occurs, how often right after a speech verb, and (through the counts of its other forms) whether it
 * behaves like a common noun (it also occurs with the article: أهمية / الأهمية), a verb (its other
 * person prefix occurs: يعمل / تعمل) or a preposition phrase (its form without ب/ل occurs: بوضوح / وضوح).
 * Names do none of these. Built once over the corpus being indexed.
 */
import { SPEECH_VERBS } from "./lexicon";
import { textTokens, type TextToken } from "./text-tokens";

export interface WordStats {
  /** Normalized word -> occurrences in the corpus. */
  count: Map<string, number>;
  /** Normalized word -> occurrences right after a speech verb. */
  afterSpeech: Map<string, number>;
}

/** Counts over every paragraph of every article. */
export function wordStats(articles: Iterable<readonly string[]>): WordStats {
  const stats: WordStats = { count: new Map(), afterSpeech: new Map() };
  for (const paragraphs of articles) for (const text of paragraphs) addParagraph(stats, textTokens(text));
  return stats;
}

/** The same counts over paragraphs already tokenized (one article's, as resolveArticle holds them). */
export function tokenStats(paragraphs: Iterable<readonly TextToken[]>): WordStats {
  const stats: WordStats = { count: new Map(), afterSpeech: new Map() };
  for (const tokens of paragraphs) addParagraph(stats, tokens);
  return stats;
}

function addParagraph({ count, afterSpeech }: WordStats, tokens: readonly TextToken[]): void {
  let speech = false;
  for (const t of tokens) {
    count.set(t.norm, (count.get(t.norm) ?? 0) + 1);
    if (speech) afterSpeech.set(t.norm, (afterSpeech.get(t.norm) ?? 0) + 1);
    speech = SPEECH_VERBS.has(t.norm) || SPEECH_VERBS.has(t.bare);
  }
}
