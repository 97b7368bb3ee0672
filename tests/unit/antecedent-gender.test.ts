import { describe, expect, it } from "vitest";
import { ANTECEDENT_FEATURES, verbGender } from "../../src/corpus/antecedent-score";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";

// Articles written for these tests; none of these names is in the seed or the labelled articles.
const resolved = (paragraphs: string[]) => resolveArticle(paragraphs, { stats: wordStats([paragraphs]), keepAntecedents: true });
const feature = (features: number[] | undefined, name: (typeof ANTECEDENT_FEATURES)[number]) => features?.[ANTECEDENT_FEATURES.indexOf(name)];

describe("the gender a candidate's verbs show", () => {
  it("the feminine of a verb with a weak final (رأت، نفت، دعت) is feminine, as قالت is", () => {
    expect(["رات", "ورات", "نفت", "دعت", "قالت"].map(verbGender)).toEqual(["f", "f", "f", "f", "f"]);
    expect(["قال", "اشاروا", "دعا"].map(verbGender)).toEqual(["m", "p", "m"]);
  });
  it("a woman who spoke with «ورأت» agrees with her «وأضافت»", () => {
    const paragraphs = ["ورأت المديرة التنفيذية للجمعية سلمى الكبيسي أن «البرنامج نجح في عامه الأول»، وأضافت «سنوسعه ليشمل القرى البعيدة»."];
    const statement = resolved(paragraphs).find((s) => s.text.includes("سنوسعه"));
    const salma = statement?.antecedents?.find((a) => a.forms[0] === "سلمى الكبيسي");
    expect([feature(salma?.features, "gender agrees"), feature(salma?.features, "gender conflicts")]).toEqual([1, 0]);
    expect(statement?.speaker?.name).toBe("سلمى الكبيسي");
  });
});
