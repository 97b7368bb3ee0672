import { describe, expect, it } from "vitest";
import { Engine } from "../../src/answer";
import { buildCorpusIndex, SearchIndex } from "../../src/index";

// An article written for this test: one person quoted, one only mentioned, one near spelling of the latter.
const engine = new Engine(new SearchIndex(buildCorpusIndex([
  {
    id: "m1",
    title: "افتتاح الملعب",
    language: "ar",
    paragraphs: [
      "وقال رئيس النادي فهد المطيري إن الملعب سيفتتح الشهر المقبل.",
      "وحضر الحفل اللاعب السابق ماجد الشمراني الذي كرمته الإدارة.",
      "وكان الشمرانيون من أبرز الحاضرين في المدرجات.",
    ],
  },
])));

describe("someone the corpus mentions but never quotes", () => {
  it("answers found:false, says so, and returns the paragraphs that name them", () => {
    const r = engine.ask("ماذا قال الشمراني؟");
    expect(r.found).toBe(false);
    expect(r.answer).toContain("ورد ذكر الشمراني");
    expect(r.passages.map((p) => p.paragraph)).toEqual([2]);
    expect(r.passages.flatMap((p) => p.quotes).filter((q) => q.speaker)).toEqual([]);
  });
  it("someone the corpus never names gets the plain not-found answer", () => {
    const r = engine.ask("ماذا قال العتيبي؟");
    expect(r).toMatchObject({ found: false, passages: [] });
  });
  it("the quoted person is still found", () => {
    expect(engine.ask("ماذا قال المطيري؟").found).toBe(true);
  });
});
