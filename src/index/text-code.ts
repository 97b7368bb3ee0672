import { IndexFormatError } from "./format";

/*
 * The paragraph texts in a one-byte code for the Arabic letters (docs/index-format.md, `texts`), so the
 * file's gzip is about a sixth smaller than UTF-8's two bytes a letter (issue 17). A lossless transcoding
 * of the UTF-8 bytes, character by character:
 *
 *   0x00..0x7E   that ASCII character (one UTF-8 byte)
 *   0x80..0xFF   U+0600 + (byte - 0x80): the Arabic letters, harakat and digits U+0600..U+067F
 *   0x7F         ESCAPE: the next character's UTF-8 bytes follow as they are (2-4 bytes, or 0x7F itself)
 *
 * Decoding gives back the very UTF-8 bytes that were coded, so every reader of those bytes (the
 * paragraph texts, the 4-gram folds of src/analysis/fold.ts) sees what it saw with UTF-8 stored.
 */

/** The byte that starts an escaped character. */
const ESCAPE = 0x7f;
/** The first code point of the one-byte Arabic range (U+0600..U+067F). */
const ARABIC = 0x600;

/** UTF-8 bytes (well formed, as TextEncoder writes them) in the one-byte code. */
export function encodeTextCode(utf8: Uint8Array): Uint8Array {
  const out = new Uint8Array(utf8.length * 2); // an escape adds a byte to a character of at least one
  let o = 0;
  for (let i = 0; i < utf8.length; ) {
    const b = utf8[i]!;
    const n = sequenceLength(b) || 1;
    const arabic = n === 2 ? (((b & 0x1f) << 6) | (utf8[i + 1]! & 0x3f)) - ARABIC : -1;
    if (n === 1 && b !== ESCAPE) {
      out[o++] = b;
    } else if (arabic >= 0 && arabic < 0x80) {
      out[o++] = 0x80 + arabic;
    } else {
      out[o++] = ESCAPE;
      for (let k = 0; k < n; k++) out[o++] = utf8[i + k]!;
    }
    i += n;
  }
  return out.subarray(0, o);
}

/**
 * The UTF-8 bytes of a coded run (one paragraph), in one pass. Throws IndexFormatError on an escape
 * that is not followed by a whole UTF-8 character (cut short, a stray continuation byte, a bad lead byte).
 */
export function decodeTextCode(code: Uint8Array): Uint8Array {
  const out = new Uint8Array(code.length * 2); // a coded byte is at most two UTF-8 bytes
  let o = 0;
  for (let i = 0; i < code.length; ) {
    const b = code[i++]!;
    if (b >= 0x80) {
      const c = ARABIC + b - 0x80;
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (b !== ESCAPE) {
      out[o++] = b;
    } else {
      const n = i < code.length ? sequenceLength(code[i]!) : 0;
      if (n === 0 || i + n > code.length) throw new IndexFormatError(`texts: not what it should hold: a bad escape at byte ${i - 1}`);
      out[o++] = code[i++]!;
      for (let k = 1; k < n; k++) {
        const next = code[i++]!;
        if ((next & 0xc0) !== 0x80) throw new IndexFormatError(`texts: not what it should hold: a bad escaped character at byte ${i - 1}`);
        out[o++] = next;
      }
    }
  }
  return out.subarray(0, o);
}

let units = new Uint16Array(1024);

/**
 * The text of a coded run (one paragraph), as TextDecoder would decode decodeTextCode's bytes but
 * without them: a paragraph shown or cut into statements is decoded straight into UTF-16 code units.
 * Throws IndexFormatError where decodeTextCode does.
 */
export function decodeTextString(code: Uint8Array): string {
  if (units.length < code.length) units = new Uint16Array(code.length); // a coded byte is at most one code unit
  let o = 0;
  for (let i = 0; i < code.length; ) {
    const b = code[i++]!;
    if (b >= 0x80) units[o++] = ARABIC + b - 0x80;
    else if (b !== ESCAPE) units[o++] = b;
    else {
      const n = i < code.length ? sequenceLength(code[i]!) : 0;
      if (n === 0 || i + n > code.length) throw new IndexFormatError(`texts: not what it should hold: a bad escape at byte ${i - 1}`);
      let c = n === 1 ? code[i]! : code[i]! & (0xff >> (n + 1));
      for (let k = 1; k < n; k++) {
        const next = code[i + k]!;
        if ((next & 0xc0) !== 0x80) throw new IndexFormatError(`texts: not what it should hold: a bad escaped character at byte ${i + k}`);
        c = (c << 6) | (next & 0x3f);
      }
      i += n;
      // the shortest form of a scalar value, as TextEncoder writes it
      if (n > 1 && (c < [0, 0, 0x80, 0x800, 0x10000][n]! || c > 0x10ffff || (c >= 0xd800 && c < 0xe000))) throw new IndexFormatError(`texts: not what it should hold: a bad escaped character at byte ${i - n}`);
      if (c >= 0x10000) {
        units[o++] = 0xd800 + ((c - 0x10000) >> 10);
        units[o++] = 0xdc00 + ((c - 0x10000) & 0x3ff);
      } else units[o++] = c;
    }
  }
  let text = "";
  for (let from = 0; from < o; from += 8192) text += String.fromCharCode.apply(null, units.subarray(from, Math.min(o, from + 8192)) as unknown as number[]);
  return text;
}

/** Bytes of the UTF-8 sequence a lead byte starts (0: not a lead byte, or one no writer writes). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead < 0xc2) return 0;
  if (lead < 0xe0) return 2;
  if (lead < 0xf0) return 3;
  return lead < 0xf5 ? 4 : 0;
}
