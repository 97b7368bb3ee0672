import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";

// Articles written for these tests; none of these names is in the seed or the labelled articles.
const article = [
  "قال وزير النقل سامي الحربي إن الطريق الجديد سيفتح الشهر المقبل.",
  "أما مدير المرور في المنطقة العميد فهد ناصر الزهراني فقال: «سنزيد الدوريات على الطريق».",
  "أما رئيس البلدية، ماجد العتيبي، فأكد أن الأعمال ستنتهي قبل الموعد.",
  "أما عن تكلفة المشروع فقال إنها ستبلغ مليار ريال.",
];
const resolved = () => resolveArticle(article, { stats: wordStats([article]) });
const speakerOf = (words: string) => resolved().find((s) => s.text.includes(words))?.speaker;

describe("أما + subject + ف + speech verb: the subject stands before the verb", () => {
  it("a title chain and a rank before the name", () => {
    expect(speakerOf("سنزيد الدوريات")?.name).toBe("فهد ناصر الزهراني");
  });
  it("a role, then the name between commas: the name, titled by the role", () => {
    const s = speakerOf("الأعمال ستنتهي");
    expect([s?.name, s?.title]).toEqual(["ماجد العتيبي", "رئيس البلدية"]);
  });
  it("«أما عن …» is a topic, not a subject: the verb continues a speaker", () => {
    expect(speakerOf("مليار ريال")?.name).not.toBe("تكلفة المشروع");
  });
});
