import { countSpeakerWords } from "../speaker-list";
import type { ArticleRows, WordCountRow } from "./rows";

/**
 * Largest JSON text bound to one statement, in UTF-8 bytes: 1 MB, half of D1's 2 MB limit on a string
 * value. A batch's paragraphs (or statements) over it are split into several INSERTs.
 */
export const MAX_BOUND_BYTES = 1_000_000;

/** The nums of the stored articles whose ids are in the JSON array ?1. */
const NUMS = "(SELECT num FROM articles WHERE id IN (SELECT value FROM json_each(?1)))";
/**
 * The (term, article) keys of the article_terms rows of the stored articles of ?1: every stem of their
 * paragraphs' stored stems and of their titles (rows.ts writes a row for each), split in SQL (stems hold
 * letters, marks, digits and . , ٫ only: tokenize's WORD, so the JSON below is well formed).
 */
const OWNED = `(SELECT DISTINCT s.value AS term, x.num AS article FROM (
  SELECT p.article AS num, p.stems AS stems FROM paragraphs p WHERE p.article IN ${NUMS}
  UNION ALL SELECT a.num, a.title_stems FROM articles a WHERE a.id IN (SELECT value FROM json_each(?1))
) x, json_each('["' || replace(x.stems, ' ', '","') || '"]') s WHERE s.value <> '')`;

/**
 * Statements that take articles' rows out (nothing for ids not stored), ids a JSON array: their
 * paragraphs (and so their FTS rows, by trigger), forward index, statements, summaries, speakers, and
 * their share of the term and corpus statistics (article_terms.n). The article rows stay (an upsert
 * keeps each one's num); removeArticle deletes them.
 */
function clearArticles(db: D1Database, ids: string): D1PreparedStatement[] {
  return [
    // by primary key (term, article), as every statement on article_terms here
    db.prepare(`UPDATE terms SET df = df - o.n FROM (SELECT t.term, sum(t.n) AS n FROM ${OWNED} k JOIN article_terms t ON t.term = k.term AND t.article = k.article GROUP BY t.term) o WHERE terms.term = o.term`).bind(ids),
    db.prepare(`DELETE FROM terms WHERE df <= 0 AND term IN (SELECT term FROM ${OWNED})`).bind(ids),
    db.prepare(`DELETE FROM article_terms WHERE (term, article) IN ${OWNED}`).bind(ids),
    db.prepare(`UPDATE corpus SET articles = articles - (SELECT count(*) FROM ${NUMS}), paragraphs = paragraphs - (SELECT count(*) FROM paragraphs WHERE article IN ${NUMS}), length = length - (SELECT coalesce(sum(length), 0) FROM paragraphs WHERE article IN ${NUMS})`).bind(ids),
    db.prepare(`DELETE FROM paragraphs WHERE article IN ${NUMS}`).bind(ids),
    db.prepare(`DELETE FROM statements WHERE article IN ${NUMS}`).bind(ids),
    db.prepare(`DELETE FROM summaries WHERE article IN ${NUMS}`).bind(ids),
    db.prepare(`DELETE FROM speaker_mentions WHERE article IN ${NUMS}`).bind(ids),
  ];
}

/** What a write replaces, as its reader saw it (ingest.ts): every write checks it against the corpus in its own batch. */
export interface WritePrecondition {
  /** The corpus generation when the stored articles were read: the batch fails if another write moved it since. */
  generation: number;
  /** Word counts of the stored articles' paragraphs the write replaces or removes (taken back from word_counts). */
  removed: WordCountRow[];
  /** The speaker names of the stored articles' mentions it replaces or removes (their words taken back from speaker_words). Default none. */
  removedNames?: string[];
}

/**
 * The batch's first statement: fails (a primary-key conflict on corpus, so D1 rolls the whole batch
 * back) when the generation is no longer `generation`, as word counts read before it would be stale.
 */
export function guard(db: D1Database, generation: number): D1PreparedStatement {
  return db.prepare("INSERT INTO corpus (id) SELECT 1 FROM corpus WHERE generation <> ?1").bind(generation);
}

/** The name keys of ?1's stored mentions (JSON ids) logged as touched by the write that is bumping the generation (key_changes, migrations/0005). */
function logKeys(db: D1Database, ids: string): D1PreparedStatement {
  return db.prepare(`INSERT OR IGNORE INTO key_changes (generation, key) SELECT (SELECT generation + 1 FROM corpus), key FROM speaker_mentions WHERE article IN ${NUMS}`).bind(ids);
}

/**
 * Upserts the speaker-name word deltas (speaker_words, migrations/0005): the words of the names
 * `added` less those of `removed`, per countSpeakerWords (one per name holding the word), 0 left out.
 */
function speakerWordDeltas(db: D1Database, added: string[], removed: string[], limit: number): D1PreparedStatement[] {
  const net = countSpeakerWords(added);
  for (const [w, n] of countSpeakerWords(removed)) net.set(w, (net.get(w) ?? 0) - n);
  const rows = [...net].filter(([, n]) => n !== 0);
  const out: D1PreparedStatement[] = [];
  for (let i = 0, step = Math.max(1, Math.floor(limit / 40)); i < rows.length; i += step) {
    out.push(db.prepare(
      `INSERT INTO speaker_words (word, count, generation) SELECT j.value ->> 0, j.value ->> 1, (SELECT generation + 1 FROM corpus) FROM json_each(?1) j WHERE true
       ON CONFLICT (word) DO UPDATE SET count = count + excluded.count, generation = excluded.generation`,
    ).bind(JSON.stringify(rows.slice(i, i + step))));
  }
  return out;
}

/** Upserts word count deltas (net per word; 0 left out) in statements of at most `limit` JSON bytes, stamped with the new generation. */
function wordDeltas(db: D1Database, added: WordCountRow[], removed: WordCountRow[], limit: number): D1PreparedStatement[] {
  const net = new Map<string, [number, number]>();
  const add = (rows: WordCountRow[], sign: number) => {
    for (const [w, n, a] of rows) {
      const d = net.get(w) ?? net.set(w, [0, 0]).get(w)!;
      d[0] += sign * n;
      d[1] += sign * a;
    }
  };
  add(added, 1);
  add(removed, -1);
  const rows = [...net].filter(([, [n, a]]) => n !== 0 || a !== 0).map(([w, [n, a]]) => [w, n, a]);
  const out: D1PreparedStatement[] = [];
  for (let i = 0, step = Math.max(1, Math.floor(limit / 40)); i < rows.length; i += step) {
    out.push(db.prepare(
      `INSERT INTO word_counts (word, count, after_speech, generation) SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, (SELECT generation + 1 FROM corpus) FROM json_each(?1) j WHERE true
       ON CONFLICT (word) DO UPDATE SET count = count + excluded.count, after_speech = after_speech + excluded.after_speech, generation = excluded.generation`,
    ).bind(JSON.stringify(rows.slice(i, i + step))));
  }
  return out;
}

/** Splits per-article items into JSON arrays of [id, items] of at most MAX_BOUND_BYTES each (one bound parameter each). */
function chunks(rows: ArticleRows[], items: (r: ArticleRows) => unknown[], limit: number): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let bytes = 2;
  const encoder = new TextEncoder();
  for (const r of rows) {
    const part = JSON.stringify([r.article.id, items(r)]);
    const size = encoder.encode(part).length + 1;
    if (parts.length && bytes + size > limit) {
      out.push(`[${parts.join(",")}]`);
      parts = [];
      bytes = 2;
    }
    parts.push(part);
    bytes += size;
  }
  if (parts.length) out.push(`[${parts.join(",")}]`);
  return out;
}

/**
 * A text (SQL expression) as start, chars, text columns: where it stands in the paragraph p (SQLite's
 * instr, 1-based, in characters; readers take it back with substr, the same characters) with text
 * null, or inline (start 0) when p does not hold it (migrations/0006).
 */
const REF = (text: string) => `coalesce(instr(p.text, ${text}), 0), length(${text}), CASE WHEN coalesce(instr(p.text, ${text}), 0) = 0 THEN ${text} END`;

/** Per-article child rows, as `INSERT … SELECT` over `json_each`: g is [id, items], r one item (j.key its place). */
const CHILDREN = "json_each(?1) g JOIN articles a ON a.id = g.value ->> 0, json_each(g.value -> 1) r";

/**
 * The statements of one D1 batch (one transaction) that write a group of articles, each replacing any
 * stored article with its id: a reader sees the group's old articles or its new ones, never half. An
 * article keeps its place (num) when replaced. Set-based: about ten statements a group whatever its
 * size (each table's rows in one `INSERT … SELECT … FROM json_each(?)`, one bound parameter each), since
 * a statement's fixed cost, not SQLite's work, is what a write pays (docs/benchmarks.md, archive). An id
 * given twice is written once, its last rows. `maxBoundBytes`: the most JSON bytes bound to one
 * statement (default MAX_BOUND_BYTES); larger groups get more INSERTs, still in the one batch.
 */
export function writeBatches(db: D1Database, group: ArticleRows[], maxBoundBytes = MAX_BOUND_BYTES, before?: WritePrecondition): D1PreparedStatement[] {
  const rows = [...new Map(group.map((r) => [r.article.id, r])).values()];
  if (!rows.length) return [];
  const ids = JSON.stringify(rows.map((r) => r.article.id));
  const articles = rows.map(({ article: a, ...r }) => [a.id, a.title, a.date ?? null, a.source ?? null, a.url ?? null, a.language, a.paragraphs.length, r.titleStems]);
  const df: Record<string, number> = Object.create(null);
  for (const r of rows) for (const [t, n] of Object.entries(r.termDf)) df[t] = (df[t] ?? 0) + n;
  const paragraphs = rows.reduce((n, r) => n + r.paragraphs.length, 0);
  const length = rows.reduce((n, r) => n + r.totalLength, 0);
  return [
    ...(before ? [guard(db, before.generation)] : []),
    logKeys(db, ids),
    ...clearArticles(db, ids),
    db.prepare(
      `INSERT INTO articles (id, title, date, source, url, language, paragraph_count, title_stems)
       SELECT j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, j.value ->> 6, j.value ->> 7 FROM json_each(?1) j WHERE true ORDER BY j.key
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date, source = excluded.source, url = excluded.url, language = excluded.language,
       paragraph_count = excluded.paragraph_count, title_stems = excluded.title_stems`,
    ).bind(JSON.stringify(articles)),
    ...chunks(rows, (r) => r.paragraphs, maxBoundBytes).map((json) => db.prepare(
      `INSERT INTO paragraphs (doc, article, text, stems, length)
       SELECT a.num * 65536 + r.key, a.num, r.value ->> 0, r.value ->> 1, r.value ->> 2 FROM ${CHILDREN}`,
    ).bind(json)),
    ...chunks(rows, (r) => r.terms, maxBoundBytes).map((json) => db.prepare(
      `INSERT INTO article_terms (term, article, at, n) SELECT r.value ->> 0, a.num, r.value ->> 1, r.value ->> 2 FROM ${CHILDREN}`,
    ).bind(json)),
    ...chunks(rows, (r) => r.statements, maxBoundBytes).map((json) => db.prepare(
      `INSERT INTO statements (doc, at, article, key, kind, start, chars, text)
       SELECT a.num * 65536 + (r.value ->> 0), r.value ->> 1, a.num, r.value ->> 2, r.value ->> 3, ${REF("r.value ->> 4")}
       FROM ${CHILDREN} LEFT JOIN paragraphs p ON p.doc = a.num * 65536 + (r.value ->> 0)`,
    ).bind(json)),
    ...chunks(rows, (r) => JSON.parse(r.summary) as unknown[], maxBoundBytes).map((json) => db.prepare(
      `INSERT INTO summaries (article, ord, paragraph, start, chars, text)
       SELECT a.num, r.key, r.value ->> 'paragraph', ${REF("r.value ->> 'text'")}
       FROM ${CHILDREN} LEFT JOIN paragraphs p ON p.doc = a.num * 65536 + (r.value ->> 'paragraph') - 1`,
    ).bind(json)),
    ...chunks(rows, (r) => r.mentions, maxBoundBytes).map((json) => db.prepare(
      `INSERT INTO speaker_mentions (article, ord, key, name, title, person, aliases, count)
       SELECT a.num, r.key, r.value ->> 0, r.value ->> 1, r.value ->> 2, r.value ->> 3, r.value ->> 4, r.value ->> 5 FROM ${CHILDREN}`,
    ).bind(json)),
    ...chunks(rows, (r) => r.sounds, maxBoundBytes).map((json) => db.prepare(
      `INSERT OR IGNORE INTO english_sounds (key, stem) SELECT r.value ->> 0, r.value ->> 1 FROM json_each(?1) g, json_each(g.value -> 1) r`,
    ).bind(json)),
    db.prepare(`INSERT INTO terms (term, df) SELECT key, value FROM json_each(?1) WHERE true ON CONFLICT (term) DO UPDATE SET df = df + excluded.df`).bind(JSON.stringify(df)),
    ...wordDeltas(db, rows.flatMap((r) => r.words), before?.removed ?? [], maxBoundBytes),
    ...speakerWordDeltas(db, rows.flatMap((r) => r.mentions.map((m) => m[1])), before?.removedNames ?? [], maxBoundBytes),
    // the new mentions' keys (the old ones were logged before they were cleared)
    logKeys(db, ids),
    db.prepare(`UPDATE corpus SET articles = articles + ?1, paragraphs = paragraphs + ?2, length = length + ?3, generation = generation + 1`).bind(rows.length, paragraphs, length),
  ];
}

/** One article's statements (writeBatches of one). */
export function putArticle(db: D1Database, rows: ArticleRows): D1PreparedStatement[] {
  return writeBatches(db, [rows]);
}

/**
 * One D1 batch that removes an article and all its rows (nothing when it is absent). `before`: the
 * generation and the stored paragraphs' word counts as read (default: none, word_counts left as they are).
 */
export function removeArticle(db: D1Database, id: string, before?: WritePrecondition): D1PreparedStatement[] {
  const ids = JSON.stringify([id]);
  return [
    ...(before ? [guard(db, before.generation), ...wordDeltas(db, [], before.removed, MAX_BOUND_BYTES), ...speakerWordDeltas(db, [], before.removedNames ?? [], MAX_BOUND_BYTES)] : []),
    logKeys(db, ids),
    ...clearArticles(db, ids),
    db.prepare(`UPDATE corpus SET generation = generation + 1 WHERE EXISTS ${NUMS}`).bind(ids),
    db.prepare(`DELETE FROM articles WHERE id IN (SELECT value FROM json_each(?1))`).bind(ids),
  ];
}
