import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test. The first gives the corpus the forms of «الأهمية» (with the article
// and pronouns) that tell the name boundary it is a common noun; the others put a subject before its
// verb (كان … قد قال), a subject before a verb with no و, and a speaker phrase before a colon.
const articles = [
  { id: "b1", title: "الموانئ", language: "ar", paragraphs: [
    "للموانئ أهميتها في التجارة، ولأهميتها الكبيرة تزداد الأهمية كل عام، وتبقى الأهمية الاقتصادية واضحة.",
    "وأكد وزير النقل البرازيلي ريناتو فيغيريدو أهمية الموانئ للاقتصاد. وأضاف: «سنبني ثلاثة موانئ جديدة قبل نهاية العقد»، مشيرا إلى أن الأهمية تتضاعف مع نمو الصادرات وأن أهميتها لا تخفى.",
  ] },
  { id: "b2", title: "الطرق", language: "ar", paragraphs: [
    "وكان وزير الأشغال الغاني كوامي أمبوفو قد قال: «الطريق الساحلي سيفتح في الربيع المقبل».",
  ] },
  { id: "b3", title: "الحدائق", language: "ar", paragraphs: [
    "رئيسة بلدية المدينة إنغريد هولمبرغ قالت إن الحدائق العامة ستبقى مفتوحة طوال الليل في الصيف.",
  ] },
  { id: "b4", title: "الزراعة", language: "ar", paragraphs: [
    "وزير الزراعة التشادي محمد أبكر: «المحصول هذا العام أوفر من كل الأعوام السابقة»",
  ] },
];

const { ask } = ownApp(articles);
const speakers = (body: any): string[] => body.passages.flatMap((p: any) => p.quotes.map((q: any) => q.speaker));

describe("the name ends where the name ends", () => {
  it("a common noun after the name is not part of it, and the next quote continues the speaker", async () => {
    const body = await ask("ماذا قال فيغيريدو؟");
    expect(body.found).toBe(true);
    expect(speakers(body)).toContain("ريناتو فيغيريدو");
    expect(speakers(body).some((s) => /أهمية/.test(s ?? ""))).toBe(false);
    expect(body.passages[0].quotes.some((q: any) => q.text.includes("ثلاثة موانئ") && q.speaker === "ريناتو فيغيريدو")).toBe(true);
  });
});

describe("a subject before the verb, or before a colon", () => {
  it("كان … قد قال", async () => {
    const body = await ask("ماذا قال أمبوفو؟");
    expect(body.found).toBe(true);
    expect(speakers(body)).toContain("كوامي أمبوفو");
  });
  it("a verb with no و after its subject", async () => {
    const body = await ask("ماذا قالت هولمبرغ؟");
    expect(body.found).toBe(true);
    expect(speakers(body)).toContain("إنغريد هولمبرغ");
  });
  it("a speaker phrase and a colon, no verb", async () => {
    const body = await ask("ماذا قال محمد أبكر؟");
    expect(body.found).toBe(true);
    expect(speakers(body)).toContain("محمد أبكر");
  });
});
