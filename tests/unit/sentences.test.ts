import { describe, expect, it } from "vitest";
import { sentenceEnds } from "../../src/corpus/sentence-ends";
import { resolveArticle } from "../../src/corpus/speakers";
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

describe("one sentence splitter for summaries and statements", () => {
  const text = "وقال د. أحمد سالم إن الوضع مستقر تماما. وأضاف أن الحكومة ستعلن خطتها غدا.";

  it("an abbreviation's full stop ends no sentence, in either user", () => {
    expect(splitParagraph(text)).toEqual(["وقال د. أحمد سالم إن الوضع مستقر تماما.", "وأضاف أن الحكومة ستعلن خطتها غدا."]);
    expect(sentenceEnds(text, [])).toEqual([text.indexOf("تماما.") + 5, text.length - 1, text.length]);
  });

  it("a statement after an abbreviation is found, with its speaker", () => {
    const found = resolveArticle([text]);
    expect(found[0]).toMatchObject({ kind: "reported", speaker: { name: expect.stringContaining("أحمد سالم") } });
    expect(found[0]!.text).toContain("الوضع مستقر تماما");
  });
});
