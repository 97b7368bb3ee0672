/** The translit name pairs of ../shared/data/translit/ (google/transliteration, Apache-2.0), normalized for the model. */
import { readFileSync } from "node:fs";
import { arabicLetters, latinLetters } from "../../src/names/text";
import type { Pair } from "./em";

export const DATA = process.env.EVAL_DATA ?? new URL("../../../shared/data/", import.meta.url).pathname;

/** One split's pairs as [latin, arabic] in file order, both sides normalized; a pair with an empty side is skipped. */
export function readPairs(split: "train" | "eval", data = DATA): Pair[] {
  return readFileSync(`${data}/translit/ar2en-${split}.txt`, "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((f) => f.length === 2)
    .map(([ar, en]) => [latinLetters(en!), arabicLetters(ar!)] as const)
    .filter(([e, a]) => e && a);
}

/** The train split cut in two before any fitting: every 10th pair is the tuning part (threshold), the rest fits the model. */
export function trainParts(pairs: readonly Pair[]): { fit: Pair[]; tune: Pair[] } {
  return { fit: pairs.filter((_, i) => i % 10 !== 9), tune: pairs.filter((_, i) => i % 10 === 9) };
}
