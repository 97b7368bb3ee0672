import { checkArticles, checkBelow, checkLengths, checkOffsets, expect, parseSection } from "./check";
import { align, checksum, HeaderSchema, INDEX_FORMAT_VERSION, IndexFormatError, MAGIC, PREFIX_BYTES, SECTIONS, type SectionName } from "./format";
import { jsonSection, LoadedExtras } from "./loaded-extras";
import { LoadedTables } from "./lazy-tables";
import { decodeOffsets, decodeRun, decodeTermOrder } from "./postings-codec";
import { decodeTextCode, decodeTextString } from "./text-code";
import { DEFAULT_RANKING, type IndexData, type TextStore } from "./types";

/**
 * Loads an index file, refusing with IndexFormatError anything but a whole, consistent file of this
 * version: the header is checked with zod, every section's bounds, alignment and checksum, and the
 * tables against each other (offsets, ids, article ranges), so a bad file never loads as a silent
 * empty index or gives NaN scores. The postings and the forward index are decoded a term (a
 * paragraph) at a time when first read (lazy-tables.ts), every value checked; they and the extras
 * decoded on first use (loaded-extras.ts) throw IndexFormatError then.
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
  const u32 = (name: SectionName) => new Uint32Array(raw(name).buffer, raw(name).byteOffset, raw(name).length / 4);
  const text = (name: SectionName) => decoder.decode(raw(name));
  const articles = header.articles;
  const paragraphArticle = u32("paragraphArticle");
  const paragraphs = paragraphArticle.length;
  checkBelow("paragraphArticle", paragraphArticle, articles.length);
  checkArticles(articles, paragraphArticle);
  const termText = text("terms");
  const terms = termText ? termText.split("\n") : [];
  const textBytes = raw("texts");
  const lengths = (name: SectionName, count: number, target: SectionName, exact: boolean) => decodeOffsets(raw(name), name, count, raw(target).length, exact ? raw(target).length : undefined);
  const textOffsets = lengths("textLengths", paragraphs, "texts", true);
  const statements = raw("statements");
  const statementOffsets = lengths("statementLengths", paragraphs, "statements", true);
  const postingOffsets = lengths("postingCounts", terms.length, "postingDocs", false);
  const docTermOffsets = lengths("docTermCounts", paragraphs, "docTerms", false);
  const titleTermOffsets = lengths("titleTermCounts", articles.length, "titleTerms", false);
  const docLength = new Float32Array(raw("docLength").buffer, raw("docLength").byteOffset, raw("docLength").length / 4);
  expect(docLength.length === paragraphs, "docLength is not one per paragraph");
  checkLengths(docLength);
  const order = decodeTermOrder(raw("termOrder"), terms.length);
  const titleTerms = new Uint32Array(titleTermOffsets[articles.length]!);
  decodeRun(raw("titleTerms"), "titleTerms", titleTerms, "ranks", order.length, order);
  // the postings and forward index are decoded a term (a paragraph) at a time, when first read
  const tables = new LoadedTables({
    paragraphs,
    postingDocs: raw("postingDocs"),
    postingTf: raw("postingTf"),
    docTerms: raw("docTerms"),
    docPositions: raw("docPositions"),
    postingOffsets,
    docTermOffsets,
    postingDocBytes: lengths("postingDocBytes", terms.length, "postingDocs", true),
    postingTfBytes: lengths("postingTfBytes", terms.length, "postingTf", true),
    docTermBytes: lengths("docTermBytes", paragraphs, "docTerms", true),
    docPositionBytes: lengths("docPositionBytes", paragraphs, "docPositions", true),
    order,
  });
  const refOffsets = u32("speakerStatementOffsets");
  const refs = u32("speakerStatements");
  expect(refOffsets.length >= 1 && refs.length % 2 === 0, "speakerStatements is not pairs");
  checkOffsets("speakerStatementOffsets", refOffsets, refOffsets.length - 1, refs.length / 2);
  checkBelow("speakerStatements", refs, paragraphs, 2);
  const texts: TextStore = {
    length: paragraphs,
    get: (doc: number) => decodeTextString(textBytes.subarray(textOffsets[doc]!, textOffsets[doc + 1]!)),
    bytes: (doc: number) => decodeTextCode(textBytes.subarray(textOffsets[doc]!, textOffsets[doc + 1]!)),
  };
  const speakers = refOffsets.length - 1;
  const extras = new LoadedExtras({
    json: (name) => jsonSection(name, text(name), speakers),
    speakers: raw("speakers"),
    aliasKeys: raw("aliasKeys"),
    aliasWords: raw("aliasWords"),
    summaries: raw("summaries"),
    summaryLengths: raw("summaryLengths"),
    statements,
    statementOffsets,
    refOffsets,
    refs,
    articles,
    texts,
    english: raw("english"),
  });
  return {
    // options added since the file was written take their defaults
    ranking: { ...DEFAULT_RANKING, ...header.ranking },
    articles,
    extras,
    texts,
    terms,
    paragraphArticle,
    postingOffsets,
    docLength,
    docTermOffsets,
    titleTermOffsets,
    titleTerms,
    lazy: tables,
    // a reader of the whole arrays gets them whole
    get postingDocs() {
      return tables.loadAll().postingDocs;
    },
    get postingTf() {
      return tables.loadAll().postingTf;
    },
    get docTerms() {
      return tables.loadAll().docTerms;
    },
    get docPositions() {
      return tables.loadAll().docPositions;
    },
  };
}
