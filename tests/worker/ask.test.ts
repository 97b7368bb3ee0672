import { describe, expect, it } from "vitest";
import { getJson, postJson, SEED } from "./helpers";

describe("/v1/ask over the bundled corpus", () => {
  it("ماذا قال بيسكوف؟ returns the paragraph with his quote first", async () => {
    const { status, body } = await postJson("/v1/ask", { question: "ماذا قال بيسكوف؟" });
    expect(status).toBe(200);
    expect(body.language).toBe("ar");
    expect(body.found).toBe(true);
    expect(body.passages[0].article_id).toBe(SEED);
    expect(body.passages[0].text).toContain("ستكون زيارة عمل");
    expect(body.answer).toContain("ستكون زيارة عمل");
  });

  it("أين سيعقد الاجتماع؟ returns the Sochi paragraph", async () => {
    const { body } = await getJson(`/v1/ask?q=${encodeURIComponent("أين سيعقد الاجتماع؟")}`);
    expect(body.found).toBe(true);
    expect(body.passages[0].text).toContain("سوتشي");
  });

  it("كم عمر لوكاشنكو؟ returns the paragraph with his age", async () => {
    const { body } = await postJson("/v1/ask", { question: "كم عمر لوكاشنكو؟", top_k: 1 });
    expect(body.passages).toHaveLength(1);
    expect(body.passages[0].text).toContain("66 سنة");
  });

  it("matches without shadda what the text writes with it", async () => {
    const { body } = await postJson("/v1/ask", { question: "المتحدث باسم الكرملين" });
    expect(body.passages[0].text).toContain("المتحدّث باسم الكرملين");
  });

  it("passages keep the original text, a 1-based paragraph and a score", async () => {
    const { body } = await postJson("/v1/ask", { question: "عقوبات جديدة تستهدف شخصيات", top_k: 2 });
    const p = body.passages[0];
    expect(p.text).toContain("حزمة عقوبات جديدة");
    expect(p.text).toContain("اتّحاد".replace("اتّحاد", "الاتّحاد"));
    expect(p.paragraph).toBe(9);
    expect(p.score).toBeGreaterThan(0);
  });

  it("a question the corpus cannot answer is found:false with no passages", async () => {
    const { status, body } = await postJson("/v1/ask", { question: "ما هي عاصمة البرازيل الاقتصادية؟" });
    expect(status).toBe(200);
    expect(body.found).toBe(false);
    expect(body.passages).toEqual([]);
    expect(body.answer.length).toBeGreaterThan(0);
  });

  it("a question of stopwords only is found:false", async () => {
    const { body } = await postJson("/v1/ask", { question: "ماذا؟" });
    expect(body.found).toBe(false);
  });
});

describe("/v1/search", () => {
  it("always returns the ranking up to limit", async () => {
    const { status, body } = await getJson(`/v1/search?q=${encodeURIComponent("لوكاشنكو")}&limit=5`);
    expect(status).toBe(200);
    expect(body.query).toBe("لوكاشنكو");
    expect(body.results).toHaveLength(5);
    const scores = body.results.map((r: any) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
