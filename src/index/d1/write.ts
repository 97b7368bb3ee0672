import type { ArticleRows } from "./rows";

/** The article's num, by id (?1), inside a statement. */
const NUM = "(SELECT num FROM articles WHERE id = ?1)";
/** The stems of the stored article ?1's term_df. */
const OLD_TERMS = "SELECT j.key FROM articles a, json_each(a.term_df) j WHERE a.id = ?1";

/**
 * Statements that take an article's rows out (nothing when it is absent): its paragraphs (and so their
 * FTS rows, by trigger), statements, speakers, and its share of the term and corpus statistics.
 * The article row itself stays (an upsert keeps its num); removeArticle deletes it.
 */
function clearArticle(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    db.prepare(`UPDATE terms SET df = df - (SELECT j.value FROM articles a, json_each(a.term_df) j WHERE a.id = ?1 AND j.key = terms.term) WHERE term IN (${OLD_TERMS})`).bind(id),
    db.prepare(`DELETE FROM terms WHERE df <= 0 AND term IN (${OLD_TERMS})`).bind(id),
    db.prepare(`UPDATE corpus SET articles = articles - 1, paragraphs = paragraphs - (SELECT count(*) FROM paragraphs WHERE article = ${NUM}), length = length - (SELECT coalesce(sum(length), 0) FROM paragraphs WHERE article = ${NUM}) WHERE EXISTS ${NUM}`).bind(id),
    db.prepare(`DELETE FROM paragraphs WHERE article = ${NUM}`).bind(id),
    db.prepare(`DELETE FROM statements WHERE article = ${NUM}`).bind(id),
    db.prepare(`DELETE FROM speaker_mentions WHERE article = ${NUM}`).bind(id),
  ];
}

/**
 * One D1 batch (one transaction) that writes an article, replacing any stored one with its id: a
 * reader sees the old article or the new one, never half of either. The article keeps its place
 * (num) when replaced.
 */
export function putArticle(db: D1Database, rows: ArticleRows): D1PreparedStatement[] {
  const { article: a } = rows;
  return [
    ...clearArticle(db, a.id),
    db.prepare(
      `INSERT INTO articles (id, title, date, source, url, language, paragraph_count, title_stems, summary, term_df) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, date = excluded.date, source = excluded.source, url = excluded.url, language = excluded.language,
       paragraph_count = excluded.paragraph_count, title_stems = excluded.title_stems, summary = excluded.summary, term_df = excluded.term_df`,
    ).bind(a.id, a.title, a.date ?? null, a.source ?? null, a.url ?? null, a.language, a.paragraphs.length, rows.titleStems, rows.summary, JSON.stringify(rows.termDf)),
    db.prepare(
      `INSERT INTO paragraphs (doc, article, text, stems, positions, length, title_stems)
       SELECT a.num * 65536 + j.key, a.num, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, ?3 FROM articles a, json_each(?2) j WHERE a.id = ?1`,
    ).bind(a.id, JSON.stringify(rows.paragraphs), rows.titleStems),
    db.prepare(
      `INSERT INTO statements (doc, at, article, key, kind, text)
       SELECT a.num * 65536 + (j.value ->> 0), j.value ->> 1, a.num, j.value ->> 2, j.value ->> 3, j.value ->> 4 FROM articles a, json_each(?2) j WHERE a.id = ?1`,
    ).bind(a.id, JSON.stringify(rows.statements)),
    db.prepare(
      `INSERT INTO speaker_mentions (article, ord, key, name, title, person, aliases, count)
       SELECT a.num, j.key, j.value ->> 0, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5 FROM articles a, json_each(?2) j WHERE a.id = ?1`,
    ).bind(a.id, JSON.stringify(rows.mentions)),
    db.prepare(`INSERT INTO terms (term, df) SELECT key, value FROM json_each(?1) WHERE true ON CONFLICT (term) DO UPDATE SET df = df + excluded.df`).bind(JSON.stringify(rows.termDf)),
    db.prepare(`UPDATE corpus SET articles = articles + 1, paragraphs = paragraphs + ?1, length = length + ?2, generation = generation + 1`).bind(rows.paragraphs.length, rows.totalLength),
  ];
}

/** One D1 batch that removes an article and all its rows (nothing when it is absent). */
export function removeArticle(db: D1Database, id: string): D1PreparedStatement[] {
  return [
    ...clearArticle(db, id),
    db.prepare(`UPDATE corpus SET generation = generation + 1 WHERE EXISTS ${NUM}`).bind(id),
    db.prepare(`DELETE FROM articles WHERE id = ?1`).bind(id),
  ];
}
