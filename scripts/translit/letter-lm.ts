/** Counts of the English letter n-gram model (src/names/letter-lm.ts), from the English side of the fitting pairs. */
import { BOS, EOS, type LetterLmFile } from "../../src/names/letter-lm";
import type { Pair } from "./em";

/**
 * The counts of every n-gram of order 1..order over the English words (each padded with order - 1 BOS and
 * one EOS), those of order 2 and more seen fewer than minCount times left out (their mass goes to the
 * shorter context), as the shipped "gram:count" string.
 */
export function fitLetterLm(pairs: readonly Pair[], order: number, lambda: number, minCount: number, discount?: number): LetterLmFile {
  const counts = new Map<string, number>();
  for (const e of new Set(pairs.map(([en]) => en))) {
    const padded = BOS.repeat(order - 1) + e + EOS;
    for (let i = order - 1; i < padded.length; i++) {
      for (let n = 1; n <= order; n++) {
        const gram = padded.slice(i - n + 1, i + 1);
        counts.set(gram, (counts.get(gram) ?? 0) + 1);
      }
    }
  }
  if (discount !== undefined) {
    // Kneser-Ney: a shorter gram counts the distinct letters seen before it (a word's start keeps its raw count)
    const continuation = new Map<string, number>();
    for (const g of counts.keys()) if (g.length >= 2) continuation.set(g.slice(1), (continuation.get(g.slice(1)) ?? 0) + 1);
    for (const g of counts.keys()) if (g.length < order && g[0] !== BOS) counts.set(g, continuation.get(g) ?? 0);
  }
  const grams = [...counts]
    .filter(([g, c]) => c > 0 && (g.length === 1 || c >= minCount))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([g, c]) => `${g}:${c}`)
    .join(" ");
  return discount === undefined ? { order, lambda, grams } : { order, lambda, grams, discount };
}
