import { describe, expect, it } from "vitest";
import { isDefinite, partEvidence } from "../../src/index/parts";
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
    expect(partEvidence([[1]], [1], [undefined])).toEqual({ nounCover: 1, bareCover: 1, firstHeld: 1, verbHeld: 1 });
  });

  it("search fills them: a paragraph with the nouns but not the verb", () => {
    const index = new SearchIndex(buildIndex([{ id: "a", title: "", language: "ar", paragraphs: ["انتهت الحرب في أوروبا", "كتب المهندس عن الحرب العالمية"] }], DEFAULT_RANKING));
    const hit = index.search("متى انتهت الحرب العالمية", { signals: true }).find((h) => h.doc === 1)!;
    expect(hit.signals!.firstHeld).toBe(0);
    expect(hit.signals!.nounCover).toBe(1);
    expect(hit.signals!.bareCover).toBe(0);
  });
});
