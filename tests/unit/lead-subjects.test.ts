import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";
import { textTokens } from "../../src/corpus/text-tokens";
import { clauseSubjects, rankedName } from "../../src/corpus/clause-subjects";
import { subjectPhrase } from "../../src/corpus/speaker-phrase";

// Articles written for these tests; none of these names is in the seed or the labelled articles.
const article = [
  "رفع صاحب السمو الأمير فيصل بن سلطان بن عبدالله أمير منطقة الحدود التهاني لأهالي المنطقة بمناسبة افتتاح الجسر الجديد.",
  "وقال سموه إن الجسر سيخدم آلاف المسافرين كل يوم.",
];

describe("the subject of a verb-subject-object lead sentence", () => {
  it("is the name after the rank, not the object the phrase runs on to", () => {
    const stats = wordStats([article]);
    const tokens = textTokens(article[0]!);
    const names = clauseSubjects(article[0]!, tokens, stats).map((s) => s.name);
    expect(names).toContain("فيصل بن سلطان بن عبدالله");
  });
  it("is a candidate the antecedent model scores for «وقال سموه»", () => {
    const said = resolveArticle(article, { stats: wordStats([article]), keepAntecedents: true }).find((s) => s.text.includes("الجسر سيخدم"));
    expect(said?.antecedents?.map((a) => a.forms[0])).toContain("فيصل بن سلطان بن عبدالله");
  });
  it("a second ال word the corpus has without ال is the object's (المصلين), a family name stays (المطيري)", () => {
    const text = "أوصى إمام الجامع الكبير الشيخ خالد بن راشد المطيري المصلين بالصبر.";
    const stats = wordStats([[text, "وحضر مصلين من الأحياء المجاورة."]]);
    const tokens = textTokens(text);
    expect(rankedName(stats, subjectPhrase(text, tokens, 1)).map((t) => t.raw).join(" ")).toBe("إمام الجامع الكبير الشيخ خالد بن راشد المطيري");
  });
  it("a phrase with no rank is left as it is", () => {
    const text = "وأكد وزير المالية سالم العتيبي الحاجة إلى خفض الإنفاق.";
    const tokens = textTokens(text);
    const phrase = subjectPhrase(text, tokens, 1);
    expect(rankedName(wordStats([[text]]), phrase)).toBe(phrase);
  });
});
