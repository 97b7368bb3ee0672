import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { StoreEngine, storeEngine } from "../../../src/answer";
import { parseTextArticle } from "../../../src/corpus/parse";
import type { Article } from "../../../src/corpus/schema";
import { wordStats } from "../../../src/corpus/word-stats";
import { buildCorpusIndex, SearchIndex } from "../../../src/index";
import { D1Store, deleteArticle, ingestArticles } from "../../../src/index/d1";
import { KIND } from "../../../src/index/d1/speaker-store";
import { junkSpeakerArticle } from "./junk-speaker";
import oil from "../../fixtures/articles/fx-oil.txt?raw";
import summit from "../../fixtures/articles/fx-summit.txt?raw";

const summitArticle = parseTextArticle(summit, "fx-summit.txt", "fx-summit");
const oilArticle = parseTextArticle(oil, "fx-oil.txt", "fx-oil");
// a family name quoted alone, then an article that gives it its full name (the family name joins it), then that one deleted
const family: Article = { id: "t-family", title: "هاموند في باريس", language: "ar", paragraphs: ["وقال هاموند في باريس: «لا اتفاق قبل نهاية العام»."] };
const full: Article = { id: "t-full", title: "محادثات لندن", language: "ar", paragraphs: ["وقال وزير الخارجية البريطاني فيليب هاموند للصحفيين: «المحادثات كانت صريحة ومفيدة»."] };
const health = junkSpeakerArticle;
// one person, the compound of his family name written with a space and then without (عبد الكريم / عبدالكريم)
const spaced: Article = { id: "t-spaced", title: "المرصد", language: "ar", paragraphs: ["وقال مدير المرصد سامر عبد الكريم: «القصف توقف منذ الصباح»."] };
const joined: Article = { id: "t-joined", title: "المرصد مجددا", language: "ar", paragraphs: ["وقال مدير المرصد سامر عبدالكريم: «عادت الحركة إلى الأسواق»."] };
// the same article with the refused speaker's quote given to a named one
const healthEdited: Article = { ...health, paragraphs: [...health.paragraphs.slice(0, 3), "وقال الطبيب خالد المنصور إن الوضع مستقر."] };
// the speaker model reads corpus word counts (scripts/ingest gives it the folder's); one set for every write here
const stats = wordStats([summitArticle, oilArticle, family, full, health, healthEdited, spaced, joined].map((a) => a.paragraphs));

/** A D1 binding that counts the loads that read every mention (a speaker table made from nothing). */
function fullLoads(db: D1Database): { db: D1Database; n: () => number } {
  let n = 0;
  const wrapped = new Proxy(db, {
    get: (target, key) => key === "prepare" ? (sql: string) => (/speaker_mentions ORDER BY/.test(sql) && n++, target.prepare(sql)) : Reflect.get(target, key),
  });
  return { db: wrapped, n: () => n };
}

/** The speakers and each article's statements of `archive` are those of a bundled index of `corpus`. */
async function same(archive: StoreEngine, corpus: Article[], label: string): Promise<void> {
  const bundled = storeEngine(new SearchIndex(buildCorpusIndex(corpus)));
  expect(await archive.speakers(), label).toEqual(await bundled.speakers());
  for (const a of corpus) expect(await archive.article(a.id), `${label}: ${a.id}`).toEqual(await bundled.article(a.id));
}

const generations = async (db: D1Database) => {
  const corpus = await db.prepare("SELECT generation FROM corpus").first<{ generation: number }>();
  const stored = await db.prepare("SELECT max(generation) AS generation FROM speaker_table").first<{ generation: number | null }>();
  return { corpus: corpus!.generation, stored: stored!.generation };
};

describe("the archive's stored speaker table", () => {
  it("is read ready-made by a new isolate, and merged by changed key after a POST, a PUT changing a quote and a DELETE", { timeout: 30_000 }, async () => {
    const db = env.TABLE_DB;
    // the writer: a write's batch, then the table stored (as D1Store.writer does, with the corpus's word counts)
    const store = new D1Store(db);
    const writer = new StoreEngine(store);
    const put = async (articles: Article[]) => {
      await ingestArticles(db, articles, stats);
      expect(await store.storeSpeakers()).toBe(true);
    };
    const remove = async (id: string) => {
      expect(await deleteArticle(db, id)).toBe(true);
      expect(await store.storeSpeakers()).toBe(true);
    };
    // an isolate that served requests before each write: it merges the writes into its own cache
    const kept = fullLoads(db);
    const reader = new StoreEngine(new D1Store(kept.db));
    let corpus = [summitArticle, oilArticle, family];
    await put(corpus);
    expect(await generations(db)).toEqual({ corpus: 1, stored: 1 });
    await same(reader, corpus, "first");
    expect(kept.n()).toBe(0);

    /** Every view agrees with the bundled index: the writer's, the kept reader's, a new isolate's (which never merges every mention). */
    const check = async (label: string) => {
      await same(writer, corpus, `${label}, writer`);
      await same(reader, corpus, `${label}, kept reader`);
      const fresh = fullLoads(db);
      await same(new StoreEngine(new D1Store(fresh.db)), corpus, `${label}, new isolate`);
      expect(fresh.n(), label).toBe(0);
      expect(kept.n(), label).toBe(0);
      // the alias memo stored with the table holds every ranked alias and alias word (a new isolate computes none)
      const part = async (kind: number) => (await db.prepare("SELECT data FROM speaker_table WHERE kind = ?1 ORDER BY seq").bind(kind).all<{ data: string }>()).results.map((r) => r.data).join("");
      const aliases = JSON.parse(await part(KIND.aliases)) as Array<[string, number]>;
      // (four JSON lines, KIND.memoLines: the stem extensions, the aliases' keys, the words' keys, their stems)
      const [, keys, words, stems] = (await part(KIND.memoLines)).split("\n").map((l) => JSON.parse(l) as unknown[]) as [unknown, Array<[string, string, string]>, Array<[string, string]>, unknown[]];
      expect(await part(KIND.memo), label).toBe("");
      expect(new Set(keys.map(([a]) => a)), label).toEqual(new Set(aliases.map(([a]) => a)));
      expect(new Set(words.map(([w]) => w)), label).toEqual(new Set(aliases.flatMap(([a]) => a.split(" "))));
      expect(stems, label).toHaveLength(words.length);
      // and the alias words (KIND.words: the stem extensions, then the bundle's aliasWords lines), for the same words in the same order
      const stored = (await part(KIND.words)).split("\n");
      expect(stored, label).toHaveLength(6);
      expect(JSON.parse(stored[1]!), label).toEqual(words.map(([w]) => w));
    };

    await put([full]);
    corpus = [...corpus, full];
    expect((await writer.speakers()).find((s) => s.name.includes("هاموند"))?.aliases).toContain("هاموند");
    await check("the family name joins the full name");

    // written past the stored table (not through the store's writer): readers merge the write into it
    await ingestArticles(db, [health], stats);
    corpus = [...corpus, health];
    expect(await generations(db)).toEqual({ corpus: 3, stored: 2 });
    await check("a write after the stored table");
    expect((await reader.speakers()).map((s) => s.name)).not.toContain("صحتها");

    await put([healthEdited]);
    corpus = corpus.map((a) => (a.id === health.id ? healthEdited : a));
    await check("a PUT changing a quote");

    await remove(full.id);
    corpus = corpus.filter((a) => a.id !== full.id);
    await check("the full name deleted: the family name is a speaker of its own again");

    await remove(oilArticle.id);
    corpus = corpus.filter((a) => a.id !== oilArticle.id);
    await check("a DELETE");
    expect(await generations(db)).toEqual({ corpus: 6, stored: 6 });

    // the store's own writer (the ingestion routes) stores the table after its batch
    await writer.put([oilArticle]);
    expect(await generations(db)).toEqual({ corpus: 7, stored: 7 });
    const fresh = fullLoads(db);
    expect(await new StoreEngine(new D1Store(fresh.db)).speakers()).toEqual(await writer.speakers());
    expect(await writer.remove(oilArticle.id)).toBe(true);
    expect(await generations(db)).toEqual({ corpus: 8, stored: 8 });
    expect(await new StoreEngine(new D1Store(fresh.db)).speakers()).toEqual(await reader.speakers());
    expect(fresh.n()).toBe(0);

    // a compound name written with a space, then without: one speaker (mergeSpeakers' compoundKey), as the bundled index
    await put([spaced]);
    corpus = [...corpus, spaced];
    await ingestArticles(db, [joined], stats);
    corpus = [...corpus, joined];
    await check("the other spelling of a compound, merged into the stored table");
    expect((await reader.speakers()).filter((s) => s.name.includes("الكريم")).map((s) => s.name)).toEqual(["سامر عبد الكريم"]);
    await remove(spaced.id);
    corpus = corpus.filter((a) => a.id !== spaced.id);
    await check("the first spelling deleted: the other one's speaker alone");
  });
});
