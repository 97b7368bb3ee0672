import { parseSection } from "./check";
import { decodeStatements, decodeSummary, lazySummaries } from "./extras-codec";
import { decodeOffsets } from "./postings-codec";
import type { EnglishMaps, Extras, StatementRef } from "./extras";
import type { SpeakerRecord, StatementRecord, SummarySentence } from "./records";
import type { ArticleMeta, TextStore } from "./types";

/** The JSON sections of the extras. */
export type JsonSection = "speakers" | "aliases" | "english";

/** Where a loaded index's extras live in its file. */
export interface ExtrasSections {
  /** Parses a JSON section and checks its shape (IndexFormatError otherwise). */
  json: (name: JsonSection) => unknown;
  summaries: Uint8Array;
  summaryLengths: Uint8Array;
  statements: Uint8Array;
  statementOffsets: Uint32Array;
  refOffsets: Uint32Array;
  refs: Uint32Array;
  articles: ArticleMeta[];
  texts: TextStore;
}

/**
 * Extras read from the file's sections: each JSON part parsed on first use, an article's summary
 * decoded when it is first read, statements a paragraph at a time; statement and summary texts are cut from the paragraph
 * texts they point into. A damaged part throws IndexFormatError when it is read.
 */
export class LoadedExtras implements Extras {
  private parsed: { speakers?: SpeakerRecord[]; aliases?: Array<[string, number]>; summaries?: SummarySentence[][]; english?: EnglishMaps | null } = {};
  private readonly decoder = new TextDecoder();
  constructor(private readonly file: ExtrasSections) {}
  get speakers(): SpeakerRecord[] {
    return (this.parsed.speakers ??= this.file.json("speakers") as SpeakerRecord[]);
  }
  aliases(): ReadonlyArray<readonly [string, number]> {
    return (this.parsed.aliases ??= this.file.json("aliases") as Array<[string, number]>);
  }
  get summaries(): SummarySentence[][] {
    if (!this.parsed.summaries) {
      const { articles, summaries, summaryLengths, texts } = this.file;
      const offsets = decodeOffsets(summaryLengths, "summaryLengths", articles.length, summaries.length, summaries.length);
      const text = (doc: number) => texts.get(doc);
      this.parsed.summaries = lazySummaries(articles.length, (a) => decodeSummary(summaries.subarray(offsets[a]!, offsets[a + 1]!), articles[a]!, text, this.decoder));
    }
    return this.parsed.summaries;
  }
  get english(): EnglishMaps | undefined {
    if (this.parsed.english === undefined) this.parsed.english = this.file.json("english") as EnglishMaps | null;
    return this.parsed.english ?? undefined;
  }
  set english(value: EnglishMaps | undefined) {
    this.parsed.english = value ?? null;
  }
  statements(doc: number): StatementRecord[] {
    const { statementOffsets, statements, refOffsets, texts } = this.file;
    const from = statementOffsets[doc];
    const to = statementOffsets[doc + 1];
    if (from === undefined || to === undefined || from === to) return [];
    return decodeStatements(statements.subarray(from, to), refOffsets.length - 1, () => texts.get(doc), this.decoder);
  }
  speakerStatements(speaker: number): readonly StatementRef[] {
    const { refOffsets, refs } = this.file;
    const out: StatementRef[] = [];
    const from = refOffsets[speaker] ?? 0;
    const to = refOffsets[speaker + 1] ?? 0;
    for (let k = from; k < to; k++) out.push([refs[2 * k]!, refs[2 * k + 1]!]);
    return out;
  }
}

/** What each JSON section must hold, given the speaker count the binary sections give. */
export const JSON_SHAPES: Record<JsonSection, (speakers: number) => (v: unknown) => boolean> = {
  speakers: (n) => (v) => Array.isArray(v) && v.length === n && v.every((s) => typeof s?.name === "string" && typeof s?.id === "string" && Array.isArray(s?.aliases)),
  aliases: (n) => (v) => Array.isArray(v) && v.every((a) => Array.isArray(a) && typeof a[0] === "string" && Number.isInteger(a[1]) && a[1] >= 0 && a[1] < n),
  english: () => (v) => v === null || (typeof v === "object" && !Array.isArray(v) && "lexicon" in v && "sounds" in v),
};

/** Parses a JSON section of the extras, refusing one not of its shape. */
export function jsonSection(name: JsonSection, text: string, speakers: number): unknown {
  return parseSection(name, text, JSON_SHAPES[name](speakers));
}
