import { describe, expect, it } from "vitest";
import { IndexFormatError } from "../../src/index";
import { encodeJsonLines, lazyJsonLines } from "../../src/index/json-lines";
import { encodeAliasKeys, lazyAliasKeys } from "../../src/index/alias-keys-codec";

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const isRecord = (v: unknown) => typeof (v as { name?: unknown })?.name === "string";
const values = [{ name: "سامر حداد" }, { name: "line\nbreak \"quoted\"" }, { name: "ليلى منصور" }];

describe("a JSON-lines section (speakers), each entry parsed when first read", () => {
  it("reads back every value, as a plain array does", () => {
    const list = lazyJsonLines<{ name: string }>("t", encodeJsonLines(values, encoder), values.length, isRecord, decoder);
    expect(list.length).toBe(3);
    expect(list[1]!.name).toBe(values[1]!.name);
    expect(list.map((v) => v.name)).toEqual(values.map((v) => v.name));
    expect(list.findIndex((v) => v.name === "ليلى منصور")).toBe(2);
    expect([...list]).toEqual(values);
    expect(JSON.parse(JSON.stringify(list))).toEqual(values);
    expect(Object.keys(list)).toEqual(["0", "1", "2"]);
    expect(list[3]).toBeUndefined();
    expect(Array.isArray(list)).toBe(true);
    expect(lazyJsonLines("t", encodeJsonLines([], encoder), 0, isRecord, decoder)).toHaveLength(0);
  });

  it("parses only the entries read: a damaged entry is refused when read, every time, the others still read", () => {
    const bytes = encodeJsonLines(values, encoder);
    bytes[bytes.indexOf(0x0a) + 1] = 0x5b; // the second line starts with "[": not JSON
    const list = lazyJsonLines<{ name: string }>("t", bytes, values.length, isRecord, decoder);
    expect(list[0]!.name).toBe(values[0]!.name);
    expect(list[2]!.name).toBe(values[2]!.name);
    expect(() => list[1]).toThrow(IndexFormatError);
    expect(() => list[1]).toThrow(/entry 1 is not valid JSON/);
    expect(() => list.map((v) => v)).toThrow(IndexFormatError);
  });

  it("refuses another number of lines than the other sections give, and an entry not of its shape", () => {
    const bytes = encodeJsonLines(values, encoder);
    expect(() => lazyJsonLines("t", bytes, 2, isRecord, decoder)).toThrow(/more than 2 lines/);
    expect(() => lazyJsonLines("t", bytes, 4, isRecord, decoder)).toThrow(/holds 3 lines, not 4/);
    expect(() => lazyJsonLines("t", encoder.encode("{}"), 0, isRecord, decoder)).toThrow(IndexFormatError);
    const wrong = lazyJsonLines("t", encodeJsonLines([{ name: 1 }], encoder), 1, isRecord, decoder);
    expect(() => wrong[0]).toThrow(/does not hold what it should/);
  });
});

describe("the aliasKeys section: folded, near and order on three lines, each parsed when first read", () => {
  const keys = { folded: ["سامر حداد", "حداد"], near: ["smr hdd", "hdd"], order: [1, 0] };
  it("reads back each array, checking it against the aliases' count only when read", () => {
    let counted = 0;
    const read = lazyAliasKeys(encodeAliasKeys(keys, encoder), () => (counted++, 2), decoder);
    expect(counted).toBe(0);
    expect(read.order).toEqual([1, 0]);
    expect(counted).toBe(1);
    expect(read).toEqual(keys);
  });
  it("refuses another number of lines, a line not JSON, an array not one per alias and an index out of range", () => {
    const bytes = encodeAliasKeys(keys, encoder);
    expect(() => lazyAliasKeys(bytes.subarray(0, bytes.lastIndexOf(0x0a)), () => 2, decoder)).toThrow(/not three lines/);
    expect(() => lazyAliasKeys(encoder.encode("[]\n[]\n[]\n[]"), () => 0, decoder)).toThrow(IndexFormatError);
    const broken = bytes.slice();
    broken[0] = 0x7b;
    expect(() => lazyAliasKeys(broken, () => 2, decoder).folded).toThrow(/not valid JSON/);
    expect(lazyAliasKeys(broken, () => 2, decoder).order).toEqual([1, 0]); // the other lines still read
    expect(() => lazyAliasKeys(bytes, () => 3, decoder).near).toThrow(/does not hold what it should/);
    expect(() => lazyAliasKeys(bytes, () => 1, decoder).order).toThrow(/does not hold what it should/);
  });
});
