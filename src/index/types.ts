import type { PatternSet, StemExtension } from "../analysis";
import type { Extras } from "./extras";
import { LEARNED_RERANK } from "./rerank-model";

/** Ranking options, stored in the index so the searcher scores as the indexer intended. */
export interface RankingOptions {
  /** BM25 term-frequency saturation. Default 1.2 (range 0.5..3); see docs/quality.md for the sweep. */
  k1: number;
  /** BM25 length normalization. Default 0.9 (range 0..1): long paragraphs mostly add unrelated text, so length is normalized strongly (docs/quality.md). */
  b: number;
  /** Weight of the article title's terms, counted with each of its paragraphs. Default 0.25 (0 turns it off). */
  titleWeight: number;
  /** Weight of the proximity boost for query terms standing close together. Default 0.3 (0 turns it off). */
  proximityWeight: number;
  /** Match a query stem also with or without a leading ب ل ك ف (see SearchIndex.cliticVariants). Default true. */
  cliticVariants: boolean;
  /** Weight of vocabulary stems that extend a query stem of 4+ letters (ترجم -> ترجمت). Default 0 (measured as no gain, docs/quality.md). */
  prefixWeight: number;
  /**
   * Partial credit, over the reranked candidates, for a query word of 5+ letters that the paragraph lacks:
   * weight x idf x the share of its letter 4-grams found in the paragraph (الثواني ~ ثانية). Default 0.7; 0 turns it off.
   */
  partialWeight: number;
  /**
   * Credit, at this share of its idf, for a query term the paragraph lacks but another paragraph of
   * its article holds (names said once, then referred back to). Default 0.5; 0 turns it off.
   */
  contextWeight: number;
  /**
   * How many of the best BM25 paragraphs the rerank (proximity, partial credit, context) rescores,
   * at least the requested limit. Default 10: 10, 15 and 30 measured the same on XQuAD and ARCD
   * (docs/quality.md), and the rerank is most of a question's CPU time.
   */
  rerankDepth: number;
  /**
   * Learned weights of the rerank, one per feature of RERANK_FEATURES (src/index/rerank.ts), relative
   * to BM25's (1): each candidate scores idf mass x (weights . features). Default LEARNED_RERANK
   * (src/index/rerank-model.ts, fit by `npm run eval -- --only rerank --write` on the tune parts of
   * XQuAD and ARCD); [] uses the hand combination of proximityWeight, partialWeight and contextWeight,
   * which English questions (translated terms) always use: the learned weights measured no gain on them.
   */
  rerankWeights: number[];
  /** Stemmer extensions beyond light10 used to build the index (the query side must match). */
  stemExtensions: StemExtension[];
  /**
   * Pattern groups or single template pairs (src/analysis/patterns.ts) whose other forms of a query stem's root the query also
   * matches, when the vocabulary holds them (اشخاص ~ شخص, تنظم ~ تنظيم). Default: see DEFAULT_RANKING
   * and the measurement in docs/quality.md; [] turns it off.
   */
  morphology: PatternSet[];
  /** Weight of a pattern form against the question's own stem. Default 0.8. */
  morphologyWeight: number;
  /** Pattern forms only for a word the vocabulary lacks in every clitic form (where it costs recall). Default true. */
  morphologyOnlyUnseen: boolean;
}

export const DEFAULT_RANKING: RankingOptions = {
  k1: 1.2,
  b: 0.9,
  titleWeight: 0.25,
  proximityWeight: 0.3,
  cliticVariants: true,
  prefixWeight: 0,
  partialWeight: 0.7,
  contextWeight: 0.5,
  rerankDepth: 10,
  rerankWeights: LEARNED_RERANK,
  stemExtensions: ["future", "suffixes", "tanween"],
  morphology: [],
  morphologyWeight: 0.8,
  morphologyOnlyUnseen: true,
};

/** Per-article metadata kept in the index. */
export interface ArticleMeta {
  id: string;
  title: string;
  date?: string;
  source?: string;
  url?: string;
  language: string;
  /** Index of the article's first paragraph in the global paragraph arrays. */
  firstParagraph: number;
  paragraphCount: number;
}

/**
 * Everything the searcher needs, as plain arrays. The serializer writes exactly this
 * (see docs/index-format.md), so a freshly built index and a loaded one behave the same.
 */
export interface IndexData {
  ranking: RankingOptions;
  articles: ArticleMeta[];
  /** Original paragraph texts, harakat kept, in article order (decoded on demand when loaded). */
  texts: TextStore;
  /** Article index of each paragraph. */
  paragraphArticle: Uint32Array;
  /** Sorted vocabulary of stems. */
  terms: string[];
  /** postings of terms[i] are postingDocs[postingOffsets[i] .. postingOffsets[i+1]). */
  postingOffsets: Uint32Array;
  postingDocs: Uint32Array;
  /** Term frequency x 4 (so the title's fractional weight fits an integer). */
  postingTf: Uint16Array;
  /** Paragraph length in terms, the title's terms counted at titleWeight. */
  docLength: Float32Array;
  /**
   * The forward index, so the rerank never re-analyzes text: paragraph d's stems, as vocabulary ids
   * in text order, are docTerms[docTermOffsets[d] .. docTermOffsets[d+1]), and docPositions holds
   * each one's token position (stopwords counted, capped at 65535).
   */
  docTermOffsets: Uint32Array;
  docTerms: Uint32Array;
  docPositions: Uint16Array;
  /** Article a's title stems as vocabulary ids: titleTerms[titleTermOffsets[a] .. titleTermOffsets[a+1]). */
  titleTermOffsets: Uint32Array;
  titleTerms: Uint32Array;
  /** What the indexer found in the text beyond terms: statements, speakers, summaries, English maps. */
  extras: Extras;
  /**
   * A loaded index's postings and forward index, decoded a term or a paragraph at a time on first use
   * (docs/index-format.md). A reader of one term's or paragraph's range calls loadPostings/loadForward
   * and reads these arrays; the plain fields above decode the whole index when first read. Absent on
   * a built index, whose arrays are whole.
   */
  lazy?: LazyTables;
}

/** Retrieval arrays laid out as IndexData's, filled a term (a paragraph) at a time by the load calls. */
export interface LazyTables {
  readonly postingDocs: Uint32Array;
  readonly postingTf: Uint16Array;
  readonly docTerms: Uint32Array;
  readonly docPositions: Uint16Array;
  /** Decodes term `term`'s range of postingDocs and postingTf, unless done (IndexFormatError if it does not decode). */
  loadPostings(term: number): void;
  /** Decodes paragraph `doc`'s range of docTerms and docPositions, unless done. */
  loadForward(doc: number): void;
}

/** Paragraph texts by global index. A loaded index decodes each one from the file only when asked. */
export interface TextStore {
  readonly length: number;
  get(doc: number): string;
  /** A paragraph's UTF-8 bytes, when the store has them (a loaded index: decoded from the text code, not into a string). */
  bytes?(doc: number): Uint8Array;
}

/** Texts held in memory, as the builder has them. */
export class ArrayTextStore implements TextStore {
  constructor(private readonly texts: string[]) {}
  get length(): number {
    return this.texts.length;
  }
  get(doc: number): string {
    return this.texts[doc]!;
  }
  all(): string[] {
    return this.texts;
  }
}
