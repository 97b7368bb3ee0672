import { aliasWordKeys, aliasWords, lazyKeys } from "../alias-keys";
import { nameWords } from "../alias-words";
import { rankedNames } from "./ranked-names";
import { orderBySpeaker, type Extras, type StatementRef } from "../extras";
import type { StatementRecord, SummarySentence } from "../records";
import type { CorpusStats } from "../search";
import { ArrayTextStore, type ArticleMeta, type IndexData, type RankingOptions } from "../types";
import type { EnglishMaps } from "../english";
import type { SpeakerCache } from "./speakers";
import { aliasMemo, memoAliasKeyOf, memoWordKey, wordStems } from "./alias-memo";
import { storedWords, type StoredWords } from "./alias-words-store";

export interface ArticleRow {
  num: number;
  id: string;
  title: string;
  date: string | null;
  source: string | null;
  url: string | null;
  language: string;
  paragraph_count: number;
  title_stems?: string;
}

export interface ParagraphRecord {
  doc: number;
  /** Null when the request cannot reach the paragraph (it holds none of the request's stems, nor does its title). */
  text: string | null;
  length: number;
}

/** A stem's occurrences in one article (article_terms): "place:k:position ...", see rows.ts. */
export interface TermRow {
  term: string;
  article: number;
  at: string;
}

export interface StatementRow {
  doc: number;
  at: number;
  key: string | null;
  kind: "direct" | "reported";
  text: string;
}

/** What the D1 store fetched for a request, to be laid out as an index. */
export interface SliceInput {
  ranking: RankingOptions;
  corpus: { paragraphs: number; length: number };
  /** Corpus df of the stems the request's texts may ask for (absent: not in the corpus). */
  df: Map<string, number>;
  /** Articles in corpus order (num ascending). */
  articles: ArticleRow[];
  /** Paragraphs fetched, by global doc; an article's others are empty placeholders. */
  paragraphs: Map<number, ParagraphRecord>;
  /** The forward index of the stems of `df` in the fetched articles (rows of paragraphs not fetched are ignored). */
  forward: TermRow[];
  statements: StatementRow[];
  /** Stored summaries by article num (those fetched: a named article's); default none. */
  summaries?: Map<number, SummarySentence[]>;
  speakers: SpeakerCache;
  /** The English maps for the request's Latin words (english.ts); default none. */
  english?: EnglishMaps;
}

/** A paragraph's global doc: its article's num x 65536 + its 0-based place (migrations/0001_archive.sql). */
export const docOf = (num: number, place: number): number => num * 65536 + place;

/** A stored stem list's words (rows.ts joins them with one space; an empty list gives [""], which no vocabulary id matches). */
const words = (s: string | undefined): string[] => (s ? s.split(" ") : []);

/** Forward entries packed in one number, k x 2^32 + id x 2^16 + position (a slice holds far fewer than 2^16 stems, a question being bounded): sorting them gives text order. */
const K = 2 ** 32;

/** Each fetched paragraph's forward entries (packed, unsorted), by global doc, from the article_terms rows. */
function forwardEntries(rows: readonly TermRow[], id: Map<string, number>, paragraphs: Map<number, ParagraphRecord>): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const i = id.get(r.term);
    if (i === undefined) continue;
    const at = r.at.split(/[ :]/);
    for (let j = 0; j + 2 < at.length; j += 3) {
      const doc = docOf(r.article, Number(at[j]));
      if (!paragraphs.has(doc)) continue;
      const list = out.get(doc) ?? out.set(doc, []).get(doc)!;
      list.push(Number(at[j + 1]) * K + i * 0x10000 + Number(at[j + 2]));
    }
  }
  return out;
}

/** A vocabulary entry no stem can equal: every word the request cannot look up is laid out as this one. */
const OTHER = "\u0000";

/**
 * Lays the fetched rows out as IndexData, as build.ts lays out a corpus, but over the stems the request
 * may look up alone (the keys of `df`: the searcher only ever resolves those, SearchIndex.group): their
 * postings (title terms at titleWeight) and their places in the forward index, the paragraph lengths
 * as stored. So SearchIndex scores these paragraphs exactly as the bundled index scores them, given the
 * corpus statistics returned beside, while a request pays for its own terms and not for every word of
 * its candidates' articles. Every other word of a paragraph is left out of the forward index (only the
 * query's stems' positions are read, and only those are fetched: article_terms) and of the
 * vocabulary, which holds OTHER in their stead.
 */
export function buildSlice(input: SliceInput): { data: IndexData; stats: CorpusStats } {
  const { ranking, paragraphs } = input;
  const titleUnits = Math.round(ranking.titleWeight * 4);
  const terms = [OTHER, ...[...input.df.keys()].sort()];
  const id = new Map(terms.map((t, i) => [t, i]));
  id.delete(OTHER);
  const metas: ArticleMeta[] = [];
  const rows: Array<ParagraphRecord | undefined> = [];
  const paragraphArticle: number[] = [];
  const titleTermOffsets = [0];
  const titleTerms: number[] = [];
  const postings: number[][] = terms.map(() => []); // [doc, units, doc, units, ...]
  const docTerms: number[] = [];
  const docPositions: number[] = [];
  const docTermOffsets = [0];
  const units = new Map<number, number>();
  const forward = forwardEntries(input.forward, id, paragraphs);
  for (const a of input.articles) {
    metas.push({ id: a.id, title: a.title, date: a.date ?? undefined, source: a.source ?? undefined, url: a.url ?? undefined, language: a.language, firstParagraph: rows.length, paragraphCount: a.paragraph_count });
    const title: number[] = [];
    for (const t of words(a.title_stems)) {
      const i = id.get(t);
      if (i !== undefined) title.push(i);
    }
    if (titleUnits > 0) titleTerms.push(...title);
    titleTermOffsets.push(titleTerms.length);
    for (let p = 0; p < a.paragraph_count; p++) {
      const doc = rows.length;
      const row = paragraphs.get(docOf(a.num, p));
      rows.push(row);
      paragraphArticle.push(metas.length - 1);
      if (!row) {
        docTermOffsets.push(docTerms.length);
        continue;
      }
      const entries = forward.get(docOf(a.num, p));
      if (entries) {
        entries.sort((x, y) => x - y);
        for (const e of entries) {
          const i = Math.floor(e / 0x10000) % 0x10000;
          docTerms.push(i);
          docPositions.push(e % 0x10000);
          units.set(i, (units.get(i) ?? 0) + 4);
        }
      }
      docTermOffsets.push(docTerms.length);
      for (const i of title) units.set(i, (units.get(i) ?? 0) + titleUnits);
      for (const [i, n] of units) if (n > 0) postings[i]!.push(doc, Math.min(n, 0xffff));
      units.clear();
    }
  }
  const postingOffsets = new Uint32Array(terms.length + 1);
  postings.forEach((list, i) => (postingOffsets[i + 1] = postingOffsets[i]! + list.length / 2));
  const postingDocs = new Uint32Array(postingOffsets[terms.length]!);
  const postingTf = new Uint16Array(postingDocs.length);
  postings.forEach((list, i) => {
    for (let j = 0, at = postingOffsets[i]!; j < list.length; j += 2, at++) {
      postingDocs[at] = list[j]!;
      postingTf[at] = list[j + 1]!;
    }
  });
  const data: IndexData = {
    ranking,
    articles: metas,
    texts: new ArrayTextStore(rows.map((r) => r?.text ?? "")),
    paragraphArticle: Uint32Array.from(paragraphArticle),
    terms,
    postingOffsets,
    postingDocs,
    postingTf,
    docLength: Float32Array.from(rows, (r) => r?.length ?? 0),
    docTermOffsets: Uint32Array.from(docTermOffsets),
    docTerms: Uint32Array.from(docTerms),
    docPositions: Uint16Array.from(docPositions),
    titleTermOffsets: Uint32Array.from(titleTermOffsets),
    titleTerms: Uint32Array.from(titleTerms),
    extras: sliceExtras(input, metas),
  };
  const { paragraphs: n, length } = input.corpus;
  const stats: CorpusStats = { paragraphs: n, averageLength: n ? length / n : 1, df: (i) => input.df.get(terms[i]!) ?? -1 };
  return { data, stats };
}

/** The speaker cache's stored alias words, read on first use (none for a cache merged from a write). */
function storedOf(input: SliceInput): StoredWords | undefined {
  const cache = input.speakers;
  if (cache.wordsText !== undefined) {
    cache.stored = storedWords(cache.wordsText, cache.merged.speakers.length, input.ranking);
    cache.wordsText = undefined;
  }
  return cache.stored;
}

/** The slice's statements (by local doc) and summaries, over the archive's merged speakers. */
function sliceExtras(input: SliceInput, metas: ArticleMeta[]): Extras {
  const local = new Map<number, number>();
  input.articles.forEach((a, i) => {
    for (let p = 0; p < a.paragraph_count; p++) local.set(docOf(a.num, p), metas[i]!.firstParagraph + p);
  });
  const byDoc = new Map<number, StatementRecord[]>();
  const sorted = [...input.statements].sort((x, y) => x.doc - y.doc || x.at - y.at);
  for (const s of sorted) {
    const doc = local.get(s.doc);
    if (doc === undefined) continue;
    const list = byDoc.get(doc) ?? byDoc.set(doc, []).get(doc)!;
    if (list.length === s.at) list.push({ speaker: s.key === null ? null : input.speakers.merged.speakerOf(s.key), text: s.text, kind: s.kind });
  }
  const { speakers } = input.speakers.merged;
  let bySpeaker: StatementRef[][] | undefined;
  return {
    speakers,
    summaries: input.articles.map((a) => input.summaries?.get(a.num) ?? []),
    statements: (doc) => byDoc.get(doc) ?? [],
    speakerStatements: (speaker) => (bySpeaker ??= orderBySpeaker(speakers.length, [...byDoc].sort((x, y) => x[0] - y[0])))[speaker] ?? [],
    aliases: () => input.speakers.aliases,
    english: input.english,
    // computed once per generation (the speaker cache is shared by its slices); a word's stems are its
    // analyzed terms, without the clitic variants a bundled index lists (those depend on one vocabulary)
    // (from the table's stored words when it was read from D1 and not merged since: alias-words-store.ts)
    aliasWords: () => {
      const stored = storedOf(input);
      return (input.speakers.words ??= stored?.stemsFit ? stored.words.all() : aliasWords(input.speakers.aliases, wordStems(input.ranking), aliasMemo(input.speakers, input.ranking)));
    },
    // an English name reads no stems: the stored lines it needs, or the words' sound keys alone
    // (a subset fetched by an English name's words: in the whole table's order, ranked-names.ts)
    nameWords: () => (input.speakers.names ??= storedOf(input)?.words.names ?? (input.speakers.ranks ? rankedNames(input.speakers.aliases, input.speakers.ranks, input.speakers.bare) : nameWords(input.speakers.words ?? aliasWordKeys(input.speakers.aliases, memoWordKey(input.speakers))))),
    // each array when first read: an Arabic speaker question reads folded and near (the memo's alias keys line), never order
    aliasKeys() {
      return (input.speakers.keys ??= lazyKeys(input.speakers.aliases, () => this.aliasWords(), () => speakers.map((s) => s.statements), () => memoAliasKeyOf(input.speakers, input.ranking)));
    },
  };
}
