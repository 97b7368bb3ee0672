import { describe, expect, it } from "vitest";
import model from "../../src/names/translit-model.json";
import type { ModelFile } from "../../src/names/model";
import { LatinSpeller } from "../../src/names/latin";
import { boundaryKeys, innerVowels, shapeOf, unitVowels, vowelClass, VowelTable } from "../../src/names/vowels";

const file = model as unknown as ModelFile;

describe("short vowels by word shape (src/names/vowels.ts)", () => {
  it("a shape keeps ا و ي and writes every other letter C; keys go from the shape to its window", () => {
    expect(shapeOf("قاسم")).toBe("CاCC");
    expect(shapeOf("منصور")).toBe("CCCوC");
    // an Arabic-only letter (ق) makes the origin A, none W
    expect(boundaryKeys("قاسم", 3)).toEqual(["ACاCC@3", "AاCC#", "اCC#", "CC"]);
    expect(boundaryKeys("مارك", 1)[0]).toBe("WCاCC@1");
    expect(boundaryKeys("مارك", 1)[1]).toBe("W#CاC");
  });

  it("reads the vowel a unit writes at a boundary, its long-vowel letters aside", () => {
    expect(unitVowels("le", "\u0644", true)).toBe("e");
    expect(unitVowels("al", "\u0644", false)).toBe("a");
    expect(unitVowels("a", "\u0639", true)).toBe("a");
    expect(unitVowels("a", "\u0639", false)).toBe(""); // an all-vowel side counts once, after the letter
    expect(unitVowels("a", "\u0627", true)).toBe(""); // the written vowel
    expect(vowelClass(innerVowels("lad", "\u0644\u062F")!)).toBe(1);
    expect(vowelClass(innerVowels("eld", "\u0644\u062F")!)).toBe(0); // the leading e is the boundary before
    expect(innerVowels("al", "\u0627\u0644")).toBeNull();
    expect(vowelClass("")).toBe(0);
    expect(vowelClass("ou")).toBe(4);
    expect(vowelClass("hi")).toBe(3);
  });

  it("backs off from the shape to the window: an unseen shape takes its window's vowels", () => {
    const table = new VowelTable({ weight: 1, rows: "CC:100,0,0,0,0,0 A#CCC:0,0,0,100,0,0" });
    const [, first] = table.scores("قسم")!;
    expect(Math.exp(first![3]!)).toBeGreaterThan(0.9); // i, the A window's
    const [, plain] = table.scores("بسم")!;
    expect(Math.exp(plain![0]!)).toBeGreaterThan(0.9); // none, the pair's (W has no window row)
    expect(new VowelTable({ weight: 1, rows: "CC:1,1,1,1,1,1", origins: "A" }).scores("بسم")).toBeNull();
  });

  it("the beam writes the vowel its table expects between two consonants, or none", () => {
    const word = "\u0635\u0628\u0631"; // three consonants
    const voweled = new LatinSpeller(file, { vowels: new VowelTable({ weight: 10, rows: "CC:0,1000,0,0,0,0" }), attested: null, vocabulary: null });
    const bare = new LatinSpeller(file, { vowels: new VowelTable({ weight: 10, rows: "CC:1000,0,0,0,0,0" }), attested: null, vocabulary: null });
    expect(voweled.modelWord(word)).toMatch(/^[^aeiou]+a[^aeiou]+a[^aeiou]+$/);
    expect(bare.modelWord(word)).not.toMatch(/[aeiou]/);
  });

  it("the shipped table weighs words with an Arabic-only letter and leaves the others as the model spells them", () => {
    expect(file.vowels?.origins).toBe("A");
    const shipped = new LatinSpeller(file);
    const without = new LatinSpeller(file, { vowels: null });
    for (const w of ["\u0628\u0631\u0646\u0627\u0631\u062F", "\u0643\u0627\u0631\u0644\u0648\u0633", "\u0647\u0627\u0646\u0632"]) {
      expect(shipped.modelWord(w), w).toBe(without.modelWord(w));
    }
  });
});
