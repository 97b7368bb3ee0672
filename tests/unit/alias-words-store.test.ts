import { describe, expect, it } from "vitest";
import { aliasWords } from "../../src/index/alias-keys";
import { nameWords } from "../../src/index/alias-words";
import { memoText, storedMemo, wordStems } from "../../src/index/d1/alias-memo";
import { storedWords, wordsText } from "../../src/index/d1/alias-words-store";
import { DEFAULT_RANKING } from "../../src/index";

const aliases: Array<[string, number]> = [["الرئيس سامر حداد", 1], ["سامر حداد", 1], ["حدادي", 0], ["ليلى حداد", 0], ["حداد", 1], ["الرئيس", 2]];

describe("the alias words stored with the speaker table (KIND.words)", () => {
  const made = aliasWords(aliases, wordStems(DEFAULT_RANKING));

  it("read back line by line, equal the words made from the aliases, and what English names read of them", () => {
    const text = wordsText(aliases, { memo: storedMemo(memoText(aliases, {}, DEFAULT_RANKING)) }, DEFAULT_RANKING);
    const stored = storedWords(text, 3, DEFAULT_RANKING);
    expect(stored.stemsFit).toBe(true);
    const names = stored.words.names;
    const whole = nameWords(made);
    expect(names.keys).toEqual(whole.keys);
    expect(names.keys.map((_, k) => names.keyWords(k))).toEqual(whole.keys.map((_, k) => whole.keyWords(k)));
    expect(names.words).toEqual(whole.words);
    expect(names.words.map((_, i) => names.speakers(i))).toEqual(whole.words.map((_, i) => whole.speakers(i)));
    expect(stored.words.all()).toEqual(made);
  });

  it("are the holder's own words when it made them, and say when their stems were analyzed otherwise", () => {
    const other = { ...DEFAULT_RANKING, stemExtensions: [] };
    const text = wordsText(aliases, { words: made }, other);
    expect(storedWords(text, 3, DEFAULT_RANKING).stemsFit).toBe(false);
    expect(storedWords(text, 3, other).words.all()).toEqual(made);
  });
});
