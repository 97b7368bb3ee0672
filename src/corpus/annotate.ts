import type { AnalyzerOptions } from "../analysis";
import type { Article } from "./schema";
import { extractStatements } from "./quotes";

/** A statement as stored in the index: what was said, by whom (speaker id), how. */
export interface StatementRecord {
  /** Index into Annotations.speakers, or null for a quoted phrase with no speaker. */
  speaker: number | null;
  text: string;
  kind: "direct" | "reported";
}

export interface SpeakerRecord {
  id: string;
  name: string;
  title: string | null;
  aliases: string[];
  /** Global paragraph indexes of its statements, in corpus order. */
  paragraphs: number[];
}

/** What the indexer finds in the text beyond its terms. Stored in the index header as JSON. */
export interface Annotations {
  /** Statements by global paragraph index (only paragraphs that have some). */
  statements: Record<number, StatementRecord[]>;
  speakers: SpeakerRecord[];
}

export function emptyAnnotations(): Annotations {
  return { statements: {}, speakers: [] };
}

/** Runs the per-article extractors over a corpus, numbering paragraphs as the index does. */
export function annotate(articles: Article[], _analyzer: AnalyzerOptions): Annotations {
  const out = emptyAnnotations();
  let doc = 0;
  for (const article of articles) {
    article.paragraphs.forEach((paragraph, i) => {
      const found = extractStatements(paragraph);
      if (found.length) out.statements[doc + i] = found.map((s) => ({ speaker: null, text: s.text, kind: s.kind }));
    });
    doc += article.paragraphs.length;
  }
  return out;
}
