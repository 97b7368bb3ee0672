/**
 * Word counts of a corpus, the evidence the speaker model (speaker-score.ts) reads: how often a word
 * occurs, how often right after a speech verb, and (through the counts of its other forms) whether it
 * behaves like a common noun (it also occurs with the article: أهمية / الأهمية), a verb (its other
 * person prefix occurs: يعمل / تعمل) or a preposition phrase (its form without ب/ل occurs: بوضوح / وضوح).
 * Names do none of these. Built once over the corpus being indexed.
 */
import { SPEECH_VERBS } from "./lexicon";
import { textTokens } from "./text-tokens";

export interface WordStats {
  /** Normalized word -> occurrences in the corpus. */
  count: Map<string, number>;
  /** Normalized word -> occurrences right after a speech verb. */
  afterSpeech: Map<string, number>;
}

/** Counts over every paragraph of every article. */
export function wordStats(articles: Iterable<readonly string[]>): WordStats {
  const count = new Map<string, number>();
  const afterSpeech = new Map<string, number>();
  for (const paragraphs of articles) {
    for (const text of paragraphs) {
      let speech = false;
      for (const t of textTokens(text)) {
        count.set(t.norm, (count.get(t.norm) ?? 0) + 1);
        if (speech) afterSpeech.set(t.norm, (afterSpeech.get(t.norm) ?? 0) + 1);
        speech = SPEECH_VERBS.has(t.norm) || SPEECH_VERBS.has(t.bare);
      }
    }
  }
  return { count, afterSpeech };
}
