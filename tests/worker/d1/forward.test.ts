import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/corpus/schema";
import { analyze } from "../../../src/analysis";
import { analyzerFor } from "../../../src/index/analyzer";
import { DEFAULT_RANKING } from "../../../src/index/types";
import { D1Store, deleteArticle, ingestArticles } from "../../../src/index/d1";

interface ForwardRow {
  term: string;
  article: number;
  at: string;
  n: number;
}

const byKey = (x: ForwardRow, y: ForwardRow) => (x.term < y.term ? -1 : x.term > y.term ? 1 : x.article - y.article);

/**
 * article_terms as the stored paragraphs and titles say it must be: each stem's occurrences (its index in
 * the paragraph's stored stems, its token position by analyzing the stored text again) and the
 * paragraphs holding it (all of them for a title stem, which has a row even with no occurrence).
 */
async function expected(db: D1Database): Promise<ForwardRow[]> {
  const { results } = await db.prepare("SELECT p.doc, p.article, p.text, p.stems, a.title_stems, a.paragraph_count FROM paragraphs p JOIN articles a ON a.num = p.article ORDER BY p.doc").all<{ doc: number; article: number; text: string; stems: string; title_stems: string; paragraph_count: number }>();
  const out = new Map<string, ForwardRow>();
  const row = (term: string, article: number) => out.get(`${term} ${article}`) ?? out.set(`${term} ${article}`, { term, article, at: "", n: 0 }).get(`${term} ${article}`)!;
  const analyzer = analyzerFor(DEFAULT_RANKING);
  for (const r of results) {
    const analyzed = analyze(r.text, analyzer);
    const stems = r.stems ? r.stems.split(" ") : [];
    expect(analyzed.map((t) => t.term)).toEqual(stems);
    const title = r.title_stems ? r.title_stems.split(" ") : [];
    stems.forEach((term, k) => {
      const x = row(term, r.article);
      x.at += `${x.at ? " " : ""}${r.doc % 65536}:${k}:${analyzed[k]!.position}`;
    });
    for (const term of new Set(stems)) if (!title.includes(term)) row(term, r.article).n++;
    for (const term of new Set(title)) row(term, r.article).n = r.paragraph_count;
  }
  return [...out.values()].sort(byKey);
}

async function stored(db: D1Database): Promise<ForwardRow[]> {
  return (await db.prepare("SELECT term, article, at, n FROM article_terms").all<ForwardRow>()).results.sort(byKey);
}

const article = (id: string, paragraphs: string[]): Article => ({ id, title: `تقرير ${id.length}`, language: "ar", paragraphs });

const first = [
  article("fw-1", ["ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج.", "وقال المتحدث باسم الوزارة: «الميزانية ستعلن في موعدها»."]),
  article("fw-2", ["افتتح الوزير مدرسة جديدة في المدينة، وقال: «التعليم أولويتنا»."]),
];

describe("the forward index by (term, article)", () => {
  it("is written, replaced and removed with its article, exactly as its paragraphs and title say", async () => {
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
