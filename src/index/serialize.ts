import { align, checksum, INDEX_FORMAT_VERSION, IndexFormatError, MAGIC, PREFIX_BYTES, SECTIONS, type SectionName } from "./format";
import { encodeJsonLines } from "./json-lines";
import { encodeTextCode } from "./text-code";
import { encodeAliasKeys } from "./alias-keys-codec";
import { encodeAliasWords } from "./alias-words";
import { encodeStatements, encodeSummaries } from "./extras-codec";
import { encodeForward, encodeLengths, encodePostings, encodeRanks, encodeVarints, termOrder } from "./postings-codec";
import type { IndexData } from "./types";

/**
 * The prebuilt index file (docs/index-format.md):
 *
 *   bytes 0..3   magic "AQIX"
 *   bytes 4..7   format version, u32 little-endian (INDEX_FORMAT_VERSION)
 *   bytes 8..11  header length H, u32
 *   bytes 12..15 header checksum, u32 (checksum() in format.ts)
 *   bytes 16..   header: UTF-8 JSON {ranking, articles, sections:{name:[offset,byteLength,checksum]}}
 *   then         sections (SECTIONS in format.ts), each 4-byte aligned, offsets counted from the start
 *                of the file: paragraph texts (UTF-8 with the Arabic letters in one byte, text-code.ts) and their lengths; the extras (speakers: one JSON
 *                record a line, each parsed when first read, json-lines.ts; aliases,
 *                aliasKeys {folded, near, order} as three JSON lines, each parsed when first read (alias-keys-codec.ts),
 *                aliasWords as five JSON lines: words, speakers, stems, sound keys, each key's words (alias-words.ts),
 *                each line parsed when first read; english: null, or the lexicon's JSON and the sound keys' JSON
 *                on two lines, each parsed on first use; statements and summaries: varint records whose
 *                texts point into the paragraph texts, extras-codec.ts; speakers' statement refs u32);
 *                the vocabulary; the postings and the forward index as varints, with byte-length
 *                tables so each term and paragraph decodes alone (postings-codec.ts, lazy-tables.ts).
 */
export { INDEX_FORMAT_VERSION, IndexFormatError };
export { deserializeIndex } from "./load";

type Section = [offset: number, byteLength: number, checksum: number];

/** The index as the bytes of its file (docs/index-format.md). */
export function serializeIndex(data: IndexData): Uint8Array {
  const encoder = new TextEncoder();
  const encoded: Uint8Array[] = [];
  const textOffsets = new Uint32Array(data.texts.length + 1);
  for (let i = 0; i < data.texts.length; i++) {
    encoded.push(encodeTextCode(encoder.encode(data.texts.get(i))));
    textOffsets[i + 1] = textOffsets[i]! + encoded[i]!.length;
  }
  const texts = new Uint8Array(textOffsets[data.texts.length]!);
  encoded.forEach((e, i) => texts.set(e, textOffsets[i]!));
  const order = termOrder(data.postingOffsets);
  const blobs: Record<SectionName, Uint8Array> = {
    texts,
    textLengths: encodeLengths(textOffsets),
    ...extrasSections(data, encoder),
    terms: encoder.encode(data.terms.join("\n")),
    paragraphArticle: bytes(data.paragraphArticle),
    postingCounts: encodeLengths(data.postingOffsets),
    ...encodePostings(data.postingOffsets, data.postingDocs, data.postingTf),
    docLength: bytes(data.docLength),
    docTermCounts: encodeLengths(data.docTermOffsets),
    termOrder: encodeVarints(order),
    ...encodeForward(data.docTermOffsets, data.docTerms, data.docPositions, order),
    titleTermCounts: encodeLengths(data.titleTermOffsets),
    titleTerms: encodeRanks(data.titleTerms, order),
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
function extrasSections(data: IndexData, encoder: TextEncoder): Record<"speakers" | "aliases" | "aliasKeys" | "aliasWords" | "summaries" | "summaryLengths" | "english" | "statements" | "statementLengths" | "speakerStatementOffsets" | "speakerStatements", Uint8Array> {
  const { extras } = data;
  const refs = extras.speakers.map((_, i) => extras.speakerStatements(i));
  const speakerStatementOffsets = new Uint32Array(refs.length + 1);
  refs.forEach((r, i) => (speakerStatementOffsets[i + 1] = speakerStatementOffsets[i]! + r.length));
  const speakerStatements = Uint32Array.from(refs.flat(2));
  return {
    speakers: encodeJsonLines(extras.speakers, encoder),
    aliases: encoder.encode(JSON.stringify(extras.aliases())),
    aliasKeys: encodeAliasKeys(extras.aliasKeys(), encoder),
    aliasWords: encodeAliasWords(extras.aliasWords(), encoder),
    ...encodeSummaries(data, encoder),
    // two JSON texts on two lines (JSON.stringify writes no line break), so a reader decodes each part when first needed
    english: encoder.encode(extras.english ? `${JSON.stringify(extras.english.lexicon)}\n${JSON.stringify(extras.english.sounds)}` : "null"),
    ...encodeStatements(data, encoder),
    speakerStatementOffsets: bytes(speakerStatementOffsets),
    speakerStatements: bytes(speakerStatements),
  };
}

function bytes(array: Uint32Array | Uint16Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}
