import { describe, expect, it } from "vitest";
import { arabicKey } from "../../src/analysis";
import { aliasWords } from "../../src/index/alias-keys";
import { encodeAliasWords, lazyAliasWords, nameWords } from "../../src/index/alias-words";
import { IndexFormatError } from "../../src/index";

const encoder = new TextEncoder();
const decoder = new TextDecoder();

describe("the aliasWords section: five JSON lines, each parsed when first read, each entry checked when read", () => {
  // حداد and حدادي share a sound key: one group of two words
  const words = aliasWords([["سامر حداد", 1], ["حدادي", 0], ["ليلى حداد", 0]], (w) => [[w]]);
  const bytes = encodeAliasWords(words, encoder);

  it("reads back the words, their speakers, stems and sound-key groups as the built index holds them", () => {
    expect(arabicKey("حداد")).toBe(arabicKey("حدادي"));
    const read = lazyAliasWords(bytes, 2, decoder);
    const built = nameWords(words);
    expect(read.names.words).toEqual(built.words);
    expect(read.names.keys).toEqual(built.keys);
    expect(read.names.keys.map((_, k) => read.names.keyWords(k))).toEqual(built.keys.map((_, k) => built.keyWords(k)));
    expect(read.names.keyWords(read.names.keys.indexOf(arabicKey("حداد")))).toEqual([1, 2]);
    expect(read.names.speakers(1)).toEqual([1, 0]);
    expect(read.all()).toEqual(words);
  });

  it("refuses another number of lines, a line not JSON, a speaker or a word index out of range, when read", () => {
    expect(() => lazyAliasWords(bytes.subarray(0, bytes.lastIndexOf(0x0a)), 2, decoder)).toThrow(/not 5 lines/);
    expect(() => lazyAliasWords(encoder.encode("[]\n[]\n[]\n[]\n[]\n[]"), 2, decoder)).toThrow(IndexFormatError);
    // one speaker fewer: the speakers of حداد (1, 0) are out of range once read, the others' still read
    const fewer = lazyAliasWords(bytes, 1, decoder);
    expect(fewer.names.speakers(2)).toEqual([0]);
    expect(() => fewer.names.speakers(1)).toThrow(/line 2 entry 1/);
    expect(() => fewer.all()).toThrow(IndexFormatError);
    // a group pointing past the words
    const past = encoder.encode(decoder.decode(bytes).replace(/\n([^\n]*)$/, (_, last: string) => `\n${last.replace("[1,2]", "[1,9]")}`));
    const read = lazyAliasWords(past, 2, decoder);
    expect(read.names.words.length).toBe(4);
    expect(() => read.names.keyWords(read.names.keys.indexOf(arabicKey("حداد")))).toThrow(/line 5 entry/);
    // the words not strings: refused when the words are first read
    const notWords = encoder.encode(decoder.decode(bytes).replace(/^[^\n]*/, "[1,2,3]"));
    expect(() => lazyAliasWords(notWords, 2, decoder).names.words).toThrow(/does not hold what it should/);
  });
});
