import { describe, expect, it } from "vitest";
import { ANTECEDENT_FEATURES, verbGender } from "../../src/corpus/antecedent-score";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";

// Articles written for these tests; none of these names is in the seed or the labelled articles.
const resolved = (paragraphs: string[]) => resolveArticle(paragraphs, { stats: wordStats([paragraphs]), keepAntecedents: true });
const feature = (features: number[] | undefined, name: (typeof ANTECEDENT_FEATURES)[number]) => features?.[ANTECEDENT_FEATURES.indexOf(name)];

describe("the gender and number a candidate's verbs show", () => {
  it("the feminine of a verb with a weak final (رأت، نفت، دعت) is feminine, as قالت is", () => {
    expect(["رات", "ورات", "نفت", "دعت", "قالت"].map(verbGender)).toEqual(["f", "f", "f", "f", "f"]);
    expect(["قال", "اشاروا", "دعا"].map(verbGender)).toEqual(["m", "p", "m"]);
  });
  it("a woman who spoke with «ورأت» agrees with her «وأضافت»", () => {
    const paragraphs = ["ورأت المديرة التنفيذية للجمعية سلمى الكبيسي أن «البرنامج نجح في عامه الأول»، وأضافت «سنوسعه ليشمل القرى البعيدة»."];
    const statement = resolved(paragraphs).find((s) => s.text.includes("سنوسعه"));
    const salma = statement?.antecedents?.find((a) => a.forms[0] === "سلمى الكبيسي");
    expect([feature(salma?.features, "gender agrees"), feature(salma?.features, "gender conflicts")]).toEqual([1, 0]);
  });
  it("a verb before its subject (وقال سكان) shows no number: a plural verb after it does not conflict; after a verb that shows the singular it does", () => {
    const villagers = ["وقال سكان في القرية الجبلية إن «المياه انقطعت منذ أسبوع».", "وأشاروا إلى أن «الصهاريج لا تصل إلا مرة واحدة»."];
    const later = resolved(villagers).find((s) => s.text.includes("الصهاريج"));
    expect(feature(later?.antecedents?.[0]?.features, "gender conflicts")).toBe(0);
    const mayor = ["وقال رئيس البلدية كريم الحداد إن «المياه ستعود غدا»، مؤكدا أن «الفرق تعمل ليلا».", "وأشاروا إلى أن «الصهاريج لا تصل إلا مرة واحدة»."];
    const karim = resolved(mayor).find((s) => s.text.includes("الصهاريج"))?.antecedents?.find((a) => a.forms[0] === "كريم الحداد");
    expect(feature(karim?.features, "gender conflicts")).toBe(1);
  });
});
