import { describe, expect, it } from "vitest";
import { formsOf, patternVariants, rootsOf, templatePairs } from "../../src/analysis";
import { buildIndex, DEFAULT_RANKING, SearchIndex } from "../../src/index";

describe("pattern morphology", () => {
  it("guesses roots through the templates of each group only", () => {
    expect(rootsOf("اشخاص", ["plurals"])).toEqual(["شخص"]);
    expect(rootsOf("اشخاص", ["derived"])).toEqual([]);
    expect(rootsOf("تنظيم", ["derived"])).toEqual(["نظم"]);
    expect(formsOf("نظم", ["derived"])).toContain("تنظيم");
    expect(patternVariants("تنظم", ["derived"])).toContain("تنظيم");
    expect(patternVariants("تنظم", [])).toEqual([]);
  });

  it("a broken plural reaches its singular only when the option is on and the word is unseen", () => {
    const articles = [{ id: "a", title: "", language: "ar", paragraphs: ["شارك عشرة آلاف شخص في المسيرة", "ارتفعت الأسعار"] }];
    const off = new SearchIndex(buildIndex(articles, { ...DEFAULT_RANKING, morphology: [] }));
    const on = new SearchIndex(buildIndex(articles, { ...DEFAULT_RANKING, morphology: ["plurals"] }));
    expect(off.search("الأشخاص")).toEqual([]);
    expect(on.search("الأشخاص")[0]?.doc).toBe(0);
    expect(on.search("الأشخاص", { signals: true })[0]!.signals!.variant).toBeCloseTo(1, 5);
  });

  it("a template pair joins its two templates only, both ways; pairs cover every two templates of the groups", () => {
    expect(patternVariants("تنظم", ["تفعل~تفعيل"])).toEqual(["تنظيم"]);
    expect(patternVariants("تنظيم", ["تفعل~تفعيل"])).toEqual(["تنظم"]);
    // not through the group's other templates (ينظم, منظوم, ناظم)
    expect(patternVariants("تنظم", ["تفعيل~يفعل"])).toEqual([]);
    const pairs = templatePairs(["plurals", "derived"]);
    expect(pairs).toContain("تفعيل~تفعل");
    expect(new Set(pairs).size).toBe(pairs.length);
  });
});
