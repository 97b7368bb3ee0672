import { applyD1Migrations, env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { StoreEngine } from "../../../src/answer";
import { parseTextArticle } from "../../../src/corpus/parse";
import type { Article } from "../../../src/corpus/schema";
import { articleRows, D1Store, ingestArticles, writeBatches, type ArticleRows } from "../../../src/index/d1";
import football from "../../fixtures/articles/fx-football.txt?raw";
import oil from "../../fixtures/articles/fx-oil.txt?raw";
import summit from "../../fixtures/articles/fx-summit.txt?raw";

// Migration 0006 (the compact schema) on a database loaded before it, against the same articles
// written by today's writes; and text references that fall back to inline text.
const articles: Article[] = [
  parseTextArticle(summit, "fx-summit.txt", "fx-summit"),
  parseTextArticle(oil, "fx-oil.txt", "fx-oil"),
  parseTextArticle(football, "fx-football.txt", "fx-football"),
];

/** Writes rows as the writes before 0006 did (articles.summary and term_df, paragraphs.positions and title_stems, statements' text). */
async function writeBefore0006(db: D1Database, rows: ArticleRows[]): Promise<void> {
  for (const r of rows) {
    const a = r.article;
    const { num } = (await db
      .prepare("INSERT INTO articles (id, title, date, source, url, language, paragraph_count, title_stems, summary, term_df) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) RETURNING num")
      .bind(a.id, a.title, a.date ?? null, a.source ?? null, a.url ?? null, a.language, a.paragraphs.length, r.titleStems, r.summary, JSON.stringify(r.termDf))
      .first<{ num: number }>())!;
    const positions: string[][] = r.paragraphs.map(() => []);
    for (const [, at] of r.terms) for (const o of at ? at.split(" ") : []) {
      const [place, k, position] = o.split(":");
      positions[Number(place)]![Number(k)] = position!;
    }
    const statements: D1PreparedStatement[] = [
      ...r.paragraphs.map(([text, stems, length], p) => db.prepare("INSERT INTO paragraphs (doc, article, text, stems, positions, length, title_stems) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)").bind(num * 65536 + p, num, text, stems, positions[p]!.join(" "), length, r.titleStems)),
      ...r.terms.filter(([, at]) => at).map(([term, at]) => db.prepare("INSERT INTO article_terms (term, article, at) VALUES (?1, ?2, ?3)").bind(term, num, at)),
      ...r.statements.map(([p, at, key, kind, text]) => db.prepare("INSERT INTO statements (doc, at, article, key, kind, text) VALUES (?1, ?2, ?3, ?4, ?5, ?6)").bind(num * 65536 + p, at, num, key, kind, text)),
      ...Object.entries(r.termDf).map(([term, n]) => db.prepare("INSERT INTO terms (term, df) VALUES (?1, ?2) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df").bind(term, n)),
      db.prepare("UPDATE corpus SET articles = articles + 1, paragraphs = paragraphs + ?1, length = length + ?2").bind(r.paragraphs.length, r.totalLength),
    ];
    await db.batch(statements);
  }
}

/** Every row 0006 moves, in a fixed order, and what FTS5 finds for each stem of the corpus (rowids by bm25). */
async function contents(db: D1Database, stems: string[]): Promise<unknown> {
  const all = async (sql: string) => (await db.prepare(sql).all()).results;
  const fts: unknown[] = [];
  for (const s of stems) fts.push((await db.prepare("SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?1 ORDER BY bm25(paragraph_fts, 1.0, 2.0), rowid").bind(`"${s}"`).all()).results);
  return {
    articles: await all("SELECT * FROM articles ORDER BY num"),
    paragraphs: await all("SELECT * FROM paragraphs ORDER BY doc"),
    statements: await all("SELECT * FROM statements ORDER BY doc, at"),
    summaries: await all("SELECT * FROM summaries ORDER BY article, ord"),
    articleTerms: await all("SELECT * FROM article_terms ORDER BY term, article"),
    terms: await all("SELECT * FROM terms ORDER BY term"),
    corpus: await all("SELECT articles, paragraphs, length FROM corpus"),
    fts,
  };
}

/** An article's statements' texts as the archive reads them (a named article: all its paragraphs). */
async function statementTexts(db: D1Database, r: ArticleRows): Promise<string[]> {
  const index = await new D1Store(db).index({ articles: [r.article.id] });
  const a = index.article(r.article.id)!;
  return r.paragraphs.flatMap((_, p) => index.data.extras.statements(a.firstParagraph + p).map((s) => s.text));
}

describe("migration 0006 (the compact schema)", () => {
  it("turns a database loaded before it into the rows today's writes give, FTS5 included", async () => {
    const rows = articles.map((a) => articleRows(a));
    const old = env.MIGRATE_DB;
    await applyD1Migrations(old, env.TEST_MIGRATIONS.filter((m) => m.name < "0005"));
    await writeBefore0006(old, rows);
    expect(((await old.prepare("SELECT count(*) AS n FROM statements").first<{ n: number }>())!.n)).toBeGreaterThan(0);
    await applyD1Migrations(old, env.TEST_MIGRATIONS);
    await ingestArticles(env.TEST_DB, articles);
    const stems = [...new Set(rows.flatMap((r) => r.terms.map(([t]) => t)))].sort().slice(0, 60);
    const migrated = (await contents(old, stems)) as Record<string, unknown[]>;
    expect(migrated.summaries!.length).toBeGreaterThan(0);
    expect(migrated).toEqual(await contents(env.TEST_DB, stems));
    // and it reads back: the summaries and statements are the texts the rows hold
    expect(await statementTexts(old, rows[0]!)).toEqual(rows[0]!.statements.map((s) => s[4]));
  });

  it("stores a statement or summary sentence its paragraph does not hold inline, and reads it back whole", async () => {
    const db = env.TEST_DB;
    const r = articleRows(articles[0]!);
    expect(r.statements.length).toBeGreaterThan(0);
    r.statements[0]![4] = "نص لا تحمله الفقرة";
    const summary = JSON.parse(r.summary) as Array<{ text: string; paragraph: number }>;
    expect(summary.length).toBeGreaterThan(0);
    summary[0]!.text = "جملة ليست في الفقرة";
    r.summary = JSON.stringify(summary);
    await db.batch(writeBatches(db, [r]));
    const stored = await db.prepare("SELECT count(*) AS n FROM statements WHERE text IS NULL AND article = (SELECT num FROM articles WHERE id = ?1)").bind(r.article.id).first<{ n: number }>();
    expect(stored!.n).toBe(r.statements.length - 1);
    expect(await statementTexts(db, r)).toEqual(r.statements.map((s) => s[4]));
    const index = await new D1Store(db).index({ articles: [r.article.id] });
    expect(index.data.extras.summaries[index.data.articles.findIndex((a) => a.id === r.article.id)]).toEqual(summary);
    expect((await new StoreEngine(new D1Store(db)).articleSummary(r.article.id)).article_id).toBe(r.article.id);
  });
});
