import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/corpus/schema";
import { D1Store, deleteArticle, ingestArticles } from "../../../src/index/d1";

interface ForwardRow {
  term: string;
  article: number;
  at: string;
}

const byKey = (x: ForwardRow, y: ForwardRow) => (x.term < y.term ? -1 : x.term > y.term ? 1 : x.article - y.article);

/** article_terms as the stored paragraphs' stems and positions say it must be. */
async function expected(db: D1Database): Promise<ForwardRow[]> {
  const { results } = await db.prepare("SELECT doc, article, stems, positions FROM paragraphs ORDER BY doc").all<{ doc: number; article: number; stems: string; positions: string }>();
  const out = new Map<string, ForwardRow>();
  for (const r of results) {
    const positions = r.positions.split(" ");
    (r.stems ? r.stems.split(" ") : []).forEach((term, k) => {
      const key = `${term} ${r.article}`;
      const at = `${r.doc % 65536}:${k}:${positions[k]}`;
      const row = out.get(key);
      if (row) row.at += ` ${at}`;
      else out.set(key, { term, article: r.article, at });
    });
  }
  return [...out.values()].sort(byKey);
}

async function stored(db: D1Database): Promise<ForwardRow[]> {
  return (await db.prepare("SELECT term, article, at FROM article_terms").all<ForwardRow>()).results.sort(byKey);
}

const article = (id: string, paragraphs: string[]): Article => ({ id, title: `تقرير ${id.length}`, language: "ar", paragraphs });

const first = [
  article("fw-1", ["ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج.", "وقال المتحدث باسم الوزارة: «الميزانية ستعلن في موعدها»."]),
  article("fw-2", ["افتتح الوزير مدرسة جديدة في المدينة، وقال: «التعليم أولويتنا»."]),
];

describe("the forward index by (term, article)", () => {
  it("is written, replaced and removed with its article, exactly as its paragraphs' stems and positions", async () => {
    const db = env.TEST_DB;
    await ingestArticles(db, first);
    const written = await stored(db);
    expect(written.length).toBeGreaterThan(10);
    expect(written).toEqual(await expected(db));
    await ingestArticles(db, [article("fw-1", ["وقال المتحدث: «المفاوضات مستمرة»."])]);
    expect(await stored(db)).toEqual(await expected(db));
    expect(await deleteArticle(db, "fw-2")).toBe(true);
    const left = await stored(db);
    expect(left).toEqual(await expected(db));
    expect(left.length).toBeLessThan(written.length);
  });

  it("is filled by its migration from the paragraphs already stored, as the writes fill it", async () => {
    const db = env.TEST_DB;
    await ingestArticles(db, first);
    const written = await stored(db);
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0003"))!;
    await db.prepare("DELETE FROM article_terms").run();
    for (const q of migration.queries.filter((q) => /^\s*INSERT/i.test(q.replace(/^(\s*--[^\n]*\n)*/, "")))) await db.prepare(q).run();
    expect(await stored(db)).toEqual(written);
  });

  it("sends a request the text and statements of the paragraphs its stems reach, and all of a named article", async () => {
    const db = env.TEST_DB;
    await ingestArticles(db, first);
    const store = new D1Store(db);
    const index = await store.index({ texts: ["أسعار النفط"] });
    const a = index.article("fw-1")!;
    expect(index.text(a.firstParagraph)).toBe(first[0]!.paragraphs[0]);
    // the quote's paragraph holds neither stem (nor does the title): no search of them can reach it
    expect(index.text(a.firstParagraph + 1)).toBe("");
    expect(index.data.extras.statements(a.firstParagraph + 1)).toEqual([]);
    expect(index.search("أسعار النفط").map((h) => h.doc)).toEqual([a.firstParagraph]);
    const named = await store.index({ texts: ["أسعار النفط"], articles: ["fw-1"] });
    const b = named.article("fw-1")!;
    expect(named.text(b.firstParagraph + 1)).toBe(first[0]!.paragraphs[1]);
    expect(named.data.extras.statements(b.firstParagraph + 1).length).toBeGreaterThan(0);
  });
});
