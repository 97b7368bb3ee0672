import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicKey } from "../../src/analysis";
import { aliasKeys, aliasWordKeys, aliasWords, lazyKeys } from "../../src/index/alias-keys";

/** aliasWords as first written (each word's speakers by list search): what the faster one must equal. */
function reference(aliases: ReadonlyArray<readonly [string, number]>, stems: (w: string) => string[][]) {
  const words = new Map<string, number[]>();
  for (const [alias, speaker] of aliases) {
    for (const w of alias.split(" ")) {
      const list = words.get(w) ?? words.set(w, []).get(w)!;
      if (!list.includes(speaker)) list.push(speaker);
    }
  }
  return [...words].map(([w, speakers]) => [w, arabicKey(w), speakers, stems(w)]);
}

const word = fc.constantFrom("حداد", "سامر", "الرئيس", "ليلى", "وزير", "الخارجية", "بيسكوف", "ديمتري");
const table = fc.array(fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(" ")), fc.integer({ min: 0, max: 5 })), { maxLength: 30 });
const stems = (w: string) => [[w.slice(0, 3)], [w]];

describe("the alias tables a speaker question builds", () => {
  it("aliasWords gives each word's speakers in alias order, once each, as the list search did", () => {
    fc.assert(fc.property(table, (aliases) => {
      expect(aliasWords(aliases, stems)).toEqual(reference(aliases, stems));
      expect(aliasWordKeys(aliases, arabicKey)).toEqual(reference(aliases, () => []));
    }));
  });

  it("lazyKeys reads as aliasKeys, computing only the arrays read", () => {
    fc.assert(fc.property(table, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }), (aliases, statements) => {
      let wordsMade = 0;
      const keys = lazyKeys(aliases, () => (wordsMade++, aliasWords(aliases, stems)), () => statements, () => ({ keys: new Map(), words: new Map() }));
      const whole = aliasKeys(aliases, aliasWords(aliases, stems), statements);
      expect(keys.folded).toEqual(whole.folded);
      expect(keys.near).toEqual(whole.near);
      expect(wordsMade).toBe(0);
      expect(keys.order).toEqual(whole.order);
      expect(keys.order).toBe(keys.order);
      expect(wordsMade).toBe(1);
    }));
  });
});
