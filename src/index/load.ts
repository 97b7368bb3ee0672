import { checkArticles, checkBelow, checkLengths, checkOffsets, expect, parseSection } from "./check";
import type { AliasKeys, AliasWords, EnglishMaps, Extras, StatementRef } from "./extras";
import { isAliasKeys, isAliasWords } from "./alias-keys";
import { align, checksum, HeaderSchema, INDEX_FORMAT_VERSION, IndexFormatError, MAGIC, PREFIX_BYTES, SECTIONS, type SectionName } from "./format";
import type { SpeakerRecord, StatementRecord, SummarySentence } from "./records";
import { DEFAULT_RANKING, type IndexData } from "./types";

/** The typed-array sections: a loaded index and a built one have the same fields. */
type Arrays = Pick<IndexData, "paragraphArticle" | "postingOffsets" | "postingDocs" | "postingTf" | "docLength" | "docTermOffsets" | "docTerms" | "docPositions" | "titleTermOffsets" | "titleTerms">;

/**
 * Loads an index file, refusing with IndexFormatError anything but a whole, consistent file of this
 * version: the header is checked with zod, every section's bounds, alignment and checksum, and the
 * tables against each other (offsets, ids, article ranges), so a bad file never loads as a silent
 * empty index or gives NaN scores. The JSON sections parsed on first use throw IndexFormatError too.
 */
export function deserializeIndex(buffer: ArrayBuffer | Uint8Array): IndexData {
  const bytesIn = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytesIn.byteOffset % 4 !== 0) return deserializeIndex(bytesIn.slice());
  if (bytesIn.length < PREFIX_BYTES) throw new IndexFormatError("index file is too short");
  const view = new DataView(bytesIn.buffer, bytesIn.byteOffset, bytesIn.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new IndexFormatError("not an index file (bad magic)");
  const version = view.getUint32(4, true);
  if (version !== INDEX_FORMAT_VERSION) {
    throw new IndexFormatError(`index format ${version} is not ${INDEX_FORMAT_VERSION}: run npm run build:index`);
  }
  const decoder = new TextDecoder();
  const headerLength = view.getUint32(8, true);
  expect(PREFIX_BYTES + headerLength <= bytesIn.length, "the header runs past the end of the file (truncated?)");
  const headerBytes = bytesIn.subarray(PREFIX_BYTES, PREFIX_BYTES + headerLength);
  expect(checksum(headerBytes) === view.getUint32(12, true), "the header's checksum does not match");
  const parsed = HeaderSchema.safeParse(parseSection("header", decoder.decode(headerBytes), () => true));
  if (!parsed.success) throw new IndexFormatError(`index header is invalid: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  const header = parsed.data;
  const bodyStart = align(PREFIX_BYTES + headerLength);
  const at: Partial<Record<SectionName, Uint8Array>> = {};
  let previousEnd = bodyStart;
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const s = header.sections[name];
    expect(s !== undefined, `section ${name} is missing`);
    const [offset, length, sum] = s;
    expect(offset % 4 === 0 && offset >= previousEnd, `section ${name} is misaligned or overlaps the one before`);
    expect(offset + length <= bytesIn.length, `section ${name} runs past the end of the file (truncated?)`);
    expect(length % SECTIONS[name] === 0, `section ${name} is not a whole number of elements`);
    const bytes = bytesIn.subarray(offset, offset + length);
    expect(checksum(bytes) === sum, `section ${name}'s checksum does not match`);
    at[name] = bytes;
    previousEnd = offset + length;
  }
  const raw = (name: SectionName) => at[name]!;
  const typed = <T>(name: SectionName, Type: new (b: ArrayBufferLike, offset: number, length: number) => T) => {
    const b = raw(name);
    return new Type(b.buffer, b.byteOffset, b.length / SECTIONS[name]);
  };
  const u32 = (name: SectionName) => typed(name, Uint32Array);
  const text = (name: SectionName) => decoder.decode(raw(name));
  const arrays = {
    paragraphArticle: u32("paragraphArticle"),
    postingOffsets: u32("postingOffsets"),
    postingDocs: u32("postingDocs"),
    postingTf: typed("postingTf", Uint16Array),
    docLength: typed("docLength", Float32Array),
    docTermOffsets: u32("docTermOffsets"),
    docTerms: u32("docTerms"),
    docPositions: typed("docPositions", Uint16Array),
    titleTermOffsets: u32("titleTermOffsets"),
    titleTerms: u32("titleTerms"),
  } satisfies Arrays;
  const termText = text("terms");
  const terms = termText ? termText.split("\n") : [];
  const textBytes = raw("texts");
  const textOffsets = u32("textOffsets");
  const statementBytes = raw("statements");
  const statementOffsets = u32("statementOffsets");
  const refOffsets = u32("speakerStatementOffsets");
  const refs = u32("speakerStatements");
  checkConsistent(header.articles, terms.length, arrays, { textOffsets, texts: textBytes.length, statementOffsets, statements: statementBytes.length, refOffsets, refs });
  const speakers = refOffsets.length - 1;
  const extras = new LoadedExtras(
    (name) => parseSection(name, text(name), JSON_SHAPES[name](speakers, header.articles.length)),
    statementBytes,
    statementOffsets,
    refOffsets,
    refs,
    decoder,
    raw("english"),
  );
  return {
    // options added since the file was written take their defaults
    ranking: { ...DEFAULT_RANKING, ...header.ranking },
    articles: header.articles,
    extras,
    texts: {
      length: textOffsets.length - 1,
      get: (doc: number) => decoder.decode(textBytes.subarray(textOffsets[doc]!, textOffsets[doc + 1]!)),
      bytes: (doc: number) => textBytes.subarray(textOffsets[doc]!, textOffsets[doc + 1]!),
    },
    terms,
    ...arrays,
  };
}

type JsonSection = "speakers" | "aliases" | "aliasKeys" | "aliasWords" | "summaries";

/** What each JSON section must hold, given the speaker and article counts the binary sections give. */
const JSON_SHAPES: Record<JsonSection, (speakers: number, articles: number) => (v: unknown) => boolean> = {
  speakers: (n) => (v) => Array.isArray(v) && v.length === n && v.every((s) => typeof s?.name === "string" && typeof s?.id === "string" && Array.isArray(s?.aliases)),
  aliases: (n) => (v) => Array.isArray(v) && v.every((a) => Array.isArray(a) && typeof a[0] === "string" && Number.isInteger(a[1]) && a[1] >= 0 && a[1] < n),
  summaries: (_, n) => (v) => Array.isArray(v) && v.length === n && v.every(Array.isArray),
  aliasKeys: () => isAliasKeys,
  aliasWords: (n) => (v) => isAliasWords(v, n),
};

/** The tables against each other: every offsets array, id and range where the others say it should be. */
function checkConsistent(
  articles: IndexData["articles"],
  termCount: number,
  a: Arrays,
  s: { textOffsets: Uint32Array; texts: number; statementOffsets: Uint32Array; statements: number; refOffsets: Uint32Array; refs: Uint32Array },
): void {
  const paragraphs = a.paragraphArticle.length;
  checkBelow("paragraphArticle", a.paragraphArticle, articles.length);
  checkArticles(articles, a.paragraphArticle);
  checkOffsets("textOffsets", s.textOffsets, paragraphs, s.texts);
  checkOffsets("statementOffsets", s.statementOffsets, paragraphs, s.statements);
  checkOffsets("postingOffsets", a.postingOffsets, termCount, a.postingDocs.length);
  expect(a.postingTf.length === a.postingDocs.length, "postingTf and postingDocs differ in length");
  checkBelow("postingDocs", a.postingDocs, paragraphs);
  expect(a.docLength.length === paragraphs, "docLength is not one per paragraph");
  checkLengths(a.docLength);
  checkOffsets("docTermOffsets", a.docTermOffsets, paragraphs, a.docTerms.length);
  expect(a.docPositions.length === a.docTerms.length, "docPositions and docTerms differ in length");
  checkBelow("docTerms", a.docTerms, termCount);
  checkOffsets("titleTermOffsets", a.titleTermOffsets, articles.length, a.titleTerms.length);
  checkBelow("titleTerms", a.titleTerms, termCount);
  expect(s.refOffsets.length >= 1 && s.refs.length % 2 === 0, "speakerStatements is not pairs");
  checkOffsets("speakerStatementOffsets", s.refOffsets, s.refOffsets.length - 1, s.refs.length / 2);
  checkBelow("speakerStatements", s.refs, paragraphs, 2);
}

/** Extras read from the file's sections: each JSON part parsed on first use, statements a paragraph at a time. */
class LoadedExtras implements Extras {
  private parsed: { speakers?: SpeakerRecord[]; aliases?: Array<[string, number]>; aliasKeys?: AliasKeys; aliasWords?: AliasWords; summaries?: SummarySentence[][]; english?: EnglishMaps | null } = {};
  constructor(
    private readonly json: (name: JsonSection) => unknown,
    private readonly statementBytes: Uint8Array,
    private readonly statementOffsets: Uint32Array,
    private readonly refOffsets: Uint32Array,
    private readonly refs: Uint32Array,
    private readonly decoder: TextDecoder,
    private readonly englishBytes: Uint8Array,
  ) {}
  get speakers(): SpeakerRecord[] {
    return (this.parsed.speakers ??= this.json("speakers") as SpeakerRecord[]);
  }
  aliases(): ReadonlyArray<readonly [string, number]> {
    this.parsed.aliases ??= this.json("aliases") as Array<[string, number]>;
    this.sameCount();
    return this.parsed.aliases;
  }
  aliasKeys(): AliasKeys {
    this.parsed.aliasKeys ??= this.json("aliasKeys") as AliasKeys;
    this.sameCount();
    return this.parsed.aliasKeys;
  }
  aliasWords(): AliasWords {
    return (this.parsed.aliasWords ??= this.json("aliasWords") as AliasWords);
  }
  /** The alias keys run alongside the aliases: once both are parsed, one entry each. */
  private sameCount(): void {
    const { aliases, aliasKeys } = this.parsed;
    if (aliases && aliasKeys) expect(aliases.length === aliasKeys.folded.length, "aliasKeys does not hold one entry per alias");
  }
  get summaries(): SummarySentence[][] {
    return (this.parsed.summaries ??= this.json("summaries") as SummarySentence[][]);
  }
  get english(): EnglishMaps | undefined {
    if (this.parsed.english === undefined) {
      this.parsed.english = englishMaps(this.englishBytes, this.decoder);
    }
    return this.parsed.english ?? undefined;
  }
  set english(value: EnglishMaps | undefined) {
    this.parsed.english = value ?? null;
  }
  statements(doc: number): StatementRecord[] {
    const from = this.statementOffsets[doc];
    const to = this.statementOffsets[doc + 1];
    if (from === undefined || to === undefined || from === to) return [];
    return parseSection<StatementRecord[]>("statements", this.decoder.decode(this.statementBytes.subarray(from, to)), Array.isArray);
  }
  speakerStatements(speaker: number): readonly StatementRef[] {
    const out: StatementRef[] = [];
    const from = this.refOffsets[speaker] ?? 0;
    const to = this.refOffsets[speaker + 1] ?? 0;
    for (let k = from; k < to; k++) out.push([this.refs[2 * k]!, this.refs[2 * k + 1]!]);
    return out;
  }
}

/**
 * The English maps over the section's bytes, `null` or the lexicon's JSON and the sound keys' JSON
 * joined by a line break: each part is decoded and parsed when first read (a speaker question reads
 * only the lexicon, and never decodes the sound keys).
 */
function englishMaps(bytes: Uint8Array, decoder: TextDecoder): EnglishMaps | null {
  const at = bytes.indexOf(0x0a);
  if (at < 0) {
    expect(decoder.decode(bytes) === "null", "section english is neither null nor two JSON texts");
    return null;
  }
  const isRecord = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);
  const part = (from: number, to: number) => parseSection<Record<string, string[]>>("english", decoder.decode(bytes.subarray(from, to)), isRecord);
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
