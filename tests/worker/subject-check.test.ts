import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test: a particle before a speech verb (لقد قال، حيث قال) is no subject, and
// the quote is not given to a speaker named earlier; عن before a name («نقلت الوكالة عن فلان قوله»)
// leaves the name; a verb with no subject does not reach back past a paragraph with no speaker.
const articles = [
  { id: "c1", title: "الميزانية", language: "ar", paragraphs: [
    "قال وزير المالية الكيني جون مباديا إن الميزانية الجديدة ستعلن في الشهر المقبل.",
    "ويتفق الخبراء مع هذا التقدير، حيث قال: «العجز سيتراجع إلى النصف خلال عامين».",
  ] },
  { id: "c2", title: "الطاقة", language: "ar", paragraphs: [
    "ونقلت صحيفة الأمة عن ألفاريس قوله إن المحطة الشمسية الجديدة ستغطي حاجة ثلاث مدن.",
    "وزار ألفاريس المحطة مع وفد من المهندسين، ويشرف ألفاريس على المشروع منذ بدايته.",
  ] },
  { id: "c3", title: "الملعب", language: "ar", paragraphs: [
    "قالت رئيسة النادي ماريا سيلفيرا إن الملعب الجديد سيفتتح في الخريف.",
    "ويتسع الملعب لأربعين ألف متفرج على أرض زراعية سابقة.",
    "وكلفة البناء مئتا مليون دولار.",
    "وأضاف: «التذاكر ستباع عبر الإنترنت وحده»",
  ] },
];

const { ask, get } = ownApp(articles);
const quotes = (body: any): Array<{ text: string; speaker: string | null }> => body.passages.flatMap((p: any) => p.quotes);

describe("unknown rather than a wrong speaker", () => {
  it("a particle before the verb is not the speaker, and the quote does not go to the minister", async () => {
    const body = await ask("ماذا قال مباديا؟");
    expect(body.found).toBe(true);
    expect(quotes(body).some((q) => q.text.includes("الميزانية الجديدة") && q.speaker === "جون مباديا")).toBe(true);
    expect(quotes(body).some((q) => q.text.includes("العجز سيتراجع") && q.speaker === "جون مباديا")).toBe(false);
  });

  it("lists no particle as a speaker", async () => {
    const res = await get("/v1/speakers");
    expect(res.status).toBe(200);
    const names = JSON.stringify(await res.json());
    expect(names).toContain("جون مباديا");
    expect(names).not.toContain("حيث");
  });

  it("a verb with no subject does not reach back past paragraphs with no speaker", async () => {
    const body = await ask("ماذا قالت سيلفيرا؟");
    expect(body.found).toBe(true);
    expect(quotes(body).some((q) => q.text.includes("الملعب الجديد") && q.speaker === "ماريا سيلفيرا")).toBe(true);
    expect(quotes(body).some((q) => q.text.includes("التذاكر") && q.speaker === "ماريا سيلفيرا")).toBe(false);
  });
});

describe("a name after عن", () => {
  it("is the speaker, without the preposition", async () => {
    const body = await ask("ماذا قال ألفاريس؟");
    expect(body.found).toBe(true);
    expect(quotes(body).map((q) => q.speaker)).toContain("ألفاريس");
    expect(quotes(body).some((q) => (q.speaker ?? "").startsWith("عن"))).toBe(false);
  });
});
