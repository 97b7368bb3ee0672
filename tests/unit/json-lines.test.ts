import { describe, expect, it } from "vitest";
import { IndexFormatError } from "../../src/index";
import { encodeJsonLines, lazyJsonLines } from "../../src/index/json-lines";

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
