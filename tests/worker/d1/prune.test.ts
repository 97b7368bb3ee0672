import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { parseTextArticle } from "../../../src/corpus/parse";
import type { Article } from "../../../src/corpus/schema";
import { wordStats } from "../../../src/corpus/word-stats";
import { D1Store, deleteArticle, ingestArticles } from "../../../src/index/d1";
import { fullLoad, loadSpeakers, type SpeakerCache } from "../../../src/index/d1/speakers";
import { junkSpeakerArticle } from "./junk-speaker";
import oil from "../../fixtures/articles/fx-oil.txt?raw";
import summit from "../../fixtures/articles/fx-summit.txt?raw";

// Pruning the change logs (src/index/d1/prune.ts, migrations/0007) on PRUNE_DB: the writer prunes
// below the table it stores with a margin of MARGIN generations; readers must never be wrong for it.
const MARGIN = 1;
const summitArticle = parseTextArticle(summit, "fx-summit.txt", "fx-summit");
const oilArticle = parseTextArticle(oil, "fx-oil.txt", "fx-oil");
// a family name quoted alone, then an article giving it its full name: merging the second without the
// first's keys (a change list with rows pruned away) would leave the family name a speaker of its own
const family: Article = { id: "p-family", title: "لافروف في موسكو", language: "ar", paragraphs: ["وقال لافروف في موسكو: «لن نقبل بأي شروط مسبقة للحوار»."] };
const full: Article = { id: "p-full", title: "محادثات جنيف", language: "ar", paragraphs: ["وقال وزير الخارجية الروسي سيرغي لافروف للصحفيين في جنيف: «المحادثات كانت بناءة وصريحة»."] };
// words no other article has: deleting it leaves their word_counts rows at 0 (what pruning deletes)
const unique: Article = { id: "p-unique", title: "زرافات كوكبية", language: "ar", paragraphs: ["وقال المتحدث طلال الزبيدي إن الزرافات الكوكبية تتقافز فوق السنابل البنفسجية."] };
/** Letters for made-up words (cycled, so each cycle's article has words no other has). */
const LETTERS = "بتثجحخدذرزسشصضطظعغفقكلمنهي";
const stats = wordStats([summitArticle, oilArticle, family, full, junkSpeakerArticle, unique].map((a) => a.paragraphs));

/** A binding that counts the reads of the stored table and the loads that read every mention. */
function counted(db: D1Database) {
  const n = { table: 0, full: 0 };
  const wrapped = new Proxy(db, {
    get: (target, key) => key === "prepare" ? (sql: string) => {
      if (/FROM speaker_table/.test(sql)) n.table++;
      if (/speaker_mentions ORDER BY/.test(sql)) n.full++;
      return target.prepare(sql);
    } : Reflect.get(target, key),
  });
  return { db: wrapped, n };
}

/** What a reader answers with: the checked speakers, each one's keys, the ranked aliases. */
const view = (c: SpeakerCache) => ({ speakers: c.merged.speakers, keys: c.merged.speakers.map((_, i) => c.merged.keysOf(i)), aliases: c.aliases });
const generation = async (db: D1Database) => (await db.prepare("SELECT generation, pruned FROM corpus").first<{ generation: number; pruned: number }>())!;

describe("pruning the archive's change logs", () => {
  const db = env.PRUNE_DB;
  const writer = new D1Store(db, { pruneMargin: MARGIN });
  const put = async (articles: Article[]) => {
    await ingestArticles(db, articles, stats);
    expect(await writer.storeSpeakers()).toBe(true);
  };
  const remove = async (id: string) => {
    expect(await deleteArticle(db, id)).toBe(true);
    expect(await writer.storeSpeakers()).toBe(true);
  };

  it("keeps a warm reader exact, and sends a reader behind the prune point to the stored table", { timeout: 30_000 }, async () => {
    await put([summitArticle, oilArticle, family]);
    const start = await generation(db);
    // a reader that loads after every write (within the margin) and one left at the first generation, both
    // holding every speaker before the check (as an isolate that merged a write does), so both would merge
    const old = await fullLoad(db, start.generation);
    let warm = await fullLoad(db, start.generation);
    const writes: Array<() => Promise<void>> = [() => put([full]), () => put([junkSpeakerArticle]), () => put([unique]), () => remove(unique.id), () => remove(oilArticle.id)];
    for (const write of writes) {
      await write();
      const { generation: g } = await generation(db);
      const reader = counted(db);
      warm = await loadSpeakers(reader.db, g, warm);
      expect(reader.n, `warm reader at ${g}`).toEqual({ table: 0, full: 0 });
      expect(view(warm), `warm reader at ${g}`).toEqual(view(await fullLoad(db, g)));
    }
    const now = await generation(db);
    expect(now.pruned).toBe(now.generation - MARGIN);
    // the first writes' keys are gone: the old reader cannot merge them, and must not try
    expect((await db.prepare("SELECT count(*) AS n FROM key_changes WHERE generation <= ?1").bind(now.pruned).first<{ n: number }>())!.n).toBe(0);
    expect(now.pruned).toBeGreaterThan(start.generation);
    const reader = counted(db);
    const reloaded = await loadSpeakers(reader.db, now.generation, old);
    const whole = await fullLoad(db, now.generation);
    expect(view(reloaded)).toEqual(view(whole));
    expect(reader.n.table).toBeGreaterThan(0);
    expect(reader.n.full).toBe(0);
    // the family name joined the full name (what merging the pruned list alone would miss)
    expect(whole.merged.speakers.some((s) => s.name.includes("لافروف") && s.aliases.includes("لافروف"))).toBe(true);
    // the deleted article's words at 0 are pruned (a missing count reads as 0) once below the point
    const zeros = await db.prepare("SELECT count(*) AS n FROM word_counts WHERE count = 0 AND after_speech = 0 AND generation <= ?1").bind(now.pruned).first<{ n: number }>();
    expect(zeros!.n).toBe(0);
  });

  it("keeps the change logs under a bound however many writes", { timeout: 60_000 }, async () => {
    const rows = async () => (await db.prepare(`SELECT (SELECT count(*) FROM key_changes) AS keys, (SELECT count(DISTINCT generation) FROM key_changes) AS generations,
      (SELECT count(*) FROM word_counts WHERE count = 0 AND after_speech = 0) AS words, (SELECT count(*) FROM speaker_words WHERE count = 0) AS names,
      (SELECT count(*) FROM word_counts w, corpus c WHERE w.count = 0 AND w.after_speech = 0 AND w.generation <= c.pruned) AS stale`).first<Record<string, number>>())!;
    const seen: Array<Record<string, number>> = [];
    for (let i = 0; i < 10; i++) {
      // an article of words (and a speaker's name) no other article has, put then deleted: each delete leaves new rows at 0
      const w = (k: number) => `${LETTERS[(i + k) % LETTERS.length]}${LETTERS[(i * 7 + k) % LETTERS.length]}ونات`;
      const article: Article = { id: `p-cycle-${i}`, title: `${w(1)} ${w(2)}`, language: "ar", paragraphs: [`وقال المتحدث ${w(3)} ${w(4)} إن ${w(5)} ${w(6)} تتقافز فوق ${w(7)}.`] };
      await put([article]);
      seen.push(await rows());
      await remove(article.id);
      seen.push(await rows());
    }
    for (const r of seen) {
      expect(r.generations).toBeLessThanOrEqual(MARGIN);
      expect(r.stale).toBe(0);
    }
    // the last writes hold no more rows than the first cycles did: nothing accumulates
    const first = seen.slice(0, 4);
    for (const k of ["keys", "words", "names"]) expect(Math.max(...seen.slice(-4).map((r) => r[k]!)), k).toBeLessThanOrEqual(Math.max(...first.map((r) => r[k]!)));
    expect(Math.max(...seen.map((r) => r.words!))).toBeGreaterThan(0);
    const { generation: g } = await generation(db);
    expect(view(await loadSpeakers(db, g))).toEqual(view(await fullLoad(db, g)));
  });
});
