import { expect } from "./check";

/*
 * A section of JSON values one per line (docs/index-format.md: `speakers`): JSON.stringify writes no
 * line break, so the values joined by "\n" split back at each 0x0A byte, and a reader parses only the
 * entries it reads.
 */

/** The values as one UTF-8 JSON text per line, joined by "\n" (no line for none). */
export function encodeJsonLines(values: readonly unknown[], encoder: TextEncoder): Uint8Array {
  return encoder.encode(values.map((v) => JSON.stringify(v)).join("\n"));
}

/** True when a property key is an array index below `count`; the index, else -1. */
function indexOf(key: string | symbol, count: number): number {
  if (typeof key !== "string" || key.length === 0 || key.length > 10) return -1;
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57 || (c === 48 && key.length > 1)) return -1;
  const n = Number(key);
  return Number.isInteger(n) && n < count ? n : -1;
}

/**
 * An array of `count` values read from a JSON-lines section, each line decoded, parsed and checked
 * (`valid`) the first time its entry is read and kept; the section must hold exactly `count` lines
 * (checked when this is made). A line that is not JSON or not of its shape throws IndexFormatError
 * every time it is read. The array is a Proxy: indexing, length, iteration and the array methods work
 * as on a plain array (a method that visits every entry parses them all).
 *
 * @param name the section's name, for errors
 * @param bytes the section
 * @param count the number of entries the other sections give
 * @param valid the shape of one entry
 */
export function lazyJsonLines<T>(name: string, bytes: Uint8Array, count: number, valid: (v: unknown) => boolean, decoder: TextDecoder): T[] {
  const starts = new Uint32Array(count + 1);
  let at = 0;
  for (let i = 1; i < count; i++) {
    const end = bytes.indexOf(0x0a, at);
    expect(end >= 0, `section ${name} holds ${i} lines, not ${count}`);
    starts[i] = at = end + 1;
  }
  expect(count > 0 ? bytes.indexOf(0x0a, at) < 0 : bytes.length === 0, `section ${name} holds more than ${count} lines`);
  starts[count] = bytes.length + 1; // every line but the last ends one byte (its "\n") before the next starts
  const read = (i: number): T => {
    let value: unknown;
    try {
      value = JSON.parse(decoder.decode(bytes.subarray(starts[i]!, starts[i + 1]! - 1)));
    } catch {
      expect(false, `section ${name}: entry ${i} is not valid JSON`);
    }
    expect(valid(value), `section ${name}: entry ${i} does not hold what it should`);
    return value as T;
  };
  const cache: T[] = new Array(count);
  return new Proxy(cache, {
    get(target, key, receiver) {
      const i = indexOf(key, count);
      return i < 0 ? Reflect.get(target, key, receiver) : (target[i] ??= read(i));
    },
    has: (target, key) => indexOf(key, count) >= 0 || Reflect.has(target, key),
    getOwnPropertyDescriptor(target, key) {
      const i = indexOf(key, count);
      return i < 0 ? Reflect.getOwnPropertyDescriptor(target, key) : { value: (target[i] ??= read(i)), writable: true, enumerable: true, configurable: true };
    },
    ownKeys: (target) => [...Array.from({ length: count }, (_, i) => String(i)), ...Reflect.ownKeys(target).filter((k) => indexOf(k, count) < 0)],
  });
}
