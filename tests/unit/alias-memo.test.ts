import { describe, expect, it } from "vitest";
import { arabicKey, foldTitle, nameKey } from "../../src/analysis";
import { aliasKeys, aliasWordKeys, aliasWords } from "../../src/index/alias-keys";
import { nameWords } from "../../src/index/alias-words";
import { aliasMemo, memoAliasKeyOf, memoText, memoWordKey, storedMemo, wordStems } from "../../src/index/d1/alias-memo";
import { DEFAULT_RANKING } from "../../src/index";

const aliases: Array<[string, number]> = [["الرئيس سامر حداد", 1], ["سامر حداد", 1], ["حدادي", 0], ["ليلى حداد", 0], ["حداد", 1]];
const statements = [3, 5];

describe("the alias memo stored with the speaker table (KIND.memo)", () => {
  const stems = wordStems(DEFAULT_RANKING);
  const plain = { words: aliasWords(aliases, stems), keys: aliasKeys(aliases, aliasWords(aliases, stems), statements) };

  it("gives a new holder the same alias tables as computing them, without computing any entry again", () => {
    const text = memoText(aliases, {}, DEFAULT_RANKING);
    const holder = { memo: storedMemo(text) };
    const memo = aliasMemo(holder, DEFAULT_RANKING);
    expect(holder.memo.text).toBeUndefined();
    expect(memo.keys.size).toBe(new Set(aliases.map(([a]) => a)).size);
    expect(memo.words.size).toBe(new Set(aliases.flatMap(([a]) => a.split(" "))).size);
    // every entry read from the memo: a stems function that throws is never called
    const never = () => {
      throw new Error("computed again");
    };
    const words = aliasWords(aliases, never, memo);
    expect(words).toEqual(plain.words);
    expect(aliasKeys(aliases, words, statements, memo)).toEqual(plain.keys);
  });

  it("keeps the stored keys but not the stems analyzed with other stem extensions, and computes only what is missing", () => {
    const text = memoText(aliases.slice(0, 2), {}, { ...DEFAULT_RANKING, stemExtensions: [] });
    const memo = aliasMemo({ memo: storedMemo(text) }, DEFAULT_RANKING);
    expect(memo.keys.size).toBe(2);
    expect(memo.words.size).toBe(0);
    const holder = { memo };
    const [ext, keys, words, stems] = memoText(aliases, holder, DEFAULT_RANKING).split("\n").map((l) => JSON.parse(l) as unknown[]);
    expect(ext).toEqual(DEFAULT_RANKING.stemExtensions);
    expect(keys).toHaveLength(5);
    expect(words).toHaveLength(5);
    expect(stems).toHaveLength(5);
    expect(aliasWords(aliases, () => [], holder.memo)).toEqual(plain.words);
  });

  it("gives an English name's words their sound keys from the memo's key line alone, the stems left unparsed", () => {
    const text = memoText(aliases, {}, DEFAULT_RANKING);
    const holder = { memo: storedMemo(text) };
    const key = memoWordKey(holder);
    expect(holder.memo.text).toBe(text);
    expect(holder.memo.words.size).toBe(0);
    for (const w of ["حداد", "سامر", "غريب"]) expect(key(w)).toBe(arabicKey(w));
    // and an alias's folded form and name key from the alias keys' line alone
    const aliasKey = memoAliasKeyOf(holder, DEFAULT_RANKING);
    expect(holder.memo.text).toBe(text);
    expect(aliases.map(([a]) => aliasKey(a))).toEqual(aliases.map((_, i) => [plain.keys.folded[i], plain.keys.near[i]]));
    expect(aliasKey("غريب حداد")).toEqual([foldTitle("غريب حداد"), nameKey("غريب حداد")]);
    const names = nameWords(aliasWordKeys(aliases, key));
    const whole = nameWords(plain.words);
    expect(names.words).toEqual(whole.words);
    expect(names.keys).toEqual(whole.keys);
    expect(names.words.map((_, i) => names.speakers(i))).toEqual(whole.words.map((_, i) => whole.speakers(i)));
    expect(names.keys.map((_, k) => names.keyWords(k))).toEqual(whole.keys.map((_, k) => whole.keyWords(k)));
  });

  it("still reads a memo stored as one JSON object (before the line format)", () => {
    const [ext, keys, words, stems] = memoText(aliases, {}, DEFAULT_RANKING).split("\n").map((l) => JSON.parse(l) as unknown[]);
    const old = JSON.stringify({ ext, keys, words: (words as Array<[string, string]>).map(([w, k], i) => [w, k, stems![i]]) });
    const holder = { memo: storedMemo(old) };
    expect(memoWordKey(holder)("حداد")).toBe(arabicKey("حداد"));
    expect(memoAliasKeyOf(holder, DEFAULT_RANKING)("حداد")).toEqual([foldTitle("حداد"), nameKey("حداد")]);
    expect(holder.memo.text).toBeUndefined();
    const memo = aliasMemo(holder, DEFAULT_RANKING);
    expect(aliasWords(aliases, () => { throw new Error("computed again"); }, memo)).toEqual(plain.words);
  });
});
