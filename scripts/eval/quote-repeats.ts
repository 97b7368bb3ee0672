/**
 * Fits REPEAT_DICE (src/answer/repeats.ts): the Dice of the stem sets of every pair of one speaker's
 * statements (the first 40 of each speaker) over an index, in tenths, and the threshold: the upper edge of
 * the emptiest tenth between the two modes (0.5 to 1.0), chosen on the tune half of the speakers (even
 * places) and shown beside the held-out half's (odd places). Run after `npm run build:index` (any corpus;
 * CORPUS_DIR=../shared/data/saudinewsnet for the subset): `npx tsx scripts/eval/quote-repeats.ts [index.bin]`.
 */
import { readFileSync } from "node:fs";
import { terms } from "../../src/analysis";
import { loadEngine } from "../../src/answer/engine";
import { stemDice } from "../../src/answer/repeats";
import { statementsBy } from "../../src/answer/speakers";

const PER_SPEAKER = 40;
const { index } = loadEngine(readFileSync(process.argv[2] ?? "generated/index.bin"));
const halves = [new Array<number>(11).fill(0), new Array<number>(11).fill(0)];
for (let s = 0; s < index.data.extras.speakers.length; s++) {
  const bins = halves[s % 2]!;
  const sets = statementsBy(index, s).slice(0, PER_SPEAKER).map((x) => new Set(terms(x.text)));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) if (sets[i]!.size && sets[j]!.size) bins[Math.floor(stemDice(sets[i]!, sets[j]!) * 10)]!++;
  }
}
/** The upper edge of the emptiest tenth in 0.5-1.0. */
function valley(bins: number[]): number {
  let low = 5;
  for (let k = 5; k < 10; k++) if (bins[k]! < bins[low]!) low = k;
  return (low + 1) / 10;
}
const [tune, held] = halves as [number[], number[]];
console.log("Dice      tune  held-out");
tune.forEach((count, k) => console.log(`${(k / 10).toFixed(1)}${k < 10 ? `-${((k + 1) / 10).toFixed(1)}` : "    "}  ${String(count).padStart(5)}  ${String(held[k]).padStart(5)}`));
console.log(`threshold (upper edge of the emptiest tenth in 0.5-1.0): tune ${valley(tune).toFixed(1)}, held-out ${valley(held).toFixed(1)}`);
