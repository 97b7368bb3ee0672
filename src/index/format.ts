import { z } from "zod";

/**
 * The index file's layout constants, header schema and checksum (docs/index-format.md). The writer
 * (serialize.ts) and the loader share them, so the two cannot disagree.
 */
export const INDEX_FORMAT_VERSION = 9;
/** "AQIX" read as a little-endian u32. */
export const MAGIC = 0x58495141;
/** magic, version, header length, header checksum: four u32. */
export const PREFIX_BYTES = 16;

/** A file the loader refuses: truncated, misaligned, inconsistent or of another version. */
export class IndexFormatError extends Error {
  override name = "IndexFormatError";
}

/**
 * Every section, in file order, with the size of its elements in bytes (1 for UTF-8, JSON and varint
 * streams; the varint sections are decoded at load or on first use, see postings-codec.ts and lazy-tables.ts).
 */
export const SECTIONS = {
  texts: 1,
  textLengths: 1,
  speakers: 1,
  aliases: 1,
  aliasKeys: 1,
  aliasWords: 1,
  summaries: 1,
  summaryLengths: 1,
  english: 1,
  statements: 1,
  statementLengths: 1,
  speakerStatementOffsets: 4,
  speakerStatements: 4,
  terms: 1,
  paragraphArticle: 4,
  postingCounts: 1,
  postingDocBytes: 1,
  postingTfBytes: 1,
  postingDocs: 1,
  postingTf: 1,
  docLength: 4,
  docTermCounts: 1,
  docTermBytes: 1,
  docPositionBytes: 1,
  termOrder: 1,
  docTerms: 1,
  docPositions: 1,
  titleTermCounts: 1,
  titleTerms: 1,
} as const;
export type SectionName = keyof typeof SECTIONS;

const count = z.number().int().nonnegative();
const ArticleMetaSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().optional(),
  source: z.string().optional(),
  url: z.string().optional(),
  language: z.string(),
  firstParagraph: count,
  paragraphCount: count,
});

/** The header: ranking options (options added since the file was written take their defaults), articles, section table. */
export const HeaderSchema = z.object({
  ranking: z
    .object({
      k1: z.number().positive(),
      b: z.number().min(0).max(1),
      titleWeight: z.number().min(0),
      proximityWeight: z.number().min(0),
      cliticVariants: z.boolean(),
      prefixWeight: z.number().min(0),
      partialWeight: z.number().min(0),
      contextWeight: z.number().min(0),
      rerankDepth: z.number().int().positive(),
      rerankWeights: z.array(z.number()),
      stemExtensions: z.array(z.enum(["future", "suffixes", "tanween", "fa", "bi"])),
    })
    .partial(),
  articles: z.array(ArticleMetaSchema),
  /** name -> [offset from the start of the file, byte length, checksum of the bytes]. */
  sections: z.record(z.string(), z.tuple([count, count, count])),
});
export type Header = z.infer<typeof HeaderSchema>;

/**
 * A u32 that changes with any changed byte: FNV-1a steps over the bytes four at a time (where aligned),
 * in four interleaved lanes so the multiplications pipeline (a 51 MB file in about 20 ms), then folded.
 */
export function checksum(input: Uint8Array): number {
  const bytes = input.byteOffset % 4 === 0 ? input : input.slice(); // the same bytes, the same sum, wherever they sit
  let a = 0x811c9dc5, b = 0x01000193, c = 0x9e3779b9, d = 0x85ebca6b;
  const words = Math.floor(bytes.length / 16) * 4;
  if (words) {
    const u32 = new Uint32Array(bytes.buffer, bytes.byteOffset, words);
    for (let i = 0; i < words; i += 4) {
      a = Math.imul(a ^ u32[i]!, 0x01000193);
      b = Math.imul(b ^ u32[i + 1]!, 0x01000193);
      c = Math.imul(c ^ u32[i + 2]!, 0x01000193);
      d = Math.imul(d ^ u32[i + 3]!, 0x01000193);
    }
  }
  let h = Math.imul(Math.imul(Math.imul(a ^ b, 0x01000193) ^ c, 0x01000193) ^ d, 0x01000193);
  for (let i = words * 4; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

export function align(n: number): number {
  return (n + 3) & ~3;
}
