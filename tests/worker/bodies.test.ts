import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test (invented bodies and people): bodies speak, documents speak for
// their issuer, a ministry is not its minister, and a title opening a longer title reaches its holder.
const articles = [
  { id: "b1", title: "الحدود", language: "ar", paragraphs: [
    "وقال وزير الداخلية سامر القطامي إن الحدود ستفتح الأسبوع المقبل.",
    "وقالت وزارة الصحة الكاردونية في بيان: «إن الإصابات تراجعت إلى النصف خلال الشهر الماضي».",
    "وقال بيان صادر عن هيئة الموانئ إن الرصيف الجديد سيعمل في الصيف.",
    "وأضاف بيان لـ«الرابطة» أن «المباريات ستقام دون جمهور».",
  ] },
  { id: "b2", title: "التحالف", language: "ar", paragraphs: [
    "وقال المتحدث باسم التحالف المستشار بمكتب وزير الدفاع العميد نادر الفلاحي إن «العمليات مستمرة حتى تحرير المدينة».",
  ] },
];

const { ask, get } = ownApp(articles);
const speakers = (body: any): string[] => body.passages.flatMap((p: any) => p.quotes.map((q: any) => q.speaker ?? ""));

describe("bodies and documents as speakers", () => {
  it("a ministry named in construct is a speaker, whatever its nisba endings", async () => {
    const body = await ask("ماذا قالت وزارة الصحة الكاردونية؟");
    expect(body.found).toBe(true);
    expect(speakers(body)[0]).toBe("وزارة الصحة الكاردونية");
    // the answer's verb agrees with a feminine body noun
    expect(body.answer).toMatch(/^قالت وزارة الصحة الكاردونية/);
  });
  it("a statement speaks for the body that issued it, never as a person called «بيان»", async () => {
    const res = await get("/v1/speakers");
    const names = ((await res.json()) as any).speakers.map((s: any) => s.name);
    expect(names).toContain("هيئة الموانئ");
    expect(names).toContain("الرابطة");
    expect(names).not.toContain("بيان");
  });
  it("a ministry does not answer for its minister", async () => {
    const body = await ask("ماذا قالت وزارة الداخلية؟");
    expect(speakers(body)).not.toContain("سامر القطامي");
  });
  it("an English question names a body office, and a nation it does not hold finds nobody", async () => {
    const body = await ask("What did the health ministry say?");
    expect(body.found).toBe(true);
    expect(speakers(body)[0]).toBe("وزارة الصحة الكاردونية");
    expect((await ask("What did the Turkish health ministry say?")).found).toBe(false);
  });
  it("a title that opens a longer title reaches its holder, in Arabic as in English", async () => {
    const body = await ask("ماذا قال المتحدث باسم التحالف؟");
    expect(body.found).toBe(true);
    expect(speakers(body)[0]).toBe("نادر الفلاحي");
  });
});

describe("a father's name after بن is not the speaker's family name", () => {
  const { ask: askOwn } = ownApp([
    { id: "f1", title: "الفتوى", language: "ar", paragraphs: ["وقال المفتي العام عبدالعزيز بن عبدالله إن «الصيام يبدأ غدا»."] },
    { id: "f2", title: "الزيارة", language: "ar", paragraphs: ["وقال محافظ المدينة سالم الحربي إن الزيارة ناجحة."] },
  ]);
  it("asking by the father's name does not find the son", async () => {
    const body = await askOwn("ماذا قال عبدالله الثاني؟");
    expect(speakers(body)).not.toContain("عبدالعزيز بن عبدالله");
    expect((await askOwn("ماذا قال عبدالعزيز بن عبدالله؟")).found).toBe(true);
  });
});
