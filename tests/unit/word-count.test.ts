import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { spanWords } from "../../src/corpus/word-count";

describe("spanWords", () => {
  it("counts a span's words as trim and split on whitespace do, for any text and span", () => {
    const char = fc.constantFrom("a", "ب", " ", "\t", "\n", "\u00a0", "\u2003", "\u3000", "\ufeff", "\u200b", "\u0085", "«", ".");
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }).map((cs) => cs.join("")), fc.nat(45), fc.nat(45), (text, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        expect(spanWords(text, from, to)).toBe(text.slice(from, to).trim().split(/\s+/).length);
        expect(spanWords(text, from)).toBe(text.slice(from).trim().split(/\s+/).length);
      }),
      { numRuns: 500 },
    );
  });
});
