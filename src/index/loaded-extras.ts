import { expect, parseSection } from "./check";
import { lazyJsonRecord } from "./json-record";
import { lazyJsonLines } from "./json-lines";
import type { AliasKeys, AliasWords } from "./alias-keys";
import { lazyAliasWords, type LoadedAliasWords, type NameWords } from "./alias-words";
import { lazyAliasKeys } from "./alias-keys-codec";
import { decodeStatements, decodeSummary, lazySummaries } from "./extras-codec";
import { decodeOffsets } from "./postings-codec";
import type { EnglishMaps, Extras, StatementRef } from "./extras";
import type { SpeakerRecord, StatementRecord, SummarySentence } from "./records";
import type { ArticleMeta, TextStore } from "./types";

/** The JSON sections of the extras parsed whole on first use. */
export type JsonSection = "aliases";

/** Where a loaded index's extras live in its file. */
export interface ExtrasSections {
  /** Parses a JSON section and checks its shape (IndexFormatError otherwise). */
  json: (name: JsonSection) => unknown;
  /** The speakers, one JSON record a line (json-lines.ts). */
  speakers: Uint8Array;
  /** The alias keys' folded, near and order arrays, one JSON array a line (alias-keys-codec.ts). */
  aliasKeys: Uint8Array;
  /** The alias words, five JSON lines (alias-words.ts). */
  aliasWords: Uint8Array;
  summaries: Uint8Array;
  summaryLengths: Uint8Array;
  statements: Uint8Array;
  statementOffsets: Uint32Array;
  refOffsets: Uint32Array;
  refs: Uint32Array;
  articles: ArticleMeta[];
  texts: TextStore;
  /** `null`, or the lexicon's JSON and the sound keys' JSON on two lines. */
  english: Uint8Array;
}

/**
 * Extras read from the file's sections: each JSON part parsed on first use, an article's summary
 * decoded when it is first read, statements a paragraph at a time; statement and summary texts are cut from the paragraph
 * texts they point into. A damaged part throws IndexFormatError when it is read.
 */
export class LoadedExtras implements Extras {
  private parsed: { speakers?: SpeakerRecord[]; aliases?: Array<[string, number]>; aliasKeys?: AliasKeys; aliasWords?: LoadedAliasWords; summaries?: SummarySentence[][]; english?: EnglishMaps | null } = {};
  private readonly decoder = new TextDecoder();
  constructor(private readonly file: ExtrasSections) {}
  get speakers(): SpeakerRecord[] {
    // one record parsed when first read: a question reads a few of the 19,000 (the 3,361-article set)
    const count = this.file.refOffsets.length - 1;
    return (this.parsed.speakers ??= lazyJsonLines<SpeakerRecord>("speakers", this.file.speakers, count, isSpeaker, this.decoder));
  }
  aliases(): ReadonlyArray<readonly [string, number]> {
    return (this.parsed.aliases ??= this.file.json("aliases") as Array<[string, number]>);
  }
  /** Each of folded, near and order parsed when first read, checked against the aliases' count. */
  aliasKeys(): AliasKeys {
    return (this.parsed.aliasKeys ??= lazyAliasKeys(this.file.aliasKeys, () => this.aliases().length, this.decoder));
  }
  /** Every line of the alias words parsed and checked (a role subject matched by stems). */
  aliasWords(): AliasWords {
    return this.loadedWords().all();
  }
  /** The lines a name question reads, each parsed when first read, each entry checked when read. */
  nameWords(): NameWords {
    return this.loadedWords().names;
  }
  private loadedWords(): LoadedAliasWords {
    return (this.parsed.aliasWords ??= lazyAliasWords(this.file.aliasWords, this.file.refOffsets.length - 1, this.decoder));
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
    if (this.parsed.english === undefined) this.parsed.english = englishMaps(this.file.english, this.decoder);
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
  aliases: (n) => (v) => Array.isArray(v) && v.every((a) => Array.isArray(a) && typeof a[0] === "string" && Number.isInteger(a[1]) && a[1] >= 0 && a[1] < n),
};

/** True when a parsed value has the shape of a SpeakerRecord. */
function isSpeaker(v: unknown): boolean {
  const s = v as SpeakerRecord;
  return typeof v === "object" && v !== null && typeof s.id === "string" && typeof s.name === "string" && (s.title === null || typeof s.title === "string") &&
    Array.isArray(s.aliases) && s.aliases.every((a) => typeof a === "string") && Number.isInteger(s.statements) && s.statements >= 0 &&
    (s.latin === undefined || (Array.isArray(s.latin) && s.latin.every((w) => typeof w === "string")));
}

/** Parses a JSON section of the extras, refusing one not of its shape. */
export function jsonSection(name: JsonSection, text: string, speakers: number): unknown {
  return parseSection(name, text, JSON_SHAPES[name](speakers));
}

/**
 * The English maps over the section's bytes, `null` or the lexicon's JSON and the sound keys' JSON
 * joined by a line break: each part is decoded when first read and its entries parsed one by one as
 * they are looked up (lazyJsonRecord; a speaker question reads a few lexicon entries and never decodes the sound keys).
 */
function englishMaps(bytes: Uint8Array, decoder: TextDecoder): EnglishMaps | null {
  const at = bytes.indexOf(0x0a);
  if (at < 0) {
    expect(decoder.decode(bytes) === "null", "section english is neither null nor two JSON texts");
    return null;
  }
  const part = (from: number, to: number) => lazyJsonRecord("english", decoder.decode(bytes.subarray(from, to)));
  let lexicon: Record<string, string[]> | undefined;
  let sounds: Record<string, string[]> | undefined;
  return {
    get lexicon() {
      return (lexicon ??= part(0, at));
    },
    get sounds() {
      return (sounds ??= part(at + 1, bytes.length));
    },
  };
}
