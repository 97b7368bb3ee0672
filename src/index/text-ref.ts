import type { VarintReader, VarintWriter } from "./varint";

/*
 * A piece of a paragraph's text (a statement, a summary sentence) stored as where it stands in the
 * stored paragraph text rather than as a copy (docs/index-format.md, "text references"):
 *
 *   head   varint: (tag << 1) | inline; tag is the caller's (a statement's kind), 0..TAG_LIMIT-1
 *   then   inline = 0: from, length   UTF-16 code units into the paragraph's decoded text
 *          inline = 1: byteLength, then that many bytes of UTF-8 (text not found in the paragraph)
 */

/** Writes `text` as a reference into `paragraph` where it stands there (its first occurrence), else inline. */
export function writeTextRef(w: VarintWriter, paragraph: string, text: string, tag: number, encoder: TextEncoder): void {
  const from = text ? paragraph.indexOf(text) : -1;
  if (from >= 0) {
    w.push(tag << 1);
    w.push(from);
    w.push(text.length);
  } else {
    const bytes = encoder.encode(text);
    w.push((tag << 1) | 1);
    w.push(bytes.length);
    w.pushBytes(bytes);
  }
}

/**
 * Reads a text reference written by writeTextRef, checking the tag is below `tagLimit` and the range
 * lies inside the paragraph (read only when the reference needs it); throws IndexFormatError otherwise.
 */
export function readTextRef(r: VarintReader, paragraph: () => string, tagLimit: number, decoder: TextDecoder): { tag: number; text: string } {
  const head = r.next();
  const tag = head >>> 1;
  if (tag >= tagLimit) r.fail(`not what it should hold: tag ${tag}`);
  if (head & 1) return { tag, text: decoder.decode(r.take(r.next())) };
  const from = r.next();
  const length = r.next();
  const text = paragraph();
  if (from + length > text.length) r.fail(`not what it should hold: text ${from}+${length} past its paragraph's ${text.length}`);
  return { tag, text: text.slice(from, from + length) };
}
