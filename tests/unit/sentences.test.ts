import { describe, expect, it } from "vitest";
import { isHeading, splitParagraph, splitSentences } from "../../src/corpus/sentences";
import { summarize } from "../../src/corpus/summary";

describe("Arabic sentence splitting", () => {
  it("splits on . ! ؟ and keeps the mark", () => {
    expect(splitParagraph("وصل الوفد أمس. هل يلتقي الرئيس؟ نعم!")).toEqual(["وصل الوفد أمس.", "هل يلتقي الرئيس؟", "نعم!"]);
  });
  it("does not split inside a quote that runs over several sentences", () => {
    const p = 'وقال "لن نتراجع. هذا قرارنا". ثم غادر.';
    expect(splitParagraph(p)).toEqual(['وقال "لن نتراجع. هذا قرارنا".', "ثم غادر."]);
  });
  it("does not split inside numbers, dates or after abbreviations", () => {
    expect(splitParagraph("ارتفع المؤشر 3.5 في المئة في 9 آب/أغسطس بنسبة 80%. وقال د. أحمد إنه متفائل.")).toEqual([
      "ارتفع المؤشر 3.5 في المئة في 9 آب/أغسطس بنسبة 80%.",
      "وقال د. أحمد إنه متفائل.",
    ]);
  });
  it("a short line with no full stop between paragraphs is a heading", () => {
    expect(isHeading("نحو اتفاق جديد ؟", false)).toBe(true);
    expect(isHeading("وصل الوفد إلى العاصمة صباح اليوم في زيارة تستمر يومين.", false)).toBe(false);
    const s = splitSentences(["الفقرة الأولى هنا.", "عنوان فرعي", "الفقرة الثانية هنا."]);
    expect(s.map((x) => x.paragraph)).toEqual([1, 3]);
  });
});

describe("summary ranking", () => {
  it("never picks two sentences that say the same thing", () => {
    const sentences = splitSentences([
      "أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.",
      "أعلنت الحكومة خطة جديدة لدعم المزارعين في المناطق الريفية.",
      "وتشمل الخطة قروضا ميسرة وبذورا محسنة.",
      "ورحب المزارعون بالخطة.",
    ]);
    const picked = summarize(sentences, 2).map((s) => s.text);
    expect(new Set(picked).size).toBe(2);
  });
});
