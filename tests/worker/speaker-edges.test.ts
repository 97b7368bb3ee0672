import { describe, expect, it } from "vitest";
import { ownApp, saidBy } from "./own-index";

// Articles written for this test (invented names, issue 13's speaker-sample edges): a title word that is
// also a family name (القاضي), a rank word closing a name (سيد), a lone ل word after the title with the
// name before it (لجوازات), and a columnist's vocative («أخي القارئ») that is nobody's name.
const articles = [
  { id: "e1", title: "المشروعات", language: "ar", paragraphs: [
    "أوضح أمين منطقة الباحة فهد بن سعد القاضي أن عشرة مشروعات جديدة ستفتتح قبل نهاية العام.",
    "وقال رئيس الجمعية التاريخية الدكتور سامي عادل سيد، إن الندوة تعقد في القاهرة الشهر المقبل.",
  ] },
  { id: "e2", title: "الجوازات", language: "ar", paragraphs: [
    "شهدت إدارة الجوازات في المنفذ حركة كثيفة، وأنهت الجوازات إجراءات آلاف المسافرين، وأكدت الجوازات جاهزيتها.",
    "وقال العقيد سعد المطيري الناطق الإعلامي لجوازات منطقة تبوك إن المنفذ استقبل أربعين ألف مسافر خلال العيد.",
    "وتعمل الجوازات على مدار الساعة، وتستعين الجوازات بموظفين إضافيين في المواسم.",
  ] },
  { id: "e3", title: "مقال", language: "ar", paragraphs: [
    "كتب الكاتب سالم الحربي أن الأسعار لم تعد كما كانت.",
    "ولعلك تذكر أخي القارئ أن «الأسعار ارتفعت في الشتاء الماضي أكثر من مرة».",
  ] },
];

const { ask, speakerNames } = ownApp(articles);

describe("speaker names at the phrase's edges", () => {
  it("a title word or rank closing the name is the family name, and a question by it finds the person", async () => {
    expect(saidBy(await ask("ماذا قال القاضي؟"), "فهد بن سعد القاضي", "عشرة مشروعات")).toBe(true);
    expect(saidBy(await ask("ماذا قال سامي عادل سيد؟"), "سامي عادل سيد", "الندوة تعقد")).toBe(true);
  });

  it("a lone ل word is no name: the name is the one before the title", async () => {
    expect(saidBy(await ask("ماذا قال المطيري؟"), "سعد المطيري", "أربعين ألف")).toBe(true);
    expect(await speakerNames()).not.toContain("لجوازات");
  });

  it("a vocative is never a speaker", async () => {
    const names = await speakerNames();
    expect(names.some((n) => /أخي|القارئ|لعلك/.test(n))).toBe(false);
  });
});
