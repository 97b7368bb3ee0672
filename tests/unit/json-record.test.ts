import { describe, expect, it } from "vitest";
import { lazyJsonRecord } from "../../src/index/json-record";
import { IndexFormatError } from "../../src/index/format";

describe("lazyJsonRecord: a JSON object of string arrays read entry by entry", () => {
  const object = { use: ["استخدم", "يستخدم"], "ministri interior": ["الداخلية"], "a\"b": ["x"], constructor: ["بناء"], us: [] as string[] };
  const text = JSON.stringify(object);

  it("reads each key as the parsed object does, and no key it lacks (a value's text is not a key)", () => {
    const lazy = lazyJsonRecord("english", text);
    for (const [k, v] of Object.entries(object)) {
      expect(Object.hasOwn(lazy, k), k).toBe(true);
      expect(lazy[k], k).toEqual(v);
    }
    for (const k of ["استخدم", "interior", "toString", "valueOf", "b"]) expect(Object.hasOwn(lazy, k), k).toBe(false);
  });

  it("lists and serializes the whole object when asked", () => {
    const lazy = lazyJsonRecord("english", text);
    expect(Object.keys(lazy).sort()).toEqual(Object.keys(object).sort());
    expect(JSON.parse(JSON.stringify(lazy))).toEqual(object);
  });

  it("rejects a text that is not an object, and an entry that is not an array of strings", () => {
    expect(() => lazyJsonRecord("english", "[1,2]")).toThrow(IndexFormatError);
    const bad = lazyJsonRecord("english", '{"use":[1,2]}');
    expect(() => bad["use"]).toThrow(IndexFormatError);
  });
});
