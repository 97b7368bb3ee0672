/** How often a speller writes the English spelling of each pair: exact, and within one edit. */
import { keyDistance } from "../../src/analysis";
import type { LatinSpeller } from "../../src/names/latin";
import type { Pair } from "./em";

/** Shares of pairs spelled exactly and within one edit (keyDistance serves as plain edit distance), as numbers. */
export function spellingShares(speller: LatinSpeller, pairs: readonly Pair[]): [exact: number, near: number] {
  const d = pairs.map(([e, a]) => keyDistance(speller.word(a), e, 1));
  return [d.filter((x) => x === 0).length / pairs.length, d.filter((x) => x <= 1).length / pairs.length];
}

/** The two shares printed "0.210 / 0.497". */
export function spellingRates(speller: LatinSpeller, pairs: readonly Pair[]): string {
  return spellingShares(speller, pairs).map((v) => v.toFixed(3)).join(" / ");
}
