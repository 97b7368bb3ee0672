import { decodeRun } from "./postings-codec";
import type { LazyTables } from "./types";

/** Where a loaded index's postings and forward index lie in its file, and the tables that locate each term and paragraph. */
export interface RetrievalSections {
  paragraphs: number;
  /** Varint sections (docs/index-format.md). */
  postingDocs: Uint8Array;
  postingTf: Uint8Array;
  docTerms: Uint8Array;
  docPositions: Uint8Array;
  /** Entry offsets: term t's postings are entries postingOffsets[t]..[t+1], paragraph d's forward entries docTermOffsets[d]..[d+1]. */
  postingOffsets: Uint32Array;
  docTermOffsets: Uint32Array;
  /** Byte offsets of each term's (paragraph's) run in the section of the same name. */
  postingDocBytes: Uint32Array;
  postingTfBytes: Uint32Array;
  docTermBytes: Uint32Array;
  docPositionBytes: Uint32Array;
  /** Rank -> term id. */
  order: Uint32Array;
}

/**
 * The postings and forward index of a loaded index, decoded a term (a paragraph) at a time when a
 * question first reads it, into arrays laid out as a built index's: a question pays for its own terms
 * and reranked paragraphs, and loading decodes no posting. A run that does not decode throws
 * IndexFormatError each time it is read.
 */
export class LoadedTables implements LazyTables {
  readonly postingDocs: Uint32Array;
  readonly postingTf: Uint16Array;
  readonly docTerms: Uint32Array;
  readonly docPositions: Uint16Array;
  private readonly termDone: Uint8Array;
  private readonly docDone: Uint8Array;
  private complete = false;

  constructor(private readonly s: RetrievalSections) {
    const postings = s.postingOffsets[s.postingOffsets.length - 1]!;
    const tokens = s.docTermOffsets[s.docTermOffsets.length - 1]!;
    this.postingDocs = new Uint32Array(postings);
    this.postingTf = new Uint16Array(postings);
    this.docTerms = new Uint32Array(tokens);
    this.docPositions = new Uint16Array(tokens);
    this.termDone = new Uint8Array(s.postingOffsets.length - 1);
    this.docDone = new Uint8Array(s.paragraphs);
  }

  loadPostings(term: number): void {
    if (this.termDone[term] !== 0) return; // done, or not a term (undefined)
    const { postingOffsets: o, postingDocBytes: db, postingTfBytes: fb } = this.s;
    decodeRun(this.s.postingDocs.subarray(db[term]!, db[term + 1]!), "postingDocs", this.postingDocs.subarray(o[term]!, o[term + 1]!), "gaps", this.s.paragraphs);
    decodeRun(this.s.postingTf.subarray(fb[term]!, fb[term + 1]!), "postingTf", this.postingTf.subarray(o[term]!, o[term + 1]!), "u16", 0x10000);
    this.termDone[term] = 1;
  }

  loadForward(doc: number): void {
    if (this.docDone[doc] !== 0) return;
    const { docTermOffsets: o, docTermBytes: tb, docPositionBytes: pb, order } = this.s;
    decodeRun(this.s.docTerms.subarray(tb[doc]!, tb[doc + 1]!), "docTerms", this.docTerms.subarray(o[doc]!, o[doc + 1]!), "ranks", order.length, order);
    decodeRun(this.s.docPositions.subarray(pb[doc]!, pb[doc + 1]!), "docPositions", this.docPositions.subarray(o[doc]!, o[doc + 1]!), "u16gaps", 0x10000);
    this.docDone[doc] = 1;
  }

  /** Decodes every term and paragraph not decoded yet (a reader of the whole arrays). */
  loadAll(): this {
    if (!this.complete) {
      for (let t = 0; t < this.termDone.length; t++) this.loadPostings(t);
      for (let d = 0; d < this.docDone.length; d++) this.loadForward(d);
      this.complete = true;
    }
    return this;
  }
}
