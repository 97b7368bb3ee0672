import { IndexFormatError } from "./format";

/*
 * Unsigned LEB128 varints, the integer coding of the index file's compressed sections
 * (docs/index-format.md): seven bits a byte, low bits first, the high bit set on every byte but the
 * last. A u32 takes 1 to 5 bytes. The writer always writes the shortest form, and the reader accepts
 * only that form, so a file has one encoding and a damaged one is refused, never read past.
 */

/** Builds a varint byte stream (build time). */
export class VarintWriter {
  private buf = new Uint8Array(1024);
  private at = 0;

  /** Appends `value` (an integer 0..2^32-1) in its shortest form. */
  push(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value <= 0xffffffff)) throw new RangeError(`not a u32: ${value}`);
    this.room(5);
    while (value >= 0x80) {
      this.buf[this.at++] = (value & 0x7f) | 0x80;
      value = Math.floor(value / 128);
    }
    this.buf[this.at++] = value;
  }

  /** Appends raw bytes (inline UTF-8 text, after its length). */
  pushBytes(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.at);
    this.at += bytes.length;
  }

  /** How many bytes have been written. */
  get size(): number {
    return this.at;
  }

  /** The bytes written so far. */
  finish(): Uint8Array {
    return this.buf.slice(0, this.at);
  }

  private room(n: number): void {
    if (this.at + n <= this.buf.length) return;
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.at + n));
    next.set(this.buf.subarray(0, this.at));
    this.buf = next;
  }
}

/** The position after the varint decodeAt last read (a module variable, so the hot loop allocates nothing). */
let after = 0;

/**
 * The varint at `p`, checked: one that runs past the end of `bytes` is "truncated"; one longer than
 * five bytes, above 2^32-1, or not in its shortest form (a last byte of 0 after a continued one) is
 * "overlong". Both throw IndexFormatError naming the section and the byte.
 */
export function decodeAt(bytes: Uint8Array, p: number, name: string): number {
  if (p >= bytes.length) varintError(name, "truncated", p);
  let byte = bytes[p++]!;
  let value = byte & 0x7f;
  if (byte >= 0x80) {
    for (let shift = 7; ; shift += 7) {
      if (p >= bytes.length) varintError(name, "truncated", p);
      byte = bytes[p++]!;
      if (shift === 28) {
        if (byte > 0x0f) varintError(name, "overlong", p - 1); // a continuation bit or bits past 2^32
        value += byte * 0x10000000;
        break;
      }
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    if (byte === 0) varintError(name, "overlong", p - 1); // 0x80 0x00 for 0: not the shortest form
  }
  after = p;
  return value;
}

/** The position after the varint decodeAt read last. */
export function decodedEnd(): number {
  return after;
}

/** Reads a varint stream of one section, every read checked (decodeAt), one value at a time. */
export class VarintReader {
  at = 0;
  constructor(
    private readonly bytes: Uint8Array,
    /** The section's name, for the error message. */
    private readonly name: string,
  ) {}

  /** True when every byte has been read. */
  get done(): boolean {
    return this.at >= this.bytes.length;
  }

  /** The next varint. */
  next(): number {
    const value = decodeAt(this.bytes, this.at, this.name);
    this.at = after;
    return value;
  }

  /** The next `n` raw bytes. */
  take(n: number): Uint8Array {
    if (this.at + n > this.bytes.length) this.fail("truncated");
    return this.bytes.subarray(this.at, (this.at += n));
  }

  /** Throws unless every byte has been read (a stream with bytes left over is not the one written). */
  end(): void {
    if (!this.done) this.fail("longer than its content");
  }

  /** Throws IndexFormatError naming the section and the byte. */
  fail(what: string): never {
    varintError(this.name, what, this.at);
  }
}

/**
 * Decodes exactly `out.length` varints of a section into `out`, checked as decodeAt checks them and
 * refused with bytes left over; one-byte values (most of them) take the inline path. The bulk path of
 * the postings and the forward index.
 */
export function readVarints(bytes: Uint8Array, name: string, out: Uint32Array): void {
  const n = out.length;
  const length = bytes.length;
  let p = 0;
  for (let k = 0; k < n; k++) {
    const byte = p < length ? bytes[p]! : 0x80;
    if (byte < 0x80) {
      out[k] = byte;
      p++;
    } else {
      out[k] = decodeAt(bytes, p, name);
      p = after;
    }
  }
  if (p !== length) varintError(name, "longer than its content", p);
}

export function varintError(name: string, what: string, at: number): never {
  throw new IndexFormatError(`index section ${name} is ${what} (varint at byte ${at})`);
}
