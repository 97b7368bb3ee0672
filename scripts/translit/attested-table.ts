/** The attested table of the display (src/names/attested.ts), as scripts/translit/fit-speller.ts builds it. */
import type { LatinSpeller } from "../../src/names/latin";
import type { Pair } from "./em";

/** Least times a pair is seen to be kept in the attested table even when the speller writes it right. */
export const MIN_SEEN = 2;

/** Each Arabic word of the pairs with its most frequent English spelling there and how often it is seen. */
export function mostFrequent(pairs: readonly Pair[]): Map<string, [string, number]> {
  const seen = new Map<string, Map<string, number>>();
  for (const [e, a] of pairs) {
    const row = seen.get(a) ?? seen.set(a, new Map()).get(a)!;
    row.set(e, (row.get(e) ?? 0) + 1);
  }
  return new Map([...seen].map(([a, row]) => [a, [...row].sort((x, y) => y[1] - x[1])[0]!]));
}

/**
 * The attested table: most frequent spelling per Arabic word of the fitting pairs, where the speller misses
 * it or it was seen MIN_SEEN times; then, for Arabic words the fitting pairs lack, the dictionary's spelling
 * that `score` rates best (dictionary.ts), where the speller misses it. Only `plausible` pairs are kept.
 */
export function attestedTable(
  fit: readonly Pair[],
  speller: LatinSpeller,
  plausible: (e: string, a: string) => boolean,
  dictionary: readonly Pair[] = [],
  score: (e: string, a: string) => number = () => 0,
): string {
  const seen = mostFrequent(fit);
  const out: string[] = [];
  for (const [a, [e, n]] of seen) if (plausible(e, a) && (n >= MIN_SEEN || speller.modelWord(a) !== e)) out.push(`${a}:${e}`);
  const fromDictionary = new Map<string, [string, number]>();
  for (const [e, a] of dictionary) {
    if (seen.has(a) || !plausible(e, a)) continue;
    const s = score(e, a), o = fromDictionary.get(a);
    if (!o || o[1] < s) fromDictionary.set(a, [e, s]);
  }
  for (const [a, [e]] of fromDictionary) if (speller.modelWord(a) !== e) out.push(`${a}:${e}`);
  return out.sort().join(" ");
}
