import { analyze, normalizeArabic, type AnalyzerOptions } from "../analysis";
import { analyzerFor } from "./build";
import type { ArticleMeta, IndexData } from "./types";

/** One ranked paragraph. */
export interface Hit {
  /** Global paragraph index. */
  doc: number;
  score: number;
  /** Share of the query's idf mass that this paragraph (with its title) contains, 0..1. */
  coverage: number;
}

export interface SearchOptions {
  /** How many hits to return. Default 10. */
  limit?: number;
  /** Restrict to these paragraphs (global indexes). */
  filter?: (doc: number) => boolean;
}

/** A query term with its weight: the Pirkola-style group of alternative stems counts as one term. */
export interface QueryTerm {
  /** Alternative stems; a paragraph matching any of them matches the term. */
  alternatives: string[];
  /** Multiplier on each alternative's score (same order). Default 1 each. */
  alternativeWeights?: number[];
  /** Multiplier on the term's score. Default 1. */
  boost?: number;
}

const CLITICS = ["\u0628", "\u0644", "\u0643", "\u0641"]; // ب ل ك ف
const PROXIMITY_WINDOW = 6;

/**
 * BM25 over paragraphs with the title counted at a lower weight, a proximity boost over the top
 * candidates, and a coverage figure that /v1/ask turns into a relevance floor.
 */
export class SearchIndex {
  readonly analyzer: AnalyzerOptions;
  readonly averageLength: number;
  private scores: Float32Array;
  private byId?: Map<string, ArticleMeta>;
  /** Each article's title stems, analyzed on first use rather than for every candidate of every query. */
  private titleTerms: Array<string[] | undefined> = [];

  constructor(readonly data: IndexData) {
    this.analyzer = analyzerFor(data.ranking);
    let sum = 0;
    for (const len of data.docLength) sum += len;
    this.averageLength = data.docLength.length ? sum / data.docLength.length : 1;
    this.scores = new Float32Array(data.texts.length);
  }

  get paragraphCount(): number {
    return this.data.texts.length;
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

  /** Index of a stem in the vocabulary, or -1. */
  termId(term: string): number {
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
    return id < 0 ? 0 : this.data.postingOffsets[id + 1]! - this.data.postingOffsets[id]!;
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
    for (const { term } of analyze(text, this.analyzer)) {
      if (seen.has(term)) continue;
      seen.add(term);
      const alternatives = this.data.ranking.cliticVariants ? this.cliticVariants(term) : [term];
      const alternativeWeights = alternatives.map(() => 1);
      const pw = this.data.ranking.prefixWeight;
      if (pw > 0 && term.length >= 4 && /^[\u0621-\u064A]/.test(term)) {
        for (const t of this.extensions(term)) {
          if (alternatives.includes(t)) continue;
          alternatives.push(t);
          alternativeWeights.push(pw);
        }
      }
      out.push({ alternatives, alternativeWeights });
    }
    return out;
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
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (terms[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (let i = lo; i < terms.length && out.length < max && terms[i]!.startsWith(prefix); i++) {
      if (terms[i] !== prefix) out.push(terms[i]!);
    }
    return out;
  }

  search(query: string | QueryTerm[], options: SearchOptions = {}): Hit[] {
    const limit = options.limit ?? 10;
    const qterms = typeof query === "string" ? this.queryTerms(query) : query;
    const surfaces = typeof query === "string" ? this.surfaces(query) : null;
    if (qterms.length === 0 || this.paragraphCount === 0) return [];
    const { k1, b, proximityWeight } = this.data.ranking;
    const { postingOffsets, postingDocs, postingTf, docLength } = this.data;
    const scores = this.scores;
    const touched: number[] = [];
    const weights: number[] = [];
    const contextWeight = this.data.ranking.contextWeight;
    const inArticle: Array<Set<number>> = [];

    for (const qt of qterms) {
      // a group of alternatives is one term: its df is the largest of its members' (Pirkola)
      const ids: number[] = [];
      const altWeights: number[] = [];
      qt.alternatives.forEach((t, i) => {
        const id = this.termId(t);
        if (id < 0) return;
        ids.push(id);
        altWeights.push(qt.alternativeWeights?.[i] ?? 1);
      });
      let df = 0;
      for (const id of ids) df = Math.max(df, postingOffsets[id + 1]! - postingOffsets[id]!);
      const weight = this.idf(df) * (qt.boost ?? 1);
      weights.push(weight);
      const best = ids.length > 1 ? new Map<number, number>() : null;
      const articles = new Set<number>();
      inArticle.push(articles);
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        const w = weight * altWeights[k]!;
        for (let p = postingOffsets[id]!; p < postingOffsets[id + 1]!; p++) {
          const doc = postingDocs[p]!;
          if (contextWeight > 0) articles.add(this.data.paragraphArticle[doc]!);
          const tf = postingTf[p]! / 4;
          const s = (w * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * docLength[doc]!) / this.averageLength));
          if (best) {
            best.set(doc, Math.max(best.get(doc) ?? 0, s));
            continue;
          }
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = scores[doc]! + s;
        }
      }
      if (best) {
        for (const [doc, s] of best) {
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = scores[doc]! + s;
        }
      }
    }

    // keep the best RERANK_DEPTH of the touched paragraphs with a bounded min-heap, not a full sort
    const depth = Math.max(limit, this.data.ranking.rerankDepth);
    const heap: Hit[] = [];
    for (const doc of touched) {
      const score = scores[doc]!;
      scores[doc] = 0;
      if (options.filter && !options.filter(doc)) continue;
      if (heap.length < depth) heapPush(heap, { doc, score, coverage: 0 });
      else if (better(score, doc, heap[0]!)) heapReplaceTop(heap, { doc, score, coverage: 0 });
    }
    const candidates = heap;

    const totalWeight = weights.reduce((s, w) => s + w, 0) || 1;
    // which query term each stem (or alternative) belongs to, once per query
    const lookup = new Map<string, number>();
    qterms.forEach((qt, i) => qt.alternatives.forEach((t) => lookup.set(t, i)));
    for (const hit of candidates) {
      const positions = this.positions(hit.doc, lookup, qterms.length);
      let covered = 0;
      const article = this.data.paragraphArticle[hit.doc]!;
      positions.forEach((list, i) => {
        if (list.length) covered += weights[i]!;
        else if (contextWeight > 0 && inArticle[i]!.has(article)) {
          // the article names it elsewhere: "الاجتماع سيعقد في سوتشي" answers where X and Y meet
          covered += contextWeight * weights[i]!;
          hit.score += contextWeight * weights[i]!;
        }
      });
      hit.coverage = covered / totalWeight;
      if (proximityWeight > 0) hit.score += proximityWeight * proximity(positions, weights);
      const ngw = this.data.ranking.partialWeight;
      if (ngw > 0 && surfaces) {
        // only for text queries: on groups of translated stems it measured as no gain
        const text = normalizeArabic(this.text(hit.doc));
        positions.forEach((list, i) => {
          if (!list.length) hit.score += ngw * weights[i]! * gramShare(surfaces[i] ?? "", text);
        });
      }
    }
    candidates.sort((x, y) => y.score - x.score || x.doc - y.doc);
    return candidates.slice(0, limit);
  }

  /** The normalized surface word of each distinct query stem, in queryTerms order. */
  private surfaces(text: string): string[] {
    const seen = new Set<string>();
    const out: string[] = [];
    for (const { term, surface } of analyze(text, this.analyzer)) {
      if (seen.has(term)) continue;
      seen.add(term);
      out.push(surface);
    }
    return out;
  }

  /** Positions of each query term in a paragraph; its title's terms count as present at -1000 (no proximity). */
  private positions(doc: number, lookup: Map<string, number>, count: number): number[][] {
    const out: number[][] = Array.from({ length: count }, () => []);
    for (const t of analyze(this.text(doc), this.analyzer)) {
      const i = lookup.get(t.term);
      if (i !== undefined) out[i]!.push(t.position);
    }
    if (this.data.ranking.titleWeight > 0) {
      const article = this.data.paragraphArticle[doc]!;
      const title = (this.titleTerms[article] ??= analyze(this.data.articles[article]!.title, this.analyzer).map((t) => t.term));
      title.forEach((term) => {
        const i = lookup.get(term);
        if (i !== undefined) out[i]!.push(-1000);
      });
    }
    return out;
  }
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

/** Share of a word's letter 4-grams (article and و removed, 5+ letters) found in a normalized text. */
function gramShare(word: string, text: string): number {
  if (word.length < 5) return 0;
  const core = word.replace(/^(\u0648\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0641\u0627\u0644|\u0644\u0644|\u0627\u0644|\u0648)/, "");
  let found = 0;
  let total = 0;
  for (let g = 0; g + 4 <= core.length; g++) {
    total++;
    if (text.includes(core.slice(g, g + 4))) found++;
  }
  return total ? found / total : 0;
}

/** Sum over pairs of query terms of min(idf) / distance, for pairs within the window. */
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
