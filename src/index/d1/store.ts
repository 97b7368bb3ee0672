import { analyzeToken, patternVariants, tokenize } from "../../analysis";
import { analyzerFor } from "../analyzer";
import { SearchIndex } from "../search";
import type { Article } from "../../corpus/schema";
import type { ArticleWriter, CorpusCounts, IndexNeed, IndexStore } from "../store";
import { deleteArticle, ingestArticles } from "./ingest";
import { DEFAULT_RANKING, type RankingOptions } from "../types";
import { buildSlice, type ArticleRow, type ParagraphRecord, type StatementRow, type TermRow } from "./slice";
import { loadSpeakers, type SpeakerCache } from "./speakers";
import { storeTable } from "./speaker-store";
import type { EnglishMaps } from "../english";
import type { SummarySentence } from "../records";
import { mergeSpeakers } from "../speaker-merge";
import { englishKeys, fetchEnglish, hasLatin } from "./english";
import { noSounds, type SoundsFetched } from "./alias-sounds";
import { lookupId, lookupStatements, matchSounds, STATEMENT_RECORDS, subsetCache, unionKeys, type AliasRow, type RecordRow, type SoundsMemo, type ParsedRecords } from "./alias-lookup";

/** Options of the D1 store. */
export interface D1StoreOptions {
  /** Ranking options; must be those the rows were written with. Default DEFAULT_RANKING. */
  ranking?: RankingOptions;
  /** FTS5 candidates per search, as a multiple of max(limit, rerankDepth); their whole articles are fetched. Default 3. */
  candidateFactor?: number;
  /** Generations of change rows kept below the stored speaker table when the writer stores it (prune.ts). Default PRUNE_MARGIN (100). */
  pruneMargin?: number;
}

/** What index() fetched for an index it gave, that a later need of the same request may take again (IndexNeed.earlier). */
interface Fetched {
  generation: number;
  /** The English keys of the texts read (JSON) and their maps. */
  englishId?: string;
  english?: EnglishMaps;
  /** The speaker lookup's keys but the ids (alias-lookup.ts lookupId), its rows, and the speakers of its records by id. */
  lookupId?: string;
  aliasRows: AliasRow[];
  lookupRecords: RecordRow[];
  byId?: ReadonlyMap<string, number>;
  /** The alias words fetched by sound (alias-sounds.ts). */
  sounds: SoundsFetched;
}

interface CorpusRow {
  articles: number;
  paragraphs: number;
  length: number;
  generation: number;
}

const IN_JSON = (n: number) => `(SELECT value FROM json_each(?${n}))`;
/** The slice batch's eight results when there is nothing to fetch. */
const NOTHING = Array.from({ length: 8 }, () => ({ results: [] as unknown[] }));
const ARTICLE_COLUMNS = "num, id, title, date, source, url, language, paragraph_count";
const PARAGRAPH_COLUMNS = "doc, text, length";
/** A statement's or summary sentence's text (row alias r, its paragraph p): inline, or where it stands in p (migrations/0006). */
const TEXT = (r: string) => `coalesce(${r}.text, substr(p.text, ${r}.start, ${r}.chars)) AS text`;
/**
 * True for a paragraph p (of article a) that a search of the stems ?2 can reach, or of a named article
 * (?3): one of the stems is in its title or its forward index (article_terms). Others are fetched
 * without their text or statements: no search touches them (their BM25 is 0), so nothing reads them.
 */
const REACHED = `p.article IN ${IN_JSON(3)}
  OR EXISTS (SELECT 1 FROM json_each(?2) q WHERE instr(' ' || a.title_stems || ' ', ' ' || q.value || ' ') > 0)
  OR EXISTS (SELECT 1 FROM json_each(?2) q JOIN article_terms t ON t.term = q.value AND t.article = p.article WHERE instr(' ' || t.at, ' ' || (p.doc & 65535) || ':') > 0)`;

/**
 * The archive in D1 (docs/archive.md). Per request it fetches what the need names: FTS5 candidates
 * over the stems of the texts and their whole articles (text and length of each paragraph, and the
 * forward index of the stems the corpus holds alone), the corpus df of every stem the texts may ask
 * for, N and the average length, the statements of the named speakers, the named articles. It lays
 * them out as a slice of the index (slice.ts), which the one SearchIndex ranks as the bundled index would.
 * The merged speakers are cached per isolate and reloaded when the corpus generation moves.
 */
export class D1Store implements IndexStore {
  readonly whole = false;
  private readonly ranking: RankingOptions;
  private readonly factor: number;
  private readonly pruneMargin?: number;
  private speakers?: { generation: number; load: Promise<SpeakerCache> };
  /** The sound keys an English name's keys picked (alias-lookup.ts matchSounds), by keys object: a request's second look-up fetches no words again. */
  private readonly soundsMemo: SoundsMemo = new WeakMap();
  /** The lookup rows' records parsed so far, of one generation (alias-lookup.ts subsetCache). */
  private readonly parsed: ParsedRecords = { generation: -1, speakers: new Map() };
  /** What each index given was made of, for a later need of the same request (IndexNeed.earlier). */
  private readonly fetched = new WeakMap<SearchIndex, Fetched>();

  /**
   * Writes through ingest.ts (one D1 batch a call); readers see them at once (the generation moves).
   * After its batch a write stores the speaker table of the new generation (storeSpeakers), so a new
   * isolate reads it ready-made; until then (or if that fails) readers merge the writes since the
   * stored table into it.
   */
  readonly writer: ArticleWriter;

  constructor(private db: D1Database, options: D1StoreOptions = {}) {
    this.ranking = options.ranking ?? DEFAULT_RANKING;
    this.factor = options.candidateFactor ?? 3;
    this.pruneMargin = options.pruneMargin;
    this.writer = {
      put: async (articles: Article[]) => this.refreshing(await ingestArticles(this.db, articles)),
      remove: async (id: string) => this.refreshing(await deleteArticle(this.db, id)),
    };
  }

  /**
   * Stores the speaker table of the corpus's current generation in D1 (speaker-store.ts), merged from
   * this isolate's cache or the stored table: what a new isolate then reads. False when a write came in
   * between (the next one stores). `npm run ingest` calls it once loaded.
   */
  async storeSpeakers(): Promise<boolean> {
    const row = await this.db.prepare("SELECT generation FROM corpus").first<{ generation: number }>();
    return storeTable(this.db, await this.speakerCache(row?.generation ?? 0), this.ranking, this.pruneMargin);
  }

  /** `result`, once the speaker table is stored; a failure to store is logged, never the write's (its batch is in). */
  private async refreshing<T>(result: T): Promise<T> {
    try {
      await this.storeSpeakers();
    } catch (error) {
      console.warn("archive: the speaker table was not stored", error);
    }
    return result;
  }

  /**
   * Talks to `db` from now on: the binding object a request carries, which names the same database as
   * the one before (an isolate serves one deployment). The caches stay, since they are keyed by the
   * corpus generation that every read fetches, not by the binding object.
   */
  use(db: D1Database): void {
    this.db = db;
  }

  async counts(): Promise<CorpusCounts> {
    const row = await this.db.prepare("SELECT articles, paragraphs FROM corpus").first<CorpusRow>();
    return { articles: row?.articles ?? 0, paragraphs: row?.paragraphs ?? 0 };
  }

  /** Every stem a search of these texts may look up: each word's stem, its clitic forms and pattern forms. */
  stemsOf(texts: readonly string[]): string[] {
    const analyzer = analyzerFor(this.ranking);
    const out = new Set<string>();
    for (const text of texts) {
      for (const { text: surface } of tokenize(text)) {
        const stem = analyzeToken(surface, analyzer);
        if (stem === null) continue;
        out.add(stem);
        if (!/^[\u0621-\u064A]/.test(stem)) continue;
        if (/^[\u0628\u0644\u0643\u0641]/.test(stem) && stem.length >= 5) out.add(stem.slice(1));
        if (stem.length >= 4) for (const p of "\u0628\u0644\u0643\u0641") out.add(p + stem);
        for (const t of patternVariants(stem, this.ranking.morphology)) out.add(t);
      }
    }
    return [...out];
  }

  async index(need: IndexNeed): Promise<SearchIndex> {
    const db = this.db;
    const texts = need.texts ?? [];
    const read = [...texts, ...(need.context ?? [])];
    // what an earlier index of the request fetched (IndexNeed.earlier): the same texts' English maps, the same keys' lookup rows
    const kept = need.earlier && this.fetched.get(need.earlier);
    const wanted = hasLatin(read) ? englishKeys(read) : undefined;
    // as sets: the same texts read in another order or split otherwise (a question and its topic) look up the same rows
    const englishId = wanted && JSON.stringify([[...wanted.lexicon].sort(), [...wanted.sounds].sort()]);
    const keptEnglish = englishId !== undefined && kept?.englishId === englishId;
    const english = wanted && (keptEnglish ? kept!.english : await fetchEnglish(db, wanted));
    const stems = [...new Set([...this.stemsOf(texts), ...(english ? this.englishTerms(english, texts, need) : [])])];
    const depth = Math.max(need.limit ?? 10, this.ranking.rerankDepth) * this.factor;
    const match = stems.map((s) => `"${s.replace(/"/g, '""')}"`).join(" OR ");
    const first: D1PreparedStatement[] = [
      db.prepare("SELECT articles, paragraphs, length, generation FROM corpus"),
      db.prepare(`SELECT term, df FROM terms WHERE term IN ${IN_JSON(1)}`).bind(JSON.stringify(stems)),
      db.prepare(`SELECT num FROM articles WHERE id IN ${IN_JSON(1)}`).bind(JSON.stringify(need.articles ?? [])),
    ];
    // a search of the speakers' statements alone (IndexNeed.scope) reads no candidates: their articles come with them
    const searched = match !== "" && need.scope !== "speakers";
    if (searched) first.push(db.prepare(`SELECT DISTINCT rowid >> 16 AS num FROM (SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?1 ORDER BY bm25(paragraph_fts, 1.0, ?2) LIMIT ?3)`).bind(match, this.ranking.titleWeight, depth));
    if (need.listing) first.push(db.prepare(`SELECT ${ARTICLE_COLUMNS} FROM articles ORDER BY num`));
    // the speakers the request may look up, by their keys (alias-lookup.ts), when it names them
    // an English name's keys: its candidate words first (one more round trip), then the aliases of the keys they match
    // the name words the earlier index fetched by sound are not fetched again ("did you mean" after a name found by nobody)
    const sounds: SoundsFetched = kept?.sounds ? { ...kept.sounds } : noSounds();
    const lookup = need.speakerKeys && unionKeys(await matchSounds(db, need.speakerKeys, this.soundsMemo, sounds), need.speakers);
    const lookupKey = lookup && lookupId(lookup);
    // the same rows: the same keys, and every id's speaker among the records fetched (which then fetch no other)
    const keptLookup = lookup && kept?.lookupId === lookupKey && lookup.ids.every((id) => kept?.byId?.has(id)) ? kept : undefined;
    if (lookup && !keptLookup) first.push(...lookupStatements(db, lookup));
    const [corpusResult, dfResult, namedResult, ...rest] = await db.batch(first);
    const corpus = (corpusResult!.results[0] as CorpusRow | undefined) ?? { articles: 0, paragraphs: 0, length: 0, generation: 0 };
    const nums = new Set<number>([...(namedResult!.results as Array<{ num: number }>), ...(searched ? (rest.shift()!.results as Array<{ num: number }>) : [])].map((r) => r.num));
    const listing = need.listing ? (rest.shift()!.results as unknown as ArticleRow[]) : [];
    // taken from an index of another generation (a write in between): fetched again
    if (kept && (keptEnglish || keptLookup || kept.sounds?.ranks.length) && kept.generation !== corpus.generation) return this.index({ ...need, earlier: undefined });
    const aliasRows = !lookup ? [] : keptLookup ? keptLookup.aliasRows : (rest.shift()!.results as unknown as AliasRow[]);
    const lookupRecords = !lookup ? [] : keptLookup ? keptLookup.lookupRecords : (rest.shift()!.results as unknown as RecordRow[]);
    // the rows of another generation (a write not stored yet) or an id nobody has: the whole table, as before
    const fetched = lookup && subsetCache(aliasRows, lookupRecords, corpus.generation, this.ranking, lookup, this.parsed);
    const subset = fetched !== undefined;
    let speakers: SpeakerCache = fetched ?? (await this.speakerCache(corpus.generation));
    const keys = (need.speakers ?? []).flatMap((id) => {
      const i = speakers.byId.get(id);
      return i === undefined ? [] : speakers.merged.keysOf(i);
    });
    const full = JSON.stringify([...nums]);
    const named = JSON.stringify((namedResult!.results as Array<{ num: number }>).map((r) => r.num));
    const spoken = JSON.stringify(keys);
    const SPOKEN_DOCS = `(SELECT doc FROM statements WHERE key IN ${IN_JSON(2)})`;
    const df = new Map((dfResult!.results as Array<{ term: string; df: number }>).filter((r) => r.df > 0).map((r) => [r.term, r.df]));
    const terms = JSON.stringify([...df.keys()]);
    // no article, statement or summary to fetch (a lookup of speakers alone): the batch below would find nothing
    const nothing = nums.size === 0 && keys.length === 0 && !need.listing;
    const [articles, whole, partial, statementsA, statementsB, forward, summaries, records] = nothing ? NOTHING : await db.batch([
      db.prepare(`SELECT ${ARTICLE_COLUMNS}, title_stems FROM articles WHERE num IN ${IN_JSON(1)} OR num IN (SELECT article FROM statements WHERE key IN ${IN_JSON(2)}) ORDER BY num`).bind(full, spoken),
      db.prepare(`SELECT p.doc, p.length, CASE WHEN ${REACHED} THEN p.text END AS text FROM paragraphs p JOIN articles a ON a.num = p.article WHERE p.article IN ${IN_JSON(1)}`).bind(full, terms, named),
      db.prepare(`SELECT ${PARAGRAPH_COLUMNS} FROM paragraphs WHERE doc IN ${SPOKEN_DOCS}`).bind(full, spoken),
      db.prepare(`SELECT s.doc, s.at, s.key, s.kind, ${TEXT("s")} FROM statements s JOIN paragraphs p ON p.doc = s.doc JOIN articles a ON a.num = p.article WHERE s.article IN ${IN_JSON(1)} AND (${REACHED})`).bind(full, terms, named),
      db.prepare(`SELECT s.doc, s.at, s.key, s.kind, ${TEXT("s")} FROM statements s JOIN paragraphs p ON p.doc = s.doc WHERE s.doc IN ${SPOKEN_DOCS}`).bind(full, spoken),
      // by primary key (term, article): each stem the slice can resolve in each fetched article
      db.prepare(`SELECT t.term, t.article, t.at FROM json_each(?3) s JOIN article_terms t ON t.term = s.value WHERE t.article IN (SELECT value FROM json_each(?1) UNION SELECT article FROM statements WHERE key IN ${IN_JSON(2)})`).bind(full, spoken, terms),
      // the stored summary of a named article only
      db.prepare(`SELECT s.article, s.paragraph, ${TEXT("s")} FROM summaries s LEFT JOIN paragraphs p ON p.doc = s.article * 65536 + s.paragraph - 1 WHERE s.article IN ${IN_JSON(1)} ORDER BY s.article, s.ord`).bind(named),
      // over a subset of the speakers: the records of those the fetched statements name
      ...(subset ? [db.prepare(STATEMENT_RECORDS).bind(full, spoken)] : []),
    ]);
    if (subset && !nothing) {
      // a store between the two batches (its rows of a newer generation): the whole table
      speakers = subsetCache(aliasRows, [...lookupRecords, ...(records!.results as unknown as RecordRow[])], corpus.generation, this.ranking, lookup, this.parsed) ?? (await this.speakerCache(corpus.generation));
    }
    const summaryOf = new Map<number, SummarySentence[]>();
    for (const r of summaries!.results as Array<{ article: number; paragraph: number; text: string }>) (summaryOf.get(r.article) ?? summaryOf.set(r.article, []).get(r.article)!).push({ text: r.text, paragraph: r.paragraph });
    const paragraphs = new Map<number, ParagraphRecord>();
    for (const r of [...whole!.results, ...partial!.results] as ParagraphRecord[]) paragraphs.set(r.doc, r);
    const loaded = articles!.results as unknown as ArticleRow[];
    const { data, stats } = buildSlice({
      ranking: this.ranking,
      corpus,
      df,
      articles: need.listing ? listing : loaded,
      paragraphs: need.listing ? new Map() : paragraphs,
      forward: need.listing ? [] : (forward!.results as unknown as TermRow[]),
      statements: [...statementsA!.results, ...statementsB!.results] as unknown as StatementRow[],
      summaries: summaryOf,
      speakers,
      english,
    });
    const index = new SearchIndex(data, stats);
    this.fetched.set(index, { generation: corpus.generation, englishId, english, lookupId: lookupKey, aliasRows, lookupRecords, byId: fetched?.byId, sounds });
    return index;
  }

  /** The stems the need's English reading of each Latin text looks up, read off an index of the English maps alone. */
  private englishTerms(english: EnglishMaps, texts: readonly string[], need: IndexNeed): string[] {
    if (!need.englishTerms) return [];
    const none = { generation: -1, merged: mergeSpeakers([]), aliases: [], byId: new Map() };
    const { data, stats } = buildSlice({ ranking: this.ranking, corpus: { paragraphs: 0, length: 0 }, df: new Map(), articles: [], paragraphs: new Map(), forward: [], statements: [], speakers: none, english });
    const probe = new SearchIndex(data, stats);
    return texts.filter((t) => /[A-Za-z]/.test(t)).flatMap((t) => need.englishTerms!(probe, t));
  }

  /**
   * The merged speakers of this generation, kept per isolate until a write moves the generation. The
   * load itself is shared: concurrent requests of one generation await one load, and only the latest
   * generation is kept (a failed load is dropped so the next request tries again). A new generation's
   * load starts from the last one's (speakers.ts reads only the articles and word counts writes changed).
   */
  private speakerCache(generation: number): Promise<SpeakerCache> {
    if (this.speakers?.generation !== generation) {
      // from the last generation's cache (awaited, so loads never overlap), reading only what changed since
      const before = this.speakers?.load.catch(() => undefined);
      const db = this.db;
      const load = (async () => loadSpeakers(db, generation, await before))();
      this.speakers = { generation, load };
      load.catch(() => {
        if (this.speakers?.load === load) this.speakers = undefined;
      });
    }
    return this.speakers.load;
  }
}
