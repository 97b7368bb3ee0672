import { describe, expect, it } from "vitest";
import { isDefinite, NUMBER_TERM, partEvidence } from "../../src/index/parts";
import { buildIndex, DEFAULT_RANKING, SearchIndex } from "../../src/index";

describe("which parts of a question a hit holds (src/index/parts.ts)", () => {
  it("a word written with the article is a definite noun, with or without a leading preposition", () => {
    for (const w of ["التظاهرة", "بالتظاهرة", "والتظاهرة", "للتظاهرة", "وللتظاهرة"]) expect(isDefinite(w)).toBe(true);
    for (const w of ["ستنظم", "مينسك", "الى", "ال", undefined]) expect(isDefinite(w)).toBe(false);
  });

  it("shares of the nouns' and the other words' idf mass held, and the first term held", () => {
    // ستنظم (weight 3, missing), التظاهرة (2, held), مينسك (4, held), a translated term (5, missing: in neither share)
    const e = partEvidence([[], [4], [7], []], [3, 2, 4, 5], ["ستنظم", "التظاهرة", "مينسك", undefined]);
    expect(e.nounCover).toBe(1);
    expect(e.bareCover).toBeCloseTo(4 / 7, 6);
    expect(e.firstHeld).toBe(0);
    // the first word has no article: its miss is a verb's
    expect(e.verbHeld).toBe(0);
    expect(partEvidence([[], [1]], [1, 1], ["التظاهرة", "مينسك"]).verbHeld).toBe(1);
    expect(partEvidence([[1]], [1], [undefined])).toEqual({ nounCover: 1, bareCover: 1, firstHeld: 1, verbHeld: 1, numberMissing: 0 });
  });

  it("a number the question writes and the paragraph lacks", () => {
    expect(NUMBER_TERM.test("2011")).toBe(true);
    for (const t of ["7", "عام", "2a"]) expect(NUMBER_TERM.test(t)).toBe(false);
    expect(partEvidence([[3], []], [1, 2], ["الانتخابات", "2011"], [false, true]).numberMissing).toBe(1);
    expect(partEvidence([[3], [5]], [1, 2], ["الانتخابات", "2011"], [false, true]).numberMissing).toBe(0);
    // a missing word that is not a number says nothing here
    expect(partEvidence([[], [5]], [1, 2], ["الانتخابات", "2011"], [false, true]).numberMissing).toBe(0);
  });

  it("search marks a question's year the paragraph lacks (Arabic-Indic digits read as ASCII), and only then", () => {
    const index = new SearchIndex(buildIndex([{ id: "a", title: "", language: "ar", paragraphs: ["جرت الانتخابات البرلمانية عام 2011 بمشاركة واسعة", "جرت الانتخابات البرلمانية عام 2015 بمشاركة ضعيفة"] }], DEFAULT_RANKING));
    const missing = (q: string, doc: number) => index.search(q, { signals: true }).find((h) => h.doc === doc)!.signals!.numberMissing;
    expect(missing("نسبة المشاركة في الانتخابات البرلمانية لعام ٢٠١١", 0)).toBe(0);
    expect(missing("نسبة المشاركة في الانتخابات البرلمانية لعام ٢٠١١", 1)).toBe(1);
    expect(missing("نسبة المشاركة في الانتخابات البرلمانية", 1)).toBe(0);
  });

  it("search fills them: a paragraph with the nouns but not the verb", () => {
    const index = new SearchIndex(buildIndex([{ id: "a", title: "", language: "ar", paragraphs: ["انتهت الحرب في أوروبا", "كتب المهندس عن الحرب العالمية"] }], DEFAULT_RANKING));
    const hit = index.search("متى انتهت الحرب العالمية", { signals: true }).find((h) => h.doc === 1)!;
    expect(hit.signals!.firstHeld).toBe(0);
    expect(hit.signals!.nounCover).toBe(1);
    expect(hit.signals!.bareCover).toBe(0);
  });
});
