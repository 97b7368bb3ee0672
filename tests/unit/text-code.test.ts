import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IndexFormatError } from "../../src/index";
import { decodeTextCode, decodeTextString, encodeTextCode } from "../../src/index/text-code";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("the one-byte text code", () => {
  it("gives back the UTF-8 bytes of any text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.string({ unit: fc.integer({ min: 0x5f0, max: 0x6ff }).map((c) => String.fromCharCode(c)) }), (a, b) => {
        const bytes = utf8(a + b + a);
        expect(Array.from(decodeTextCode(encodeTextCode(bytes)))).toEqual(Array.from(bytes));
        expect(decodeTextString(encodeTextCode(bytes))).toBe(new TextDecoder().decode(bytes));
      }),
    );
  });

  it("writes ASCII and U+0600..U+067F in one byte each, escapes the rest and 0x7F", () => {
    expect(Array.from(encodeTextCode(utf8("قال a")))).toEqual([0x80 + 0x42, 0x80 + 0x27, 0x80 + 0x44, 0x20, 0x61]);
    expect(Array.from(encodeTextCode(utf8("«\u06f1\u007f")))).toEqual([0x7f, 0xc2, 0xab, 0x7f, 0xdb, 0xb1, 0x7f, 0x7f]);
    const arabic = "وقال وزير الخارجية للصحفيين إن المحادثات ستستمر أسبوعا";
    expect(encodeTextCode(utf8(arabic)).length).toBe(arabic.length);
    expect(decodeTextString(encodeTextCode(utf8("😀 «قال» \u0000")))).toBe("😀 «قال» \u0000");
    const long = "قال ".repeat(5000) + "x"; // past one chunk of code units
    expect(decodeTextString(encodeTextCode(utf8(long)))).toBe(long);
  });

  it("refuses an escape cut short or not followed by a whole character", () => {
    for (const bad of [[0x61, 0x7f], [0x7f, 0xc2], [0x7f, 0x80, 0x80], [0x7f, 0xe0, 0x41, 0x80], [0x7f, 0xff]]) {
      expect(() => decodeTextCode(Uint8Array.from(bad))).toThrow(IndexFormatError);
      expect(() => decodeTextString(Uint8Array.from(bad))).toThrow(IndexFormatError);
    }
    // an overlong form and a surrogate, which TextEncoder never writes
    for (const bad of [[0x7f, 0xe0, 0x80, 0x80], [0x7f, 0xed, 0xa0, 0x80]]) expect(() => decodeTextString(Uint8Array.from(bad))).toThrow(IndexFormatError);
  });
});
