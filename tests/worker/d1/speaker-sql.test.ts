import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { StoreEngine, storeEngine } from "../../../src/answer";
import type { Article } from "../../../src/corpus/schema";
import { buildCorpusIndex, SearchIndex, type IndexStore } from "../../../src/index";
import { D1Store, deleteArticle, ingestArticles } from "../../../src/index/d1";
import { added, base, edited, stats } from "./speaker-corpus";
import { transliterate } from "../../../src/answer/english";
import { tableReads } from "./counting";

/** The same D1 store told that every request may read the whole speaker table (as before migration 0008). */
function wholeTable(store: D1Store): StoreEngine {
  const whole: IndexStore = { whole: false, counts: () => store.counts(), index: (need) => store.index({ ...need, speakerKeys: undefined }) };
  return new StoreEngine(whole);
}

const vowelsOut = (w: string) => (w.length > 3 ? w[0] + w.slice(1, -1).replace(/[اوي]/g, "") + w.slice(-1) : w);

/** Speaker questions made from the corpus's speakers (name, family name, title, near spelling), English ones, and names nobody has. */
async function questions(engine: StoreEngine): Promise<string[]> {
  const [first] = await engine.speakers();
  const out = ["ماذا قال زيد الفلاني؟", "ماذا قال هاموود؟", `What did ${transliterate(first!.name)} say?`, "What did Hammond say?", "What did Hamond say?", "What did the British foreign minister say?", "What did Macron say?", "What did King Salman say?", "ما هي أسعار النفط؟"];
  for (const s of await engine.speakers()) {
    const last = s.name.split(" ").at(-1)!;
    out.push(`ماذا قال ${s.name}؟`, `ماذا قال ${last} عن الاتفاق؟`, `ماذا قال ${s.name.split(" ").map(vowelsOut).join(" ")}؟`);
    if (s.title) out.push(`ماذا قال ${s.title}؟`);
    // English: the name and the family name as the display speller writes them, and a letter doubled
    const latin = transliterate(s.name);
    out.push(`What did ${latin} say?`, `What did ${latin.split(" ").at(-1)} say about the talks?`, `What did ${latin.replace(/([a-z])/, "$1$1")} say?`);
  }
  return out;
}

/** Every answer of `archive` equals `expected`'s: asks, speaker lookups, quotes, articles. */
async function same(archive: StoreEngine, expected: StoreEngine, asked: readonly string[], corpus: readonly Article[], label: string): Promise<void> {
  for (const q of asked) expect(await archive.ask(q, { topK: 3 }), `${label}: ${q}`).toEqual(await expected.ask(q, { topK: 3 }));
  for (const s of await expected.speakers()) {
    const latin = transliterate(s.name);
    for (const q of [s.name, s.id, s.title ?? s.name, latin, latin.split(" ").at(-1)!]) expect(await archive.speaker(q), `${label}: ${q}`).toEqual(await expected.speaker(q));
    for (const q of [s.name, latin]) expect(await archive.quotes(q), `${label}: ${q}`).toEqual(await expected.quotes(q));
  }
  for (const a of corpus) expect(await archive.article(a.id), `${label}: ${a.id}`).toEqual(await expected.article(a.id));
  for (const n of [1, 2, 5, 1000]) expect(await archive.speakers(n), `${label}: the ${n} most quoted`).toEqual(await expected.speakers(n));
  const context = { context: [`ماذا قال ${(await expected.speakers())[0]!.name}؟`] };
  expect(await archive.ask("وماذا قال أيضا؟", context), label).toEqual(await expected.ask("وماذا قال أيضا؟", context));
}

describe("speaker lookup by SQL in the D1 store", () => {
  it("answers as the whole table and the bundled index, reads no whole table for a speaker question (Arabic or English, found or not), across writes", { timeout: 240_000 }, async () => {
    const db = env.SPEAKER_DB;
    const writer = new D1Store(db);
    const put = async (articles: Article[]) => {
      await ingestArticles(db, articles, stats);
      expect(await writer.storeSpeakers()).toBe(true);
    };
    let corpus = [...base];
    await put(corpus);
    const bundled = storeEngine(new SearchIndex(buildCorpusIndex(corpus)));
    const asked = await questions(bundled);
    expect(asked.length).toBeGreaterThan(30);
    const warm = new StoreEngine(new D1Store(db));
    await same(warm, bundled, asked, corpus, "loaded, against the bundled index");

    // a new isolate's speaker question, Arabic or English, reads the lookup rows alone, and so does "did you mean"
    const named = asked.filter((q) => /^(?:ماذا قال|What did)/.test(q));
    const found = { ar: 0, en: 0 };
    let nearest = 0;
    for (const q of named) {
      const counted = tableReads(db);
      const answer = await new StoreEngine(new D1Store(counted.db)).ask(q, { topK: 3 });
      expect(counted.n(), q).toBe(0);
      if (answer.found) found[answer.language]++;
      else nearest += answer.closest_speakers?.length ? 1 : 0;
    }
    // the most quoted speakers (GET /v1/speakers?limit=N) by their records alone
    const counted = tableReads(db);
    expect(await new StoreEngine(new D1Store(counted.db)).speakers(3)).toEqual(await bundled.speakers(3));
    expect(counted.n()).toBe(0);
    expect(found.ar).toBeGreaterThan(10);
    expect(found.en).toBeGreaterThan(5);
    expect(nearest).toBeGreaterThan(0);

    /** After a write: the warm reader and a new isolate as the same store reading the whole table. */
    const check = async (label: string) => {
      const whole = wholeTable(new D1Store(db));
      await same(warm, whole, asked, corpus, `${label}, warm reader`);
      await same(new StoreEngine(new D1Store(db)), whole, asked, corpus, `${label}, new isolate`);
    };
    await put([added]);
    corpus = [...corpus, added];
    await check("a POST");
    await put([edited]);
    corpus = corpus.map((a) => (a.id === edited.id ? edited : a));
    await check("a PUT changing a quote");
    expect(await deleteArticle(db, "l-full")).toBe(true);
    // not stored yet: the rows are a generation behind, and readers read the whole table
    corpus = corpus.filter((a) => a.id !== "l-full");
    await check("a DELETE before its table is stored");
    expect(await writer.storeSpeakers()).toBe(true);
    await check("a DELETE");
  });
});
