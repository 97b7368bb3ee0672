import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexFormatError } from "../../src/index";
import { readVarints, VarintReader, VarintWriter } from "../../src/index/varint";

const write = (values: number[]) => {
  const w = new VarintWriter();
  values.forEach((v) => w.push(v));
  return w.finish();
};
const readAll = (bytes: Uint8Array, count: number) => {
  const out = new Uint32Array(count);
  readVarints(bytes, "test", out);
  return Array.from(out);
};

describe("varints", () => {
  it("round-trip any u32 through both readers, in the shortest form", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 0xffffffff })), (values) => {
        const bytes = write(values);
        expect(readAll(bytes, values.length)).toEqual(values);
        const r = new VarintReader(bytes, "test");
        expect(values.map(() => r.next())).toEqual(values);
        r.end();
        const shortest = values.reduce((n, v) => n + Math.max(1, Math.ceil(Math.log2(v + 1) / 7)), 0);
        expect(bytes.length).toBe(shortest);
      }),
    );
    expect(Array.from(write([0, 127, 128, 16383, 16384, 0xffffffff]))).toEqual([0, 127, 0x80, 1, 0xff, 0x7f, 0x80, 0x80, 1, 0xff, 0xff, 0xff, 0xff, 0x0f]);
  });

  it("refuse a truncated, overlong or non-minimal varint, and bytes left over", () => {
    const refuse = (bytes: number[], count: number, what: RegExp) => {
      expect(() => readAll(Uint8Array.from(bytes), count)).toThrow(IndexFormatError);
      expect(() => readAll(Uint8Array.from(bytes), count)).toThrow(what);
      const r = new VarintReader(Uint8Array.from(bytes), "test");
      expect(() => {
        for (let i = 0; i < count; i++) r.next();
        r.end();
      }).toThrow(what);
    };
    refuse([0x80], 1, /truncated/);
    refuse([0xff, 0xff], 1, /truncated/);
    refuse([], 1, /truncated/);
    refuse([1], 2, /truncated/);
    refuse([0x80, 0x00], 1, /overlong/); // 0 in two bytes
    refuse([0xff, 0xff, 0xff, 0xff, 0x10], 1, /overlong/); // 2^32
    refuse([0xff, 0xff, 0xff, 0xff, 0x8f, 0x01], 1, /overlong/); // six bytes
    refuse([1, 2], 1, /longer than its content/);
  });

  it("the writer refuses what is not a u32", () => {
    for (const bad of [-1, 0.5, 2 ** 32, NaN]) expect(() => write([bad])).toThrow(RangeError);
  });
});
