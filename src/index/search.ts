import { ANSWER_TYPES, analyzeToken, foldedCodes, lowerBound, patternVariants, tokenize, type AnalyzerOptions, type AnswerType } from "../analysis";
import { answerTypeNear, densestStretch } from "./answer-window";
import { GramMatcher, gramSet, letterGrams, type GramSet } from "./grams";
import { analyzerFor } from "./analyzer";
import { evidence, heaviestHalf, type Evidence } from "./evidence";
import { NUMBER_TERM, partEvidence, type PartEvidence } from "./parts";
import { dot, handRerank, RERANK_FEATURES, rerankFeatures, rerankWeights, type RerankFeature, type RerankInput } from "./rerank";
import type { ArticleMeta, IndexData } from "./types";

/** One ranked paragraph. */
export interface Hit {
  /** Global paragraph index. */
  doc: number;
  score: number;
  /** Share of the query's idf mass that this paragraph (with its title) contains, 0..1. */
  coverage: number;
  /** How the paragraph matched the query (set by the rerank), for the found / not-found decision. */
  signals?: HitSignals;
}

/**
 * What a reranked hit matched, each as a share (0..1) of the query's idf mass unless said otherwise:
 * the features src/answer/found.ts decides on.
 */
export interface HitSignals extends Evidence, PartEvidence {
  /** Terms matched by the question's own stem (for a translated term: by any of its translations). */
  exact: number;
  /** Terms matched only by another alternative: a clitic variant or a pattern (morphology) form. */
  variant: number;
  /** Letter 4-gram credit of the unmatched words (the share of each one's grams, idf-weighted). */
  partial: number;
  /** Terms the paragraph lacks but another paragraph of its article holds. */
  context: number;
  /** The proximity boost over the idf mass (pairs of terms standing close together). */
  proximity: number;
  /** 1 when the query's heaviest term (its rarest word) is in the paragraph or its title, else 0. */
  rarest: number;
  /** Terms the whole corpus lacks (no stem and no alternative in the vocabulary). */
  unknown: number;
  /** How many query terms, for scale. */
  terms: number;
  /** The query's idf mass in units of the idf of a stem the corpus lacks (how much a full match says). */
  mass: number;
  /** Share of the idf mass in translated terms (an English question's words): 0 for an Arabic question. */
  translated: number;
  /**
   * Share of the idf mass in terms the paragraph holds only through alternatives of weight below 1 (an
   * English word's near sounds, src/answer/english.ts): 0 when every held term has a full-weight match.
   */
  nearOnly: number;
  /**
   * The hit's score by the hand combination (handRerank: BM25 + partial, context and proximity at their
   * RankingOptions weights) over the idf mass, whatever weights rank: the found model reads it, and the
   * learned rerank's score separated answerable from unanswerable questions less (docs/quality.md).
   */
  score: number;
  /** The most of the idf mass that one stretch of WINDOW_TOKENS tokens holds (title terms count in every stretch). */
  window: number;
  /** The rerank's feature vector (RERANK_FEATURES order), what scripts/eval/rerank.ts fits on. */
  features: number[];
  /** 1 when the paragraph holds the question's rarest term, else the letter 4-gram share of that word it holds (0 for a translated term). */
  rarestGrams: number;
  /** The paragraph's article (its index in the index's articles), to tell hits of one article from another's. */
  article: number;
  /** The answer type the search was given (SearchOptions.answerType) as 1 + its index in ANSWER_TYPES (1 number, 2 date, 3 person, 4 place); 0 when none. */
  typed: number;
  /** 1 when a word of that type stands around the matched terms, outside the question's words (answer-window.ts), else 0 (and 0 when not typed). */
  typeNear: number;
}

/**
 * Corpus-wide statistics, for an index that holds only part of the corpus (a slice the D1 store
 * builds per request): BM25 then scores its paragraphs as the whole corpus would.
 */
export interface CorpusStats {
  /** Paragraphs in the whole corpus (N of idf). */
  paragraphs: number;
  /** Average paragraph length over the whole corpus. */
  averageLength: number;
  /** Corpus document frequency of vocabulary id i, or -1 when unknown (then the slice's own count is used). */
  df(id: number): number;
}

export interface SearchOptions {
  /** How many hits to return. Default 10. */
  limit?: number;
  /** Restrict to these paragraphs (global indexes). */
  filter?: (doc: number) => boolean;
  /** Fill each hit's `signals` (what it matched), for the found / not-found decision. Default false. */
  signals?: boolean;
  /** With signals: the kind of answer the question asks for (src/answer/answer-type.ts), for the typeNear signal. Default none. */
  answerType?: AnswerType;
  /** Tokens either side of the matched terms the typeNear signal reads. Default ANSWER_MARGIN of the type (answer-window.ts). */
  answerMargin?: number;
}

/** A query term with its weight: the Pirkola-style group of alternative stems counts as one term. */
export interface QueryTerm {
  /** Alternative stems; a paragraph matching any of them matches the term. */
  alternatives: string[];
  /** Multiplier on each alternative's score (same order). Default 1 each. */
  alternativeWeights?: number[];
  /** Multiplier on the term's score. Default 1. */
  boost?: number;
  /** The normalized word the term came from, for partial credit (queryTerms sets it; none for translated terms). */
  surface?: string;
  /** True for a name (an English question's capitalized word), for the names signal. Default false. */
  name?: boolean;
}

/**
 * A query term, always of one shape (so the searcher's hot code sees one object layout): weights
 * default to 1 each, the boost to 1, and a term without a surface (a translation) gets no partial credit.
 */
export function queryTerm(alternatives: string[], alternativeWeights?: number[], surface?: string, name = false): QueryTerm {
  return { alternatives, alternativeWeights: alternativeWeights ?? alternatives.map(() => 1), boost: 1, surface, name };
}

const CLITICS = ["\u0628", "\u0644", "\u0643", "\u0641"]; // ب ل ك ف
const PROXIMITY_WINDOW = 6;
/** Stems whose vocabulary id is remembered between queries; the map starts over when full. */
const ID_CACHE_SIZE = 20_000;
/** Query words whose analysis (stem, clitic variants) is remembered between queries; the map starts over when full. */
const WORD_CACHE_SIZE = 20_000;
/** Paragraph gram sets kept between queries (about 8 bytes a character of text): 4 MB. */
const GRAM_CACHE_BYTES = 4_000_000;

/**
 * BM25 over paragraphs with the title counted at a lower weight, a proximity boost over the top
 * candidates, and a coverage figure that /v1/ask turns into a relevance floor.
 */
export class SearchIndex {
  readonly analyzer: AnalyzerOptions;
  readonly averageLength: number;
  /** Scratch, one slot a paragraph: BM25 sums, and a group's best alternative score. Zero between queries. */
  private scores: Float32Array;
  private groupScores?: Float32Array;
  /** Scratch, one slot a stem: which query term (1-based) owns it during a rerank. Zero between queries. */
  private owner?: Uint16Array;
  private byId?: Map<string, ArticleMeta>;
  private ids = new Map<string, number>();
  private words = new Map<string, QueryWord | null>();
  private gramCache = new Map<number, GramSet>();
  private gramBytes = 0;

  /** `corpus`: whole-corpus statistics when `data` is a slice of it (default: `data` is the whole corpus). */
  constructor(readonly data: IndexData, private readonly corpus?: CorpusStats) {
    this.analyzer = analyzerFor(data.ranking);
    let sum = 0;
    for (const len of data.docLength) sum += len;
    this.averageLength = corpus ? corpus.averageLength : data.docLength.length ? sum / data.docLength.length : 1;
    this.scores = new Float32Array(data.texts.length);
  }

  /** Paragraphs in the corpus (of a slice: in the whole corpus). */
  get paragraphCount(): number {
    return this.corpus ? this.corpus.paragraphs : this.data.texts.length;
  }

  /** Paragraphs with a term id's postings, in the corpus (of a slice: in the whole corpus when known). */
  private df(id: number): number {
    const known = this.corpus ? this.corpus.df(id) : -1;
    return known >= 0 ? known : this.data.postingOffsets[id + 1]! - this.data.postingOffsets[id]!;
  }

  get articles(): ArticleMeta[] {
    return this.data.articles;
  }

  /** The article with this id, or undefined. */
  article(id: string): ArticleMeta | undefined {
    this.byId ??= new Map(this.data.articles.map((a) => [a.id, a]));
    return this.byId.get(id);
  }

  articleOf(doc: number): ArticleMeta {
    return this.data.articles[this.data.paragraphArticle[doc]!]!;
  }

  /** 1-based paragraph number of a global paragraph index within its article. */
  paragraphNumber(doc: number): number {
    return doc - this.articleOf(doc).firstParagraph + 1;
  }

  text(doc: number): string {
    return this.data.texts.get(doc);
  }

  /** Index of a stem in the vocabulary, or -1 (remembered for the words asked most). */
  termId(term: string): number {
    const known = this.ids.get(term);
    if (known !== undefined) return known;
    if (this.ids.size >= ID_CACHE_SIZE) this.ids.clear();
    const id = this.lookup(term);
    this.ids.set(term, id);
    return id;
  }

  private lookup(term: string): number {
    const terms = this.data.terms;
    let lo = 0;
    let hi = terms.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = terms[mid]!;
      if (t === term) return mid;
      if (t < term) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  documentFrequency(term: string): number {
    const id = this.termId(term);
    return id < 0 ? 0 : this.df(id);
  }

  /** Robertson-Sparck Jones idf as in Lucene's BM25 (never negative). */
  idf(df: number): number {
    const n = this.paragraphCount;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Analyze free text into query terms, one per distinct stem. */
  queryTerms(text: string): QueryTerm[] {
    const seen = new Set<string>();
    const out: QueryTerm[] = [];
    for (const { text: surface } of tokenize(text)) {
      const word = this.queryWord(surface);
      if (!word || seen.has(word.term)) continue;
      seen.add(word.term);
      out.push(queryTerm(word.alternatives, word.alternativeWeights, surface));
    }
    return out;
  }

  /** A normalized word's stem and alternatives (null for a stopword), remembered for the words asked most. */
  private queryWord(surface: string): QueryWord | null {
    const known = this.words.get(surface);
    if (known !== undefined) return known;
    if (this.words.size >= WORD_CACHE_SIZE) this.words.clear();
    const term = analyzeToken(surface, this.analyzer);
    let word: QueryWord | null = null;
    if (term !== null) {
      const alternatives = this.data.ranking.cliticVariants ? this.cliticVariants(term) : [term];
      const alternativeWeights = alternatives.map(() => 1);
      const { morphology = [], morphologyWeight = 0.8, morphologyOnlyUnseen = true } = this.data.ranking;
      if (!morphologyOnlyUnseen || !alternatives.some((t) => this.termId(t) >= 0)) {
        for (const t of patternVariants(term, morphology)) {
          if (alternatives.includes(t) || this.termId(t) < 0) continue;
          alternatives.push(t);
          alternativeWeights.push(morphologyWeight);
        }
      }
      const pw = this.data.ranking.prefixWeight;
      if (pw > 0 && term.length >= 4 && /^[\u0621-\u064A]/.test(term)) {
        for (const t of this.extensions(term)) {
          if (alternatives.includes(t)) continue;
          alternatives.push(t);
          alternativeWeights.push(pw);
        }
      }
      word = { term, alternatives, alternativeWeights };
    }
    this.words.set(surface, word);
    return word;
  }

  /**
   * A stem and its forms with or without a leading preposition ب ل ك ف that the vocabulary holds:
   * لكاليفورني, بكاليفورني and كاليفورني are one query term. Light10 leaves these clitics on.
   */
  cliticVariants(term: string): string[] {
    const out = [term];
    const add = (t: string) => {
      if (!out.includes(t) && this.termId(t) >= 0) out.push(t);
    };
    if (!/^[\u0621-\u064A]/.test(term)) return out;
    if (/^[\u0628\u0644\u0643\u0641]/.test(term) && term.length >= 5) add(term.slice(1));
    if (term.length >= 4) for (const p of CLITICS) add(p + term);
    return out;
  }

  /** Vocabulary stems that start with `prefix` and are longer than it, at most `max`. */
  extensions(prefix: string, max = 16): string[] {
    const terms = this.data.terms;
    const lo = lowerBound(0, terms.length, (i) => terms[i]! < prefix);
    const out: string[] = [];
    for (let i = lo; i < terms.length && out.length < max && terms[i]!.startsWith(prefix); i++) {
      if (terms[i] !== prefix) out.push(terms[i]!);
    }
    return out;
  }

  search(query: string | QueryTerm[], options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const qterms = typeof query === "string" ? this.queryTerms(query) : query;
    if (qterms.length === 0 || this.data.texts.length === 0) return [];
    const { contextWeight } = this.data.ranking;
    // a group of alternatives is one term: its df is the largest of its members' (Pirkola)
    const groups = qterms.map((qt) => this.group(qt));
    const touched: number[] = [];
    for (const g of groups) this.accumulate(g, touched);

    // keep the best rerankDepth of the touched paragraphs with a bounded min-heap, not a full sort
    const depth = Math.max(limit, this.data.ranking.rerankDepth);
    const heap: Hit[] = [];
    const scores = this.scores;
    for (const doc of touched) {
      const score = scores[doc]!;
      scores[doc] = 0;
      if (options.filter && !options.filter(doc)) continue;
      if (heap.length < depth) heapPush(heap, { doc, score, coverage: 0 });
      else if (better(score, doc, heap[0]!)) heapReplaceTop(heap, { doc, score, coverage: 0 });
    }

    const weights = groups.map((g) => g.weight);
    const totalWeight = weights.reduce((s, w) => s + w, 0) || 1;
    let rarest = 0;
    weights.forEach((w, i) => (rarest = w > weights[rarest]! ? i : rarest));
    const unknown = groups.reduce((s, g) => s + (g.ids.length ? 0 : g.weight), 0);
    const translated = groups.reduce((s, g, i) => s + (qterms[i]!.surface ? 0 : g.weight), 0);
    const owner = this.markQuery(groups);
    const exactIn: boolean[] = [];
    const fullIn: boolean[] = [];
    const handScore = handRerank(this.data.ranking);
    // an English question (mostly translated terms) keeps the hand combination: the learned weights
    // measured no gain on its tune part (docs/quality.md, scripts/eval/rerank.ts)
    const rw = translated >= 0.5 * totalWeight ? handScore : rerankWeights(this.data.ranking);
    const need = (f: RerankFeature) => options.signals || rw[RERANK_FEATURES.indexOf(f)] !== 0;
    const [needContext, needPartial, needProximity, needWindow] = [need("context"), need("partial"), need("proximity"), need("window")];
    const bestBm25 = heap.reduce((m, h) => Math.max(m, h.score), 0);
    const heavy = options.signals ? heaviestHalf(weights) : [];
    const names = qterms.map((qt) => qt.name === true);
    const surfaces = qterms.map((qt) => qt.surface);
    const numbers = options.signals ? qterms.map((qt) => NUMBER_TERM.test(qt.alternatives[0] ?? "")) : [];
    let matcher: GramMatcher | undefined;
    try {
      for (const hit of heap) {
        const positions = this.positions(hit.doc, owner, groups.length, groups, exactIn, fullIn);
        const article = this.articleOf(hit.doc);
        let covered = 0;
        let shares: number[] | undefined;
        let rarestGrams = 0;
        let nearOnly = 0;
        const x: RerankInput = { bm25: hit.score, bestBm25, mass: totalWeight, exact: 0, variant: 0, partial: 0, context: 0, proximity: 0, window: 0, title: 0, rarest: 0, length: this.data.docLength[hit.doc]! / this.averageLength, paragraph: hit.doc - article.firstParagraph + 1 };
        positions.forEach((list, i) => {
          const weight = groups[i]!.weight;
          if (list.length) {
            covered += weight;
            if (!fullIn[i]) nearOnly += weight;
            if (i === rarest) x.rarest = 1;
            if (exactIn[i] || !qterms[i]!.surface) x.exact += weight;
            else x.variant += weight;
            if (list[list.length - 1]! < 0) x.title += weight;
            return;
          }
          if (needContext && this.occursIn(groups[i]!.ids, article.firstParagraph, article.firstParagraph + article.paragraphCount)) {
            // the article names it elsewhere: "الاجتماع سيعقد في جنيف" answers where X and Y meet
            covered += contextWeight * weight;
            x.context += weight;
          }
          // only for words of the text: on groups of translated stems it measured as no gain
          if (needPartial && qterms[i]!.surface) {
            matcher ??= new GramMatcher(qterms.map((qt) => letterGrams(qt.surface ?? "")));
            if (!matcher.hasGrams(i)) return;
            shares ??= matcher.shares(this.gramSet(hit.doc));
            x.partial += weight * shares[i]!;
            if (i === rarest) rarestGrams = shares[i]!;
          }
        });
        hit.coverage = covered / totalWeight;
        if (needProximity) x.proximity = proximity(positions, weights);
        if (needWindow) x.window = windowMass(positions, weights);
        const features = rerankFeatures(x);
        hit.score = totalWeight * dot(rw, features);
        if (options.signals) {
          const t = totalWeight;
          hit.signals = { exact: x.exact / t, variant: x.variant / t, partial: x.partial / t, context: x.context / t, proximity: x.proximity / t, rarest: x.rarest, unknown: unknown / t, terms: groups.length, mass: t / this.idf(0), translated: translated / t, nearOnly: nearOnly / t, score: dot(handScore, features), window: x.window / t, features, article: this.data.paragraphArticle[hit.doc]!, rarestGrams: x.rarest || rarestGrams, ...evidence(positions, weights, heavy, names, groups.map((g) => g.ids.length > 0), this.idf(0)), ...partEvidence(positions, weights, surfaces, numbers), ...this.typeSignals(hit.doc, positions, weights, options) };
        }
      }
    } finally {
      for (const g of groups) for (const id of g.ids) owner[id] = 0;
    }
    heap.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return heap.slice(0, limit);
  }

  /** The typed / typeNear signals of a paragraph (both 0 when the question asks for no type). */
  private typeSignals(doc: number, positions: number[][], weights: number[], { answerType, answerMargin }: SearchOptions): { typed: number; typeNear: number } {
    if (!answerType) return { typed: 0, typeNear: 0 };
    const tokens = tokenize(this.text(doc)).map((t) => t.text);
    return { typed: ANSWER_TYPES.indexOf(answerType) + 1, typeNear: answerTypeNear(tokens, positions, weights, answerType, answerMargin) };
  }

  /** A query term's vocabulary ids, their weights, and its idf weight. */
  private group(qt: QueryTerm): TermGroup {
    const ids: number[] = [];
    const weights: number[] = [];
    qt.alternatives.forEach((t, i) => {
      const id = this.termId(t);
      if (id < 0 || ids.includes(id)) return;
      ids.push(id);
      weights.push(qt.alternativeWeights?.[i] ?? 1);
    });
    let df = 0;
    for (const id of ids) df = Math.max(df, this.df(id));
    return { ids, weights, weight: this.idf(df) * (qt.boost ?? 1), exact: this.termId(qt.alternatives[0] ?? ""), partial: weights.some((w) => w < 1) };
  }

  /** Adds a term group's BM25 scores to this.scores; a paragraph matching several alternatives counts the best. */
  private accumulate(g: TermGroup, touched: number[]): void {
    const { k1, b } = this.data.ranking;
    const { postingOffsets, docLength } = this.data;
    const scores = this.scores;
    const single = g.ids.length === 1;
    const best = single ? scores : (this.groupScores ??= new Float32Array(scores.length));
    const mine: number[] = [];
    for (let k = 0; k < g.ids.length; k++) {
      const id = g.ids[k]!;
      const { postingDocs, postingTf } = this.postingsOf(id);
      const w = g.weight * g.weights[k]!;
      for (let p = postingOffsets[id]!; p < postingOffsets[id + 1]!; p++) {
        const doc = postingDocs[p]!;
        const tf = postingTf[p]! / 4;
        const s = (w * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * docLength[doc]!) / this.averageLength));
        if (single) {
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = scores[doc]! + s;
        } else if (best[doc] === 0) {
          mine.push(doc);
          best[doc] = s;
        } else if (s > best[doc]!) best[doc] = s;
      }
    }
    for (const doc of mine) {
      if (scores[doc] === 0) touched.push(doc);
      scores[doc] = scores[doc]! + best[doc]!;
      best[doc] = 0;
    }
  }

  /** Marks each query id with its group's number + 1 in a vocabulary-sized table (cleared by the caller). */
  private markQuery(groups: TermGroup[]): Uint16Array {
    const owner = (this.owner ??= new Uint16Array(this.data.terms.length));
    groups.forEach((g, i) => g.ids.forEach((id) => (owner[id] ||= i + 1)));
    return owner;
  }

  /** True when a paragraph in [from, to) holds one of the ids (postings are in paragraph order). */
  private occursIn(ids: number[], from: number, to: number): boolean {
    const { postingOffsets } = this.data;
    for (const id of ids) {
      const { postingDocs } = this.postingsOf(id);
      const lo = lowerBound(postingOffsets[id]!, postingOffsets[id + 1]!, (i) => postingDocs[i]! < from);
      if (lo < postingOffsets[id + 1]! && postingDocs[lo]! < to) return true;
    }
    return false;
  }

  /** The postings arrays with term `id`'s range decoded (a loaded index decodes a term's on first use, IndexData.lazy). */
  private postingsOf(id: number): Pick<IndexData, "postingDocs" | "postingTf"> {
    const lazy = this.data.lazy;
    if (!lazy) return this.data;
    lazy.loadPostings(id);
    return lazy;
  }

  /** The forward-index arrays with paragraph `doc`'s range decoded. */
  private forwardOf(doc: number): Pick<IndexData, "docTerms" | "docPositions"> {
    const lazy = this.data.lazy;
    if (!lazy) return this.data;
    lazy.loadForward(doc);
    return lazy;
  }

  /** A paragraph's gram set (see grams.ts), kept for the paragraphs asked about most (GRAM_CACHE_BYTES; starts over when full). */
  private gramSet(doc: number): GramSet {
    const cache = this.gramCache;
    let set = cache.get(doc);
    if (set) return set;
    set = gramSet(foldedCodes(this.data.texts.bytes?.(doc) ?? this.text(doc)));
    this.gramBytes += set.byteLength;
    if (this.gramBytes > GRAM_CACHE_BYTES) {
      cache.clear();
      this.gramBytes = set.byteLength;
    }
    cache.set(doc, set);
    return set;
  }

  /**
   * Positions of each query term in a paragraph, read from the forward index; its title's terms
   * count as present at -1000 (no proximity).
   */
  private positions(doc: number, owner: Uint16Array, count: number, groups: TermGroup[], exactIn: boolean[], fullIn: boolean[] = []): number[][] {
    const { docTermOffsets, titleTermOffsets, titleTerms } = this.data;
    const { docTerms, docPositions } = this.forwardOf(doc);
    const out: number[][] = [];
    for (let i = 0; i < count; i++) {
      out.push([]);
      exactIn[i] = false;
      fullIn[i] = false;
    }
    const mark = (id: number, position: number) => {
      const i = owner[id]!;
      if (!i) return;
      const g = groups[i - 1]!;
      out[i - 1]!.push(position);
      if (id === g.exact) exactIn[i - 1] = true;
      // a term with an alternative below full weight (a near sound) is held fully only by a full-weight one
      if (!fullIn[i - 1] && (!g.partial || (g.weights[g.ids.indexOf(id)] ?? 1) >= 1)) fullIn[i - 1] = true;
    };
    for (let k = docTermOffsets[doc]!; k < docTermOffsets[doc + 1]!; k++) mark(docTerms[k]!, docPositions[k]!);
    if (this.data.ranking.titleWeight > 0) {
      const article = this.data.paragraphArticle[doc]!;
      for (let k = titleTermOffsets[article]!; k < titleTermOffsets[article + 1]!; k++) mark(titleTerms[k]!, -1000);
    }
    return out;
  }
}

/** What a query word contributes, shared between queries (callers never change it). */
interface QueryWord {
  term: string;
  alternatives: string[];
  alternativeWeights: number[];
}

/** A query term resolved against the vocabulary. */
interface TermGroup {
  ids: number[];
  weights: number[];
  /** idf x boost. */
  weight: number;
  /** Vocabulary id of the query's own stem (the first alternative), or -1. */
  exact: number;
  /** True when some alternative weighs below 1 (an English word's near sound). */
  partial: boolean;
}

/** True when (score, doc) ranks above the hit: higher score, then lower doc. */
function better(score: number, doc: number, hit: Hit): boolean {
  return score > hit.score || (score === hit.score && doc < hit.doc);
}

/** Min-heap on rank (the worst hit on top). */
function heapPush(heap: Hit[], hit: Hit): void {
  heap.push(hit);
  let i = heap.length - 1;
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!better(heap[parent]!.score, heap[parent]!.doc, heap[i]!)) break;
    [heap[parent], heap[i]] = [heap[i]!, heap[parent]!];
    i = parent;
  }
}

function heapReplaceTop(heap: Hit[], hit: Hit): void {
  heap[0] = hit;
  let i = 0;
  for (;;) {
    const l = 2 * i + 1;
    const r = l + 1;
    let worst = i;
    if (l < heap.length && better(heap[worst]!.score, heap[worst]!.doc, heap[l]!)) worst = l;
    if (r < heap.length && better(heap[worst]!.score, heap[worst]!.doc, heap[r]!)) worst = r;
    if (worst === i) return;
    [heap[worst], heap[i]] = [heap[i]!, heap[worst]!];
    i = worst;
  }
}

/** Sum over pairs of query terms of min(idf) / distance, for pairs within the window. */
/** Tokens in the stretch of text the `window` signal measures (about a sentence). */
export const WINDOW_TOKENS = 20;

/**
 * The largest idf mass of distinct query terms inside one stretch of WINDOW_TOKENS tokens; a term
 * matched in the title (position < 0) counts in every stretch.
 */
function windowMass(positions: number[][], weights: number[]): number {
  let title = 0;
  const body = positions.map((list, i) => (list.some((p) => p < 0) ? ((title += weights[i]!), []) : list));
  return title + densestStretch(body, weights, WINDOW_TOKENS).mass;
}

function proximity(positions: number[][], weights: number[]): number {
  let boost = 0;
  for (let i = 0; i < positions.length; i++) {
    for (let j = i + 1; j < positions.length; j++) {
      let best = Infinity;
      for (const a of positions[i]!) {
        if (a < 0) continue;
        for (const c of positions[j]!) if (c >= 0) best = Math.min(best, Math.abs(a - c));
      }
      if (best <= PROXIMITY_WINDOW) boost += Math.min(weights[i]!, weights[j]!) / best;
    }
  }
  return boost;
}
