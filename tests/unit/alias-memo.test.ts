import { describe, expect, it } from "vitest";
import { aliasKeys, aliasWords } from "../../src/index/alias-keys";
import { aliasMemo, memoText, storedMemo, wordStems } from "../../src/index/d1/alias-memo";
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
    const full = JSON.parse(memoText(aliases, holder, DEFAULT_RANKING)) as { keys: unknown[]; words: unknown[] };
    expect(full.keys).toHaveLength(5);
    expect(full.words).toHaveLength(5);
    expect(aliasWords(aliases, () => [], holder.memo)).toEqual(plain.words);
  });
});
