import { describe, expect, it } from "vitest";
import { gluedReason, nameLength, nameStart } from "../../src/corpus/name-boundary";
import { subjectBefore, speakerBeforeColon } from "../../src/corpus/subject-before";
import { textTokens } from "../../src/corpus/text-tokens";
import { normalizeArabic } from "../../src/analysis";
import type { WordStats } from "../../src/corpus/word-stats";

// Word counts made up for the test: common nouns seen with the article and pronouns, names never inflected.
const counts: Record<string, number> = {
  "الملعب": 40, "بالملعب": 6, "ملعب": 10, "ملعبها": 4,
  "الزياره": 30, "زياره": 60, "زيارتها": 6, "زيارتهم": 3,
  "فيرنانديز": 12, "كلارا": 5, "انطونيو": 9, "مارتينيز": 7,
  "الشريط": 25, "شريطها": 4, "شريطهم": 3, "شريط": 20,
  "منيف": 6, "القصيبي": 4,
  // an object noun whose pronoun forms are rare (3% of its bare count): glued after clear names only
  "الاتفاق": 80, "اتفاق": 200, "اتفاقها": 4, "اتفاقهم": 2, "بنيامين": 8, "نتنياهو": 30, "احد": 50, "الاحد": 9,
};
const stats: WordStats = { count: new Map(Object.entries(counts)), afterSpeech: new Map() };
const words = (s: string) => s.split(" ").map(normalizeArabic);

describe("where a name ends, by the corpus's counts", () => {
  it("cuts a preposition phrase, a common noun in construct and an addressee fragment", () => {
    expect(nameLength(stats, words("كلارا فيرنانديز بالملعب"))).toBe(2);
    expect(nameLength(stats, words("انطونيو مارتينيز زيارة الملعب"))).toBe(2);
    expect(nameLength(stats, words("منيف الشريط"))).toBe(1);
    expect(nameLength(stats, ["مصادر", "محليه", "ل"], false)).toBe(2);
    expect(gluedReason(stats, "بالملعب", undefined)).toBe("preposition");
  });

  it("keeps names the corpus never inflects, words after a link, and a family name with ال", () => {
    expect(nameLength(stats, words("كلارا فيرنانديز"))).toBe(2);
    expect(nameLength(stats, words("منيف القصيبي"))).toBe(2);
    expect(nameLength(stats, words("عبد الملعب"))).toBe(2);
    // a clear name after the word keeps it: the word is part of a longer name
    expect(nameLength(stats, words("كلارا زيارة فيرنانديز"))).toBe(3);
    // a body keeps its genitive (وزارة الملعب is a name as written)
    expect(nameLength(stats, words("مصادر زيارة الملعب"), false)).toBe(3);
  });

  it("cuts an object after a run of clear names at a lower pronoun share, and a preposition with a pronoun", () => {
    expect(nameLength(stats, words("بنيامين نتنياهو الاتفاق"))).toBe(2);
    // after a word that is no clear name (أحد has الأحد) the article word needs the usual 5%
    expect(nameLength(stats, words("أحد الاتفاق"))).toBe(2);
    // a body or a person followed by «بعدها», «عنه»: the adjunct goes
    expect(nameLength(stats, words("المرصد بعدها"), false)).toBe(1);
    expect(nameLength(stats, words("كلارا فيرنانديز عنه"))).toBe(2);
    expect(gluedReason(stats, "بعدها", undefined)).toBe("preposition");
  });

  it("drops a place phrase before the name", () => {
    expect(nameStart(stats, words("بالملعب كلارا فيرنانديز"))).toBe(1);
    expect(nameStart(stats, words("كلارا فيرنانديز"))).toBe(0);
  });
});

describe("a subject before its verb", () => {
  const at = (text: string, verb: string) => {
    const tokens = textTokens(text);
    return subjectBefore(text, tokens, tokens.findIndex((t) => t.raw === verb));
  };
  it("after كان … قد, and before a verb with no و", () => {
    expect(at("وكان وزير النقل الكندي بيير لافوا قد قال إن الطريق سيفتح", "قال")).toMatchObject({ type: "named", name: "بيير لافوا" });
    expect(at("رئيسة البلدية إلسا نوردين قالت: «سنعيد فتح الحديقة»", "قالت")).toMatchObject({ type: "named", name: "إلسا نوردين" });
  });
  it("not for a verb with و, nor across a comma from a non-name", () => {
    expect(at("الحكومة وقالت إن الطريق سيفتح", "وقالت")).toBeNull();
    expect(at("في الصباح، قال إن الطريق سيفتح", "قال")).toBeNull();
  });
  it("a speaker phrase before a colon opens a quote with no verb", () => {
    const text = "وزير الزراعة التشادي محمد أبكر: «المحصول وفير هذا العام»";
    expect(speakerBeforeColon(text, textTokens(text), text.indexOf("«") + 1)).toMatchObject({ type: "named", name: "محمد أبكر" });
    const other = "وجاء في البيان: «المحصول وفير هذا العام»";
    expect(speakerBeforeColon(other, textTokens(other), other.indexOf("«") + 1)).toBeNull();
  });
});
