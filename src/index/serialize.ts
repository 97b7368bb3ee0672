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
 *                paragraph, plus the end), terms (UTF-8, joined by "\n"), extras (UTF-8 JSON,
 *                parsed on first use), paragraphArticle u32, postingOffsets u32, postingDocs u32,
 *                postingTf u16, docLength f32, docTermOffsets u32, docTerms u32, docPositions u16,
 *                titleTermOffsets u32, titleTerms u32
 */
export const INDEX_FORMAT_VERSION = 3;
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
    extras: encoder.encode(JSON.stringify(data.extras)),
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
  for (let pass = 0; pass < 3; pass++) {
    let offset = align(12 + header.length);
    for (const name of names) {
      sections[name] = [offset, blobs[name]!.length];
      offset = align(offset + blobs[name]!.length);
    }
    const next = encoder.encode(
      JSON.stringify({ ranking: data.ranking, articles: data.articles, sections }),
    );
    const stable = next.length === header.length;
    header = next;
    if (stable) break;
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
  let extras: IndexData["extras"] | undefined;
  return {
    // options added since the file was written take their defaults
    ranking: { ...DEFAULT_RANKING, ...header.ranking },
    articles: header.articles,
    get extras() {
      extras ??= JSON.parse(text("extras")) as IndexData["extras"];
      return extras;
    },
    set extras(value) {
      extras = value;
    },
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

function bytes(array: Uint32Array | Uint16Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

function align(n: number): number {
  return (n + 3) & ~3;
}
