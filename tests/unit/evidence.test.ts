import { describe, expect, it } from "vitest";
import { evidence, heaviestHalf } from "../../src/index/evidence";
import { buildIndex, DEFAULT_RANKING, queryTerm, SearchIndex } from "../../src/index";

describe("evidence signals of a hit (src/index/evidence.ts)", () => {
  it("the heaviest half are the rarest terms, earlier first on ties", () => {
    expect(heaviestHalf([1, 3, 2])).toEqual([1, 2]);
    expect(heaviestHalf([2, 2, 2, 2])).toEqual([0, 1]);
    expect(heaviestHalf([])).toEqual([]);
  });

  it("reads which terms a paragraph holds: rare share, heaviest missing, dominance, names", () => {
    // terms of weight 4 (a name, held), 3 (missing), 1 (held)
    const e = evidence([[5], [], [2]], [4, 3, 1], [0, 1], [true, false, false]);
    expect(e.rare).toBeCloseTo(4 / 7, 6);
    expect(e.missing).toBeCloseTo(3 / 8, 6);
    expect(e.dominance).toBeCloseTo(4 / 5, 6);
    expect(e.names).toBe(1);
    expect(e.heldCount).toBe(2);
    expect(e.missingCount).toBe(1);
    // the corpus lacks the missing term: it counts in missing, not in missingKnown; heldMax in units of scale
    const k = evidence([[5], [], [2]], [4, 3, 1], [0, 1], [true, false, false], [true, false, true], 8);
    expect(k.missingKnown).toBe(0);
    expect(k.heldMax).toBeCloseTo(0.5, 6);
    expect(evidence([[5], [], [2]], [4, 3, 1], [0, 1], [false, false, false], [true, true, true]).missingKnown).toBeCloseTo(3 / 8, 6);
    const none = evidence([[], []], [2, 1], [0], [false, true]);
    expect(none).toEqual({ rare: 0, missing: 2 / 3, dominance: 0, names: 0, missingKnown: 0, heldMax: 0, heldCount: 0, missingCount: 2, rareKnown: 0, knownCover: 0 });
    // the two rarest words the corpus has (4 held, 1 held; 3 is unknown) and the known mass held
    expect(k.rareKnown).toBe(1);
    expect(k.knownCover).toBe(1);
    const r = evidence([[], [1], [2]], [4, 3, 1], [0, 1], [false, false, false], [true, true, true]);
    expect(r.rareKnown).toBeCloseTo(3 / 7, 6);
    expect(r.knownCover).toBeCloseTo(4 / 8, 6);
    // no names in the question: nothing against the hit
    expect(evidence([[1]], [1], [0], [false]).names).toBe(1);
  });

  it("search fills them in the hit's signals, and a name term counts in names", () => {
    const index = new SearchIndex(buildIndex([{ id: "a", title: "", language: "ar", paragraphs: ["عقد الرئيس اجتماعا في سوتشي", "ارتفعت أسعار النفط"] }], DEFAULT_RANKING));
    const s = index.search("اجتماع سوتشي", { signals: true })[0]!.signals!;
    expect(s.rare).toBe(1);
    expect(s.missing).toBe(0);
    const terms = [queryTerm(["سوتش"], undefined, undefined, true), queryTerm(["زيمبابو"], undefined, undefined, true)];
    const held = index.search(terms, { signals: true })[0]!.signals!;
    expect(held.names).toBeGreaterThan(0);
    expect(held.names).toBeLessThan(1);
    expect(held.missing).toBeGreaterThan(0.4);
    // زيمبابوي is no word of the corpus: missing, but not a known word missing
    expect(held.missingKnown).toBe(0);
    expect(held.heldMax).toBeGreaterThan(0);
  });
});
