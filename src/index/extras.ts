import { normalizeArabic } from "../analysis";
import type { Annotations, EnglishMaps, SpeakerRecord, StatementRecord, SummarySentence } from "./records";
import { aliasKeys, aliasWords, type AliasKeys, type AliasWords, type WordStems } from "./alias-keys";
import { nameWords, type NameWords } from "./alias-words";

export type { EnglishMaps, AliasKeys, AliasWords, NameWords };

/** A statement's place: its paragraph and its position in that paragraph's list. */
export type StatementRef = readonly [doc: number, at: number];

/**
 * What the indexer found beyond terms, as the searcher reads it. A built index holds it in memory
 * (MemoryExtras); a loaded one decodes each part from its own file section on first use, and a
 * paragraph's statements one paragraph at a time, so a question pays only for what it reads.
 */
export interface Extras {
  readonly speakers: SpeakerRecord[];
  /** Per article (by article index): up to MAX_SUMMARY_SENTENCES sentences in the order the ranker picked them. */
  readonly summaries: SummarySentence[][];
  /** English words and Latin-script names mapped onto the vocabulary (see english.ts). */
  english?: EnglishMaps;
  /** The statements found in a paragraph (global index), in text order. */
  statements(doc: number): StatementRecord[];
  /** A speaker's statements: direct first, then reported, each in corpus order. */
  speakerStatements(speaker: number): readonly StatementRef[];
  /** Every speaker's aliases, matched as plain words (plainWords), best first: longest, then most statements (rankAliases). */
  aliases(): ReadonlyArray<readonly [alias: string, speaker: number]>;
  /** The aliases' folded forms and name keys, in aliases() order (alias-keys.ts). */
  aliasKeys(): AliasKeys;
  /** The aliases' distinct words with their sound keys and speakers (alias-keys.ts). */
  aliasWords(): AliasWords;
  /** The same words as English name matching reads them: sound-key groups, a word's speakers (alias-words.ts). */
  nameWords(): NameWords;
}

/** Normalized words joined by single spaces, for whole-word matching. */
export function plainWords(text: string): string {
  return normalizeArabic(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The alias table, computed once at build time: longest alias first, then the speaker with most
 * statements (a stable sort). `plain`: plainWords of each alias (default plainWords itself; the
 * archive passes one that remembers the last generation's, as it ranks the aliases after each write).
 */
export function rankAliases(speakers: SpeakerRecord[], plain: (alias: string) => string = plainWords): Array<[string, number]> {
  const aliases: Array<[string, number]> = [];
  speakers.forEach((s, i) => {
    for (const a of new Set([s.name, ...s.aliases])) aliases.push([plain(a), i]);
  });
  return aliases.sort((a, b) => b[0].length - a[0].length || speakers[b[1]]!.statements - speakers[a[1]]!.statements);
}

/** Every speaker's statement refs in answer order (direct, then reported), from statements by paragraph in corpus order. */
export function orderBySpeaker(speakers: number, docs: Iterable<[number, StatementRecord[]]>): StatementRef[][] {
  const direct: StatementRef[][] = Array.from({ length: speakers }, () => []);
  const reported: StatementRef[][] = Array.from({ length: speakers }, () => []);
  for (const [doc, list] of docs) {
    list.forEach((s, at) => {
      if (s.speaker !== null) (s.kind === "direct" ? direct : reported)[s.speaker]!.push([doc, at]);
    });
  }
  return direct.map((refs, speaker) => [...refs, ...reported[speaker]!]);
}

/** The extras of an index built in this process. */
export class MemoryExtras implements Extras {
  readonly speakers: SpeakerRecord[];
  readonly summaries: SummarySentence[][];
  english?: EnglishMaps;
  private readonly byDoc: Record<number, StatementRecord[]>;
  private bySpeaker?: StatementRef[][];
  private ranked?: Array<[string, number]>;
  private keys?: AliasKeys;
  private words?: AliasWords;
  private names?: NameWords;
  /** How the index analyzes a word (set by buildCorpusIndex; none: no stems listed). */
  wordStems?: WordStems;

  constructor(annotations: Annotations) {
    this.speakers = annotations.speakers;
    this.summaries = annotations.summaries;
    this.english = annotations.english;
    this.byDoc = annotations.statements;
  }

  statements(doc: number): StatementRecord[] {
    return this.byDoc[doc] ?? [];
  }

  speakerStatements(speaker: number): readonly StatementRef[] {
    this.bySpeaker ??= orderBySpeaker(
      this.speakers.length,
      Object.entries(this.byDoc).map(([doc, list]) => [Number(doc), list] as [number, StatementRecord[]]).sort((a, b) => a[0] - b[0]),
    );
    return this.bySpeaker[speaker] ?? [];
  }

  aliases(): ReadonlyArray<readonly [string, number]> {
    return (this.ranked ??= rankAliases(this.speakers));
  }

  aliasKeys(): AliasKeys {
    return (this.keys ??= aliasKeys(this.aliases(), this.aliasWords(), this.speakers.map((s) => s.statements)));
  }

  aliasWords(): AliasWords {
    return (this.words ??= aliasWords(this.aliases(), this.wordStems));
  }

  nameWords(): NameWords {
    return (this.names ??= nameWords(this.aliasWords()));
  }
}
