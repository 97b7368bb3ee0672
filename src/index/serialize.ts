import type { SpeakerRecord, StatementRecord, SummarySentence } from "../corpus/annotate";
import type { EnglishMaps, Extras, StatementRef } from "./extras";
import { DEFAULT_RANKING, type IndexData } from "./types";

/**
 * The prebuilt index file (docs/index-format.md):
 *
 *   bytes 0..3   magic "AQIX"
 *   bytes 4..7   format version, u32 little-endian (INDEX_FORMAT_VERSION)
 *   bytes 8..11  header length H, u32
 *   bytes 12..   header: UTF-8 JSON {ranking, articles, sections:{name:[offset,byteLength]}}
 *   then         sections, each 4-byte aligned, offsets counted from the start of the file:
 *                texts (UTF-8, all paragraphs back to back), textOffsets u32 (byte offset of each
 *                paragraph, plus the end), terms (UTF-8, joined by "\n"), the extras (speakers,
 *                aliases [[plain alias, speaker]] best first, summaries, english: UTF-8 JSON each,
 *                parsed on first use; statements: each
 *                paragraph's list as UTF-8 JSON back to back, statementOffsets u32 a paragraph plus
 *                the end; speakerStatementOffsets u32 a speaker plus the end, counting refs;
 *                speakerStatements u32 pairs [paragraph, position in its list]), paragraphArticle u32, postingOffsets u32, postingDocs u32,
 *                postingTf u16, docLength f32, docTermOffsets u32, docTerms u32, docPositions u16,
 *                titleTermOffsets u32, titleTerms u32
 */
export const INDEX_FORMAT_VERSION = 4;
const MAGIC = 0x58495141; // "AQIX" read as little-endian u32

export class IndexFormatError extends Error {}

type Section = [offset: number, byteLength: number];
/** The typed-array sections: a loaded index and a built one have the same fields. */
type Arrays = Pick<IndexData, "paragraphArticle" | "postingOffsets" | "postingDocs" | "postingTf" | "docLength" | "docTermOffsets" | "docTerms" | "docPositions" | "titleTermOffsets" | "titleTerms">;

export function serializeIndex(data: IndexData): Uint8Array {
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = [];
  const textOffsets = new Uint32Array(data.texts.length + 1);
  for (let i = 0; i < data.texts.length; i++) {
    encoded.push(encoder.encode(data.texts.get(i)));
    textOffsets[i + 1] = textOffsets[i]! + encoded[i]!.length;
  }
  const texts = new Uint8Array(textOffsets[data.texts.length]!);
  encoded.forEach((e, i) => texts.set(e, textOffsets[i]!));
  const blobs: Record<string, Uint8Array> = {
    texts,
    textOffsets: bytes(textOffsets),
    ...extrasSections(data, encoder),
    terms: encoder.encode(data.terms.join("\n")),
    paragraphArticle: bytes(data.paragraphArticle),
    postingOffsets: bytes(data.postingOffsets),
    postingDocs: bytes(data.postingDocs),
    postingTf: bytes(data.postingTf),
    docLength: bytes(data.docLength),
    docTermOffsets: bytes(data.docTermOffsets),
    docTerms: bytes(data.docTerms),
    docPositions: bytes(data.docPositions),
    titleTermOffsets: bytes(data.titleTermOffsets),
    titleTerms: bytes(data.titleTerms),
  };
  // header size depends on the offsets it holds: lay out with a fixed-width placeholder first
  const names = Object.keys(blobs);
  const sections: Record<string, Section> = {};
  let header: Uint8Array = new Uint8Array();
  // offsets depend on the header's length and it on them: lay out until the length holds, padding
  // a shorter header with spaces (valid JSON) so the length only grows and the loop ends
  for (let stable = false; !stable; ) {
    let offset = align(12 + header.length);
    for (const name of names) {
      sections[name] = [offset, blobs[name]!.length];
      offset = align(offset + blobs[name]!.length);
    }
    const json = JSON.stringify({ ranking: data.ranking, articles: data.articles, sections });
    let next = encoder.encode(json);
    if (next.length < header.length) next = encoder.encode(json + " ".repeat(header.length - next.length)); // a space is one byte
    stable = next.length === header.length;
    header = next;
  }
  const last = sections[names.at(-1)!]!;
  const out = new Uint8Array(align(last[0] + last[1]));
  const view = new DataView(out.buffer);
  view.setUint32(0, MAGIC, true);
  view.setUint32(4, INDEX_FORMAT_VERSION, true);
  view.setUint32(8, header.length, true);
  out.set(header, 12);
  for (const name of names) out.set(blobs[name]!, sections[name]![0]);
  return out;
}

export function deserializeIndex(buffer: ArrayBuffer | Uint8Array): IndexData {
  const bytesIn = buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
  if (bytesIn.byteOffset % 4 !== 0) return deserializeIndex(bytesIn.slice());
  if (bytesIn.length < 12) throw new IndexFormatError("index file is too short");
  const view = new DataView(bytesIn.buffer, bytesIn.byteOffset, bytesIn.byteLength);
  if (view.getUint32(0, true) !== MAGIC) throw new IndexFormatError("not an index file (bad magic)");
  const version = view.getUint32(4, true);
  if (version !== INDEX_FORMAT_VERSION) {
    throw new IndexFormatError(`index format ${version} is not ${INDEX_FORMAT_VERSION}: run npm run build:index`);
  }
  const decoder = new TextDecoder();
  const headerLength = view.getUint32(8, true);
  const header = JSON.parse(decoder.decode(bytesIn.subarray(12, 12 + headerLength))) as Omit<IndexData, keyof Arrays | "texts" | "terms" | "extras"> & { sections: Record<string, Section> };
  const section = (name: string) => {
    const s = header.sections[name];
    if (!s || s[0] + s[1] > bytesIn.length) throw new IndexFormatError(`index section ${name} is missing or cut`);
    return { offset: bytesIn.byteOffset + s[0], length: s[1] };
  };
  const typed = <T>(name: string, Type: new (b: ArrayBufferLike, offset: number, length: number) => T, size: number) => {
    const s = section(name);
    return new Type(bytesIn.buffer, s.offset, s.length / size);
  };
  const u32 = (name: string) => typed(name, Uint32Array, 4);
  const u16 = (name: string) => typed(name, Uint16Array, 2);
  const text = (name: string) => {
    const s = section(name);
    return decoder.decode(new Uint8Array(bytesIn.buffer, s.offset, s.length));
  };
  const terms = text("terms");
  const textSection = section("texts");
  const textBytes = new Uint8Array(bytesIn.buffer, textSection.offset, textSection.length);
  const textOffsets = u32("textOffsets");
  const extras = new LoadedExtras(
    (name) => JSON.parse(text(name)),
    typed("statements", Uint8Array, 1),
    u32("statementOffsets"),
    u32("speakerStatementOffsets"),
    u32("speakerStatements"),
    decoder,
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
    terms: terms ? terms.split("\n") : [],
    ...({
      paragraphArticle: u32("paragraphArticle"),
      postingOffsets: u32("postingOffsets"),
      postingDocs: u32("postingDocs"),
      postingTf: u16("postingTf"),
      docLength: typed("docLength", Float32Array, 4),
      docTermOffsets: u32("docTermOffsets"),
      docTerms: u32("docTerms"),
      docPositions: u16("docPositions"),
      titleTermOffsets: u32("titleTermOffsets"),
      titleTerms: u32("titleTerms"),
    } satisfies Arrays),
  };
}

/** The extras, each part in its own section so a loaded index decodes only the parts a question reads. */
function extrasSections(data: IndexData, encoder: TextEncoder): Record<string, Uint8Array> {
  const { extras } = data;
  const docs = data.texts.length;
  const parts: Uint8Array[] = [];
  const statementOffsets = new Uint32Array(docs + 1);
  for (let doc = 0; doc < docs; doc++) {
    const list = extras.statements(doc);
    const part = list.length ? encoder.encode(JSON.stringify(list)) : new Uint8Array();
    parts.push(part);
    statementOffsets[doc + 1] = statementOffsets[doc]! + part.length;
  }
  const statements = new Uint8Array(statementOffsets[docs]!);
  parts.forEach((p, doc) => statements.set(p, statementOffsets[doc]!));
  const refs = extras.speakers.map((_, i) => extras.speakerStatements(i));
  const speakerStatementOffsets = new Uint32Array(refs.length + 1);
  refs.forEach((r, i) => (speakerStatementOffsets[i + 1] = speakerStatementOffsets[i]! + r.length));
  const speakerStatements = Uint32Array.from(refs.flat(2));
  return {
    speakers: encoder.encode(JSON.stringify(extras.speakers)),
    aliases: encoder.encode(JSON.stringify(extras.aliases())),
    summaries: encoder.encode(JSON.stringify(extras.summaries)),
    english: encoder.encode(JSON.stringify(extras.english ?? null)),
    statements,
    statementOffsets: bytes(statementOffsets),
    speakerStatementOffsets: bytes(speakerStatementOffsets),
    speakerStatements: bytes(speakerStatements),
  };
}

/** Extras read from the file's sections: each JSON part parsed on first use, statements a paragraph at a time. */
class LoadedExtras implements Extras {
  private parsed: { speakers?: SpeakerRecord[]; aliases?: Array<[string, number]>; summaries?: SummarySentence[][]; english?: EnglishMaps | null } = {};
  constructor(
    private readonly json: (name: "speakers" | "aliases" | "summaries" | "english") => unknown,
    private readonly statementBytes: Uint8Array,
    private readonly statementOffsets: Uint32Array,
    private readonly refOffsets: Uint32Array,
    private readonly refs: Uint32Array,
    private readonly decoder: TextDecoder,
  ) {}
  get speakers(): SpeakerRecord[] {
    return (this.parsed.speakers ??= this.json("speakers") as SpeakerRecord[]);
  }
  aliases(): ReadonlyArray<readonly [string, number]> {
    return (this.parsed.aliases ??= this.json("aliases") as Array<[string, number]>);
  }
  get summaries(): SummarySentence[][] {
    return (this.parsed.summaries ??= this.json("summaries") as SummarySentence[][]);
  }
  get english(): EnglishMaps | undefined {
    if (this.parsed.english === undefined) this.parsed.english = this.json("english") as EnglishMaps | null;
    return this.parsed.english ?? undefined;
  }
  set english(value: EnglishMaps | undefined) {
    this.parsed.english = value ?? null;
  }
  statements(doc: number): StatementRecord[] {
    const from = this.statementOffsets[doc];
    const to = this.statementOffsets[doc + 1];
    if (from === undefined || to === undefined || from === to) return [];
    return JSON.parse(this.decoder.decode(this.statementBytes.subarray(from, to))) as StatementRecord[];
  }
  speakerStatements(speaker: number): readonly StatementRef[] {
    const out: StatementRef[] = [];
    const from = this.refOffsets[speaker] ?? 0;
    const to = this.refOffsets[speaker + 1] ?? 0;
    for (let k = from; k < to; k++) out.push([this.refs[2 * k]!, this.refs[2 * k + 1]!]);
    return out;
  }
}

function bytes(array: Uint32Array | Uint16Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(n: number): number {
  return (n + 3) & ~3;
}
