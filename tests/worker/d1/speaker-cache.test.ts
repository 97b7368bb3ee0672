import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { D1Store, ingestArticles } from "../../../src/index/d1";
import { counting } from "./counting";

const article = (id: string, quote: string) => ({ id, title: "مؤتمر صحفي", language: "ar", paragraphs: [`وقال وزير المالية الكندي بيل مورنو: «${quote}».`] });

describe("the D1 store's speaker cache", () => {
  it("is loaded once per generation, however many requests ask for it at once", async () => {
    const { db, loads } = counting(env.TEST_DB);
    const store = new D1Store(db);
    await ingestArticles(env.TEST_DB, [article("sc-1", "الميزانية متوازنة")]);
    const need = { texts: ["ماذا قال مورنو؟"] };
    await Promise.all(Array.from({ length: 8 }, () => store.index(need)));
    expect(loads()).toBe(1);
    await store.index(need);
    expect(loads()).toBe(1);
    // a write moves the generation: the next concurrent requests share one new load, and see the new quote
    await ingestArticles(env.TEST_DB, [article("sc-1", "العجز سينخفض")]);
    const after = await Promise.all(Array.from({ length: 8 }, () => store.index(need)));
    expect(loads()).toBe(2);
    const texts = after[0]!.data.extras.speakers.map((s) => s.name);
    expect(texts.some((n) => n.includes("مورنو"))).toBe(true);
  });
});
