import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { StoreEngine } from "../../../src/answer";
import type { Article } from "../../../src/corpus/schema";
import type { IndexNeed, IndexStore } from "../../../src/index";
import { D1Store, ingestArticles } from "../../../src/index/d1";
import { base, stats } from "./speaker-corpus";

/** A binding that counts the statements of each index() call reading the English rows or the speakers' lookup rows. */
function counting(db: D1Database): { db: D1Database; reads: number[] } {
  const reads: number[] = [];
  const wrapped = new Proxy(db, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (key !== "prepare") return typeof value === "function" ? value.bind(target) : value;
      return (sql: string) => {
        if (/FROM english_lexicon|FROM speaker_aliases/.test(sql) && reads.length) reads[reads.length - 1]!++;
        return target.prepare(sql);
      };
    },
  });
  return { db: wrapped, reads };
}

const more: Article = { id: "l-more", title: "هاموند في روما", language: "ar", paragraphs: ["وقال هاموند في روما: «سنواصل المحادثات حتى نهاية العام»."] };

describe("a request's later need takes an earlier index's rows (IndexNeed.earlier)", () => {
  it("when the corpus has not moved since, and fetches them again after a write in between", async () => {
    const db = env.EARLIER_DB;
    await ingestArticles(db, base, stats);
    expect(await new D1Store(db).storeSpeakers()).toBe(true);
    const question = "What did Hammond say?";
    /** A store over `db` that runs `between` once after the request's first need, and counts each need's reads. */
    const store = (between?: () => Promise<void>) => {
      const c = counting(db);
      const d1 = new D1Store(c.db);
      const needs: IndexNeed[] = [];
      const wrapped: IndexStore = {
        whole: false,
        counts: () => d1.counts(),
        index: async (need) => {
          needs.push(need);
          c.reads.push(0);
          const index = await d1.index(need);
          if (needs.length === 1) await between?.();
          return index;
        },
      };
      return { engine: new StoreEngine(wrapped), needs, reads: c.reads };
    };

    const quiet = store();
    const before = await quiet.engine.ask(question, { topK: 3 });
    expect(before.found).toBe(true);
    expect(quiet.needs.length).toBe(2);
    expect(quiet.needs[1]!.earlier).toBeDefined();
    // the look-up read them; the answer's index took them from it
    expect(quiet.reads[0]).toBeGreaterThan(0);
    expect(quiet.reads[1]).toBe(0);

    const written = store(async () => {
      await ingestArticles(db, [more], stats);
      expect(await new D1Store(db).storeSpeakers()).toBe(true);
    });
    const after = await written.engine.ask(question, { topK: 3 });
    expect(written.reads[1]).toBeGreaterThan(0);
    expect(after).toEqual(await new StoreEngine(new D1Store(db)).ask(question, { topK: 3 }));
    expect(after).not.toEqual(before);
  });
});
