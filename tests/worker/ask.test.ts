import { describe, expect, it } from "vitest";
import { getJson, postJson, SPOKESMAN, SUMMIT } from "./helpers";

describe("/v1/ask over the fixture articles", () => {
  it("ماذا قال كوسكينن؟ returns the paragraph with his quote first", async () => {
    const { status, body } = await postJson("/v1/ask", { question: "ماذا قال كوسكينن؟" });
    expect(status).toBe(200);
    expect(body.language).toBe("ar");
    expect(body.found).toBe(true);
    expect(body.passages[0].article_id).toBe(SUMMIT);
    expect(body.passages[0].quotes[0]).toMatchObject({ speaker: SPOKESMAN, text: "ستكون القمة فرصة لتعزيز التجارة بين البلدين" });
    expect(body.answer).toContain("ستكون القمة فرصة");
  });

  it("أين يلتقي رئيس فنلندا ورئيس البرتغال؟ returns the Geneva paragraph", async () => {
    const { body } = await getJson(`/v1/ask?q=${encodeURIComponent("أين يلتقي رئيس فنلندا ورئيس البرتغال؟")}`);
    expect(body.found).toBe(true);
    expect(body.passages[0].text).toContain("جنيف");
  });

  it("top_k bounds the passages", async () => {
    const { body } = await postJson("/v1/ask", { question: "أسعار النفط", top_k: 1 });
    expect(body.passages).toHaveLength(1);
    expect(body.passages[0].text).toContain("ارتفعت أسعار النفط");
  });

  it("passages keep the original text, a 1-based paragraph and a score", async () => {
    const { body } = await postJson("/v1/ask", { question: "من سجل الهدف الثاني في النهائي؟", top_k: 2 });
    const p = body.passages[0];
    expect(p.text).toContain("يوسف النصيري");
    expect(p.paragraph).toBe(2);
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
    const { status, body } = await getJson(`/v1/search?q=${encodeURIComponent("المنتخب المغربي")}&limit=3`);
    expect(status).toBe(200);
    expect(body.query).toBe("المنتخب المغربي");
    expect(body.results).toHaveLength(3);
    const scores = body.results.map((r: any) => r.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it("reads an English query as /v1/ask does", async () => {
    const { body } = await getJson(`/v1/search?q=${encodeURIComponent("Where will Korhonen and Ferreira meet?")}&limit=3`);
    expect(body.results[0].text).toContain("جنيف");
    const { body: ask } = await getJson(`/v1/ask?q=${encodeURIComponent("Where will Korhonen and Ferreira meet?")}`);
    expect(ask.passages[0].text).toBe(body.results[0].text);
  });
});
