import { describe, expect, it } from "vitest";
import { isVerbForm, prepositionLead, subjectProblem } from "../../src/corpus/subject-check";
import { normalizeArabic } from "../../src/analysis";
import type { WordStats } from "../../src/corpus/word-stats";

// Word counts made up for the test: verbs seen with other person prefixes and endings, names that never conjugate.
const counts: Record<string, number> = {
  "قررت": 20, "قرر": 40, "يقرر": 15, "تقوم": 30, "يقوم": 45, "نقوم": 6,
  "احمد": 900, "يحمد": 3, "تحمد": 2, "كلارا": 5, "شرعوا": 4, "شرع": 12, "يشرع": 5,
  "ما": 500, "وما": 80, "فيرنانديز": 12, "مالي": 30,
};
const stats: WordStats = { count: new Map(Object.entries(counts)), afterSpeech: new Map() };
const words = (s: string) => s.split(" ").map(normalizeArabic);

describe("a subject before its verb or colon must look like one", () => {
  it("refuses function words and pronouns from the closed list", () => {
    expect(subjectProblem(stats, words("لقد"))).toBe("function word");
    expect(subjectProblem(stats, words("حيث"))).toBe("function word");
    expect(subjectProblem(stats, words("وما"))).toBe("function word");
    expect(subjectProblem(stats, words("منهم"))).toBe("function word");
    expect(subjectProblem(stats, words("تم زيادة عدد العمال"))).toBe("function word");
  });

  it("refuses a preposition phrase, and reads the name after عن", () => {
    expect(subjectProblem(stats, words("في مالي"))).toBe("preposition");
    expect(subjectProblem(stats, words("شمال البلاد"))).toBe("preposition");
    expect(subjectProblem(stats, words("عن كلارا فيرنانديز"))).toBeNull();
    expect(prepositionLead(stats, words("عن كلارا فيرنانديز"))).toBe("source");
    expect(prepositionLead(stats, words("جنوب مالي"))).toBe("place");
    expect(prepositionLead(stats, words("كلارا فيرنانديز"))).toBeNull();
  });

  it("refuses a verb the corpus conjugates, keeps names it does not", () => {
    expect(isVerbForm(stats, "قررت")).toBe(true);
    expect(isVerbForm(stats, "تقوم")).toBe(true);
    expect(isVerbForm(stats, "شرعوا")).toBe(true);
    expect(subjectProblem(stats, words("كانت تقوم"))).toBe("function word");
    expect(isVerbForm(stats, "احمد")).toBe(false);
    expect(isVerbForm(stats, "كلارا")).toBe(false);
    expect(subjectProblem(stats, words("أحمد فيرنانديز"))).toBeNull();
  });
});
