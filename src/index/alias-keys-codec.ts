import { expect, parseSection } from "./check";
import type { AliasKeys } from "./alias-keys";

/*
 * The aliasKeys section (docs/index-format.md): AliasKeys' three arrays as three JSON texts on three
 * lines (JSON.stringify writes no line break), so a question parses only the arrays it reads: an
 * English role subject reads `order`, an Arabic speaker question `folded` and `near`.
 */

const PARTS = ["folded", "near", "order"] as const;

/** The alias keys as the section's bytes: folded, near and order, one JSON array a line. */
export function encodeAliasKeys(keys: AliasKeys, encoder: TextEncoder): Uint8Array {
  return encoder.encode(PARTS.map((p) => JSON.stringify(keys[p])).join("\n"));
}

const strings = (v: unknown, n: number) => Array.isArray(v) && v.length === n && v.every((s) => typeof s === "string");
const indexes = (v: unknown, n: number) => Array.isArray(v) && v.every((i) => Number.isInteger(i) && i >= 0 && i < n);
const VALID = { folded: strings, near: strings, order: indexes };

/**
 * The alias keys over the section's bytes, each array decoded, parsed and checked when first read
 * (IndexFormatError for a section not of three lines, a line not JSON, folded or near not one string
 * per alias, an order entry not an alias index).
 *
 * @param aliases the number of aliases (Extras.aliases().length), read when a part is first checked
 */
export function lazyAliasKeys(bytes: Uint8Array, aliases: () => number, decoder: TextDecoder): AliasKeys {
  const first = bytes.indexOf(0x0a);
  const second = first < 0 ? -1 : bytes.indexOf(0x0a, first + 1);
  expect(second >= 0 && bytes.indexOf(0x0a, second + 1) < 0, "section aliasKeys is not three lines");
  const bounds = [[0, first], [first + 1, second], [second + 1, bytes.length]] as const;
  const parsed: Partial<AliasKeys> = {};
  const part = <K extends (typeof PARTS)[number]>(k: K): AliasKeys[K] => {
    if (parsed[k]) return parsed[k] as AliasKeys[K];
    const [from, to] = bounds[PARTS.indexOf(k)]!;
    const n = aliases();
    return (parsed[k] = parseSection<AliasKeys[K]>("aliasKeys", decoder.decode(bytes.subarray(from, to)), (v) => VALID[k](v, n)));
  };
  return {
    get folded() {
      return part("folded");
    },
    get near() {
      return part("near");
    },
    get order() {
      return part("order");
    },
  };
}
