import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { getJson, postJson, SEED } from "./helpers";

describe("article summaries", () => {
  it("the seed's 3-sentence summary says who goes where and why, with no sentence twice", async () => {
    const { status, body } = await getJson(`/v1/articles/${SEED}/summary?sentences=3`);
    expect(status).toBe(200);
    expect(body.article_id).toBe(SEED);
    expect(body.summary).toHaveLength(3);
    const first = body.summary[0];
    expect(first.paragraph).toBe(1);
    expect(first.text).toContain("يتوجّه الرئيس البيلاروسي");
    expect(first.text).toContain("إلى روسيا");
    expect(first.text).toContain("سعياً إلى الحصول على دعم");
    const texts = body.summary.map((s: any) => s.text);
    expect(new Set(texts).size).toBe(texts.length);
    const paragraphs = body.summary.map((s: any) => s.paragraph);
    expect([...paragraphs].sort((a, b) => a - b)).toEqual(paragraphs);
  });

  it("never picks the heading line", async () => {
    const { body } = await getJson(`/v1/articles/${SEED}/summary?sentences=10`);
    expect(body.summary.some((s: any) => s.text.startsWith("نحو وحدة جديدة"))).toBe(false);
    expect(body.summary).toHaveLength(10);
  });

  it("lists key quotes with their speakers", async () => {
    const { body } = await getJson(`/v1/articles/${SEED}/summary`);
    expect(body.key_quotes[0]).toMatchObject({ speaker: "ديمتري بيسكوف", text: "ستكون زيارة عمل", paragraph: 3 });
  });

  it("sentences out of range and unknown articles are problems", async () => {
    expect((await getJson(`/v1/articles/${SEED}/summary?sentences=0`)).status).toBe(400);
    expect((await getJson(`/v1/articles/${SEED}/summary?sentences=11`)).status).toBe(400);
    expect((await getJson(`/v1/articles/nope/summary`)).status).toBe(404);
  });
});

describe("POST /v1/summarize", () => {
  const text = [
    "أعلنت وزارة الصحة اليوم افتتاح مستشفى جديد في المدينة بسعة مئتي سرير. ويضم المستشفى أقساما للطوارئ والأطفال.",
    'وقال وزير الصحة سامي ناصر: "هذا المستشفى سيخدم أكثر من مليون نسمة".',
    "وكانت المدينة تعاني من نقص في الأسرّة منذ سنوات. ويأمل السكان أن يخفف المستشفى الضغط عن المستشفيات القديمة.",
    "وتبلغ كلفة المشروع نحو خمسين مليون دولار.",
  ].join("\n");

  it("summarizes posted text with its own sentences, in order", async () => {
    const { status, body } = await postJson("/v1/summarize", { text, sentences: 2 });
    expect(status).toBe(200);
    expect(body.summary).toHaveLength(2);
    for (const s of body.summary) expect(text).toContain(s.text);
    expect(body.summary[0].paragraph).toBeLessThanOrEqual(body.summary[1].paragraph);
  });

  it("summarizes an article by id", async () => {
    const { body } = await postJson("/v1/summarize", { article_id: SEED, sentences: 2 });
    expect(body.summary).toHaveLength(2);
    expect(body.summary[0].article_id).toBe(SEED);
  });

  it("a question summary names its articles", async () => {
    const { status, body } = await postJson("/v1/summarize", { question: "العقوبات الأميركية على بيلاروس", sentences: 2 });
    expect(status).toBe(200);
    expect(body.found).toBe(true);
    expect(body.articles).toContain(SEED);
    for (const s of body.summary) expect(s.article_id).toBe(SEED);
  });

  it("an English question is summarized through the same reading and decision as /v1/ask", async () => {
    const question = "Where will Putin and Lukashenko meet?";
    const asked = await postJson("/v1/ask", { question });
    const { status, body } = await postJson("/v1/summarize", { question, sentences: 2 });
    expect(status).toBe(200);
    expect(body.found).toBe(asked.body.found);
    expect(body.found).toBe(true);
    expect(body.summary.some((s: { paragraph: number }) => s.paragraph === asked.body.passages[0].paragraph)).toBe(true);
  });

  it("bad input is 400 problem+json; too-long text is 413", async () => {
    for (const bad of [{ text: "" }, { text: "نص", article_id: SEED }, { text: "نص", sentences: 0 }, {}]) {
      const r = await postJson("/v1/summarize", bad);
      expect(r.status).toBe(400);
      expect(r.type).toContain("application/problem+json");
    }
    const long = await postJson("/v1/summarize", { text: "ب".repeat(20_001) });
    expect(long.status).toBe(413);
  });
});

describe("/v1/ask with summary", () => {
  it("adds a short summary of its passages", async () => {
    const res = await SELF.fetch(`http://worker/v1/ask?q=${encodeURIComponent("أين سيعقد الاجتماع؟")}&summary=true`);
    const body = (await res.json()) as any;
    expect(body.summary.length).toBeGreaterThan(0);
    expect(body.summary.length).toBeLessThanOrEqual(2);
    const { body: plain } = await postJson("/v1/ask", { question: "أين سيعقد الاجتماع؟" });
    expect(plain.summary).toBeUndefined();
  });
});
