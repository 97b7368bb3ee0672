/**
 * The records the index file stores beyond its terms (docs/index-format.md): what the build-time
 * annotation (annotate.ts) writes and the query side (extras.ts, src/answer) reads.
 */

/** A statement as stored in the index: what was said, by whom (speaker index), how. */
export interface StatementRecord {
  /** Index into Annotations.speakers, or null for a quoted phrase with no speaker. */
  speaker: number | null;
  text: string;
  kind: "direct" | "reported";
}

export interface SpeakerRecord {
  /** Stable id: a hash of the name's spelling-insensitive key (sp_…). */
  id: string;
  name: string;
  title: string | null;
  person: boolean;
  /** Full name, family name, title, title with name, role nouns used for them. */
  aliases: string[];
  /** Number of statements attributed to them. */
  statements: number;
  /**
   * The Latin spelling of each word of the name (plainWords, split on spaces) by the learned speller
   * (src/names), lower case, "" for a word with no Arabic letters: stored by the indexer
   * (buildCorpusIndex) so an English answer shows it without building the speller. Absent (an archive's
   * speakers), the answer spells the name itself, to the same letters.
   */
  latin?: string[];
}

/** A summary sentence as stored: its text and 1-based paragraph. */
export interface SummarySentence {
  text: string;
  paragraph: number;
}

/** English words and Latin-script names mapped onto the vocabulary (see english.ts). */
export interface EnglishMaps {
  lexicon: Record<string, string[]>;
  sounds: Record<string, string[]>;
}

/** What the indexer finds in the text beyond its terms. */
export interface Annotations {
  /** Statements by global paragraph index (only paragraphs that have some). */
  statements: Record<number, StatementRecord[]>;
  speakers: SpeakerRecord[];
  /** Per article (by article index): up to MAX_SUMMARY_SENTENCES sentences in the order the ranker picked them. */
  summaries: SummarySentence[][];
  english?: EnglishMaps;
}

/** The longest summary stored and served, in sentences. */
export const MAX_SUMMARY_SENTENCES = 10;
/** The summary length the indexer decides lead or ranked for (src/corpus/lead.ts): /v1/summarize's default, 3. */
export const SUMMARY_DECISION_COUNT = 3;

export function emptyAnnotations(): Annotations {
  return { statements: {}, speakers: [], summaries: [] };
}
