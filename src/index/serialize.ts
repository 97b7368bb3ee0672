import { align, checksum, INDEX_FORMAT_VERSION, IndexFormatError, MAGIC, PREFIX_BYTES, SECTIONS, type SectionName } from "./format";
import type { IndexData } from "./types";

/**
 * The prebuilt index file (docs/index-format.md):
 *
 *   bytes 0..3   magic "AQIX"
 *   bytes 4..7   format version, u32 little-endian (INDEX_FORMAT_VERSION)
 *   bytes 8..11  header length H, u32
 *   bytes 12..15 header checksum, u32 (checksum() in format.ts)
 *   bytes 16..   header: UTF-8 JSON {ranking, articles, sections:{name:[offset,byteLength,checksum]}}
 *   then         sections, each 4-byte aligned, offsets counted from the start of the file:
 *                texts (UTF-8, all paragraphs back to back), textOffsets u32 (byte offset of each
 *                paragraph, plus the end), terms (UTF-8, joined by "\n"), the extras (speakers,
 *                aliases [[plain alias, speaker]] best first, aliasKeys {folded, near} and aliasWords [[word, key, speakers, stems]] (alias-keys.ts), summaries,
 *                english (null, or the lexicon's JSON and the sound keys' JSON on two lines): UTF-8 JSON each,
 *                parsed on first use; statements: each
 *                paragraph's list as UTF-8 JSON back to back, statementOffsets u32 a paragraph plus
 *                the end; speakerStatementOffsets u32 a speaker plus the end, counting refs;
 *                speakerStatements u32 pairs [paragraph, position in its list]), paragraphArticle u32, postingOffsets u32, postingDocs u32,
 *                postingTf u16, docLength f32, docTermOffsets u32, docTerms u32, docPositions u16,
 *                titleTermOffsets u32, titleTerms u32
 */
export { INDEX_FORMAT_VERSION, IndexFormatError };
export { deserializeIndex } from "./load";

type Section = [offset: number, byteLength: number, checksum: number];

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
  const blobs: Record<SectionName, Uint8Array> = {
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
  const names = Object.keys(SECTIONS) as SectionName[];
  const sums = Object.fromEntries(names.map((n) => [n, checksum(blobs[n])])) as Record<SectionName, number>;
  const sections = {} as Record<SectionName, Section>;
  let header: Uint8Array = new Uint8Array();
  // offsets depend on the header's length and it on them: lay out until the length holds, padding
  // a shorter header with spaces (valid JSON) so the length only grows and the loop ends
  for (let stable = false; !stable; ) {
    let offset = align(PREFIX_BYTES + header.length);
    for (const name of names) {
      sections[name] = [offset, blobs[name]!.length, sums[name]];
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
  view.setUint32(12, checksum(header), true);
  out.set(header, PREFIX_BYTES);
  for (const name of names) out.set(blobs[name]!, sections[name]![0]);
  return out;
}

/** The extras, each part in its own section so a loaded index decodes only the parts a question reads. */
function extrasSections(data: IndexData, encoder: TextEncoder): Record<"speakers" | "aliases" | "aliasKeys" | "aliasWords" | "summaries" | "english" | "statements" | "statementOffsets" | "speakerStatementOffsets" | "speakerStatements", Uint8Array> {
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
    aliasKeys: encoder.encode(JSON.stringify(extras.aliasKeys())),
    aliasWords: encoder.encode(JSON.stringify(extras.aliasWords())),
    summaries: encoder.encode(JSON.stringify(extras.summaries)),
    // two JSON texts on two lines (JSON.stringify writes no line break), so a reader decodes each part when first needed
    english: encoder.encode(extras.english ? `${JSON.stringify(extras.english.lexicon)}\n${JSON.stringify(extras.english.sounds)}` : "null"),
    statements,
    statementOffsets: bytes(statementOffsets),
    speakerStatementOffsets: bytes(speakerStatementOffsets),
    speakerStatements: bytes(speakerStatements),
  };
}

function bytes(array: Uint32Array | Uint16Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
