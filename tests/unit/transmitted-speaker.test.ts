import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";

// Articles written for these tests; none of these names is in the seed or the labelled articles.
const resolved = (paragraphs: string[]) => resolveArticle(paragraphs, { stats: wordStats([paragraphs]) });

describe("a verb of passing on, عن and a name: the name is the speaker", () => {
  const article = [
    "قال الرئيس الفنلندي سولي ماركانين إن بلاده ستفتح سفارة جديدة في المنطقة العام المقبل.",
    "ونشرت صحيفة محلية مقابلة مع الكاتب توماس هيلغرين، ونقلت عن هيلغرين ما قاله بشأن أن «الحكومة تعد ولا تفي بوعودها».",
  ];
  it("«ونقلت عن فلان ما قاله …»: not the article's main speaker", () => {
    const said = resolved(article).find((s) => s.text.includes("تعد ولا تفي"));
    expect(said?.speaker?.name).toMatch(/هيلغرين$/);
  });
  it("a speech verb with its own subject after it keeps that subject", () => {
    const said = resolved(["ونقلت الصحيفة عن مصادرها ما قاله الوزير راشد الكعبي من أن «الميزانية ستزيد»."]).find((s) => s.text.includes("الميزانية"));
    expect(said?.speaker?.name).toBe("راشد الكعبي");
  });
  it("عن after another verb is no source («تحدث عن …»)", () => {
    const said = resolved([
      "قال الرئيس الفنلندي سولي ماركانين إن بلاده ستفتح سفارة جديدة في المنطقة.",
      "وتحدث عن المشروعات الجديدة وأضاف أن «التمويل جاهز».",
    ]).find((s) => s.text.includes("التمويل"));
    expect(said?.speaker?.name).not.toBe("المشروعات الجديدة");
  });
});
