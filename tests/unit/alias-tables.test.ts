import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arabicKey, foldTitle, nameKey } from "../../src/analysis";
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

/** AliasKeys.order as first written (a Set per alias, a string per pair, a comparator sort). */
function referenceOrder(aliases: ReadonlyArray<readonly [string, number]>, words: ReturnType<typeof aliasWords>, statements: readonly number[]): number[] {
  const groups = new Map(words.map(([w, , , stems]) => [w, stems]));
  const stemCount = aliases.map(([a]) => new Set(a.split(" ").flatMap((w) => (groups.get(w) ?? []).map((g) => g[0]))).size);
  const seen = new Set<string>();
  return aliases.map((_, i) => i)
    .filter((i) => !seen.has(`${aliases[i]![1]} ${aliases[i]![0]}`) && seen.add(`${aliases[i]![1]} ${aliases[i]![0]}`))
    .sort((x, y) => stemCount[x]! - stemCount[y]! || statements[aliases[y]![1]]! - statements[aliases[x]![1]]! || x - y);
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

  it("orders the aliases as the comparator did, past the numbers one key holds too", () => {
    fc.assert(fc.property(table, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }), fc.boolean(), (aliases, statements, huge) => {
      const counts = huge ? statements.map((n) => n * 2 ** 19) : statements;
      const words = aliasWords(aliases, stems);
      expect(aliasKeys(aliases, words, counts).order).toEqual(referenceOrder(aliases, words, counts));
    }));
  });

  it("lazyKeys reads as aliasKeys, computing only the arrays read", () => {
    fc.assert(fc.property(table, fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 6, maxLength: 6 }), (aliases, statements) => {
      let wordsMade = 0;
      const keys = lazyKeys(aliases, () => (wordsMade++, aliasWords(aliases, stems)), () => statements, () => (a) => [foldTitle(a), nameKey(a)]);
      const whole = aliasKeys(aliases, aliasWords(aliases, stems), statements);
      expect(keys.folded).toEqual(whole.folded);
      expect(keys.near).toEqual(whole.near);
      expect(wordsMade).toBe(0);
      expect(keys.order).toEqual(whole.order);
      expect(whole.order).toEqual(referenceOrder(aliases, aliasWords(aliases, stems), statements));
      expect(keys.order).toBe(keys.order);
      expect(wordsMade).toBe(1);
    }));
  });
});
