import { IndexFormatError } from "./format";
import type { ArticleMeta } from "./types";

/** Throws IndexFormatError with `what` unless `ok`. */
export function expect(ok: boolean, what: string): asserts ok {
  if (!ok) throw new IndexFormatError(`index file is inconsistent: ${what}`);
}

/** An offsets array: `count`+1 entries, from 0, never decreasing, ending at `end`. */
export function checkOffsets(name: string, offsets: Uint32Array, count: number, end: number): void {
  expect(offsets.length === count + 1, `${name} has ${offsets.length} entries, not ${count + 1}`);
  expect(offsets[0] === 0 && offsets[count] === end, `${name} does not run from 0 to ${end}`);
  for (let i = 1; i <= count; i++) if (offsets[i]! < offsets[i - 1]!) expect(false, `${name} decreases at ${i}`);
}

/** Every value below `limit` (ids into another table). */
export function checkBelow(name: string, values: Uint32Array, limit: number, stride = 1): void {
  for (let i = 0; i < values.length; i += stride) if (values[i]! >= limit) expect(false, `${name}[${i}] = ${values[i]} is not below ${limit}`);
}

/** Articles that tile the paragraphs in order, and a paragraph -> article table that agrees. */
export function checkArticles(articles: ArticleMeta[], paragraphArticle: Uint32Array): void {
  let next = 0;
  articles.forEach((a, i) => {
    expect(a.firstParagraph === next, `article ${a.id} starts at paragraph ${a.firstParagraph}, not ${next}`);
    next += a.paragraphCount;
    expect(next <= paragraphArticle.length, `article ${a.id} runs past the last paragraph`);
    for (let p = a.firstParagraph; p < next; p++) if (paragraphArticle[p] !== i) expect(false, `paragraph ${p} is not in article ${a.id}`);
  });
  expect(next === paragraphArticle.length, `articles hold ${next} paragraphs, the index ${paragraphArticle.length}`);
}

/** Finite, non-negative lengths (a NaN length would give NaN scores). */
export function checkLengths(docLength: Float32Array): void {
  for (let i = 0; i < docLength.length; i++) if (!(docLength[i]! >= 0 && Number.isFinite(docLength[i]!))) expect(false, `docLength[${i}] is ${docLength[i]}`);
}

/** A lazily parsed JSON section: its value, or IndexFormatError when it is not JSON of the expected shape. */
export function parseSection<T>(name: string, text: string, valid: (v: unknown) => boolean): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new IndexFormatError(`index section ${name} is not valid JSON`);
  }
  expect(valid(value), `section ${name} does not hold what it should`);
  return value as T;
}
