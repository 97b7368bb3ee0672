import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { StoreEngine, storeEngine } from "../../../src/answer";
import { parseTextArticle } from "../../../src/corpus/parse";
import type { Article } from "../../../src/corpus/schema";
import { wordStats } from "../../../src/corpus/word-stats";
import { buildCorpusIndex, SearchIndex } from "../../../src/index";
import { D1Store, deleteArticle, ingestArticles } from "../../../src/index/d1";
import { counting } from "./counting";
import { junkSpeakerArticle } from "./junk-speaker";
import oil from "../../fixtures/articles/fx-oil.txt?raw";
import summit from "../../fixtures/articles/fx-summit.txt?raw";

const base: Article[] = [parseTextArticle(summit, "fx-summit.txt", "fx-summit"), parseTextArticle(oil, "fx-oil.txt", "fx-oil")];
const health = junkSpeakerArticle;
// the same article with the refused speaker's quote given to a named one
const healthEdited: Article = { ...health, paragraphs: [...health.paragraphs.slice(0, 3), "وقال الطبيب خالد المنصور إن الوضع مستقر."] };
const every = [...base, health, healthEdited];
// the speaker model reads corpus word counts (scripts/ingest gives it the folder's); one set for every write here
const stats = wordStats(every.map((a) => a.paragraphs));

/** Speakers and each article's statements, through one store and through a bundled index of the same corpus. */
async function same(archive: StoreEngine, corpus: Article[]): Promise<void> {
  const bundled = storeEngine(new SearchIndex(buildCorpusIndex(corpus)));
  expect(await archive.speakers()).toEqual(await bundled.speakers());
  for (const a of corpus) expect(await archive.article(a.id), a.id).toEqual(await bundled.article(a.id));
}

describe("the archive's speaker-list check across live writes", () => {
  it("gives the bundled index's speakers after each POST, PUT and DELETE, reading only what changed", async () => {
    const { db, loads } = counting(env.CHECK_DB);
    const full = { n: 0 };
    const archive = new StoreEngine(new D1Store(new Proxy(db, {
      get: (target, key) => key === "prepare" ? (sql: string) => (/speaker_mentions ORDER BY/.test(sql) && full.n++, target.prepare(sql)) : Reflect.get(target, key),
    })));
    await ingestArticles(env.CHECK_DB, base, stats);
    await same(archive, base);
    await ingestArticles(env.CHECK_DB, [health], stats);
    await same(archive, [...base, health]);
    expect((await archive.speakers()).map((s) => s.name)).not.toContain("صحتها");
    await ingestArticles(env.CHECK_DB, [healthEdited], stats);
    await same(archive, [...base, healthEdited]);
    expect(await deleteArticle(env.CHECK_DB, base[1]!.id)).toBe(true);
    await same(archive, [base[0]!, healthEdited]);
    // one load of every mention, then one read of the changed articles' mentions per write
    expect(full.n).toBe(1);
    expect(loads()).toBe(4);
    // a new isolate's full load agrees with the one kept up to date
    await same(new StoreEngine(new D1Store(env.CHECK_DB)), [base[0]!, healthEdited]);
  });
});
