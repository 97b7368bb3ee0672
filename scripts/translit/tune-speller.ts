/**
 * npx tsx scripts/translit/tune-speller.ts [--write]: chooses the English letter model that rescores the
 * speller's n-best (src/names/latin.ts, letter-lm.ts): order, pruning, lambda and beam, by exact spellings
 * (then one letter off) on the tuning part of the train split; the letter model learns from the fitting
 * part's English side only, like the units. --write puts the choice into src/names/translit-model.json
 * (train.ts refits it the same way after EM).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readPairs, trainParts } from "./data";
import { fitLetterLm } from "./letter-lm";
import { LetterLm } from "../../src/names/letter-lm";
import { LatinSpeller } from "../../src/names/latin";
import type { ModelFile } from "../../src/names/model";
import { keyDistance } from "../../src/analysis";
import type { Pair } from "./em";

/** Beam sizes and hypotheses per state tried. */
export const BEAMS: Array<[number, number]> = [[12, 1], [24, 4], [24, 8]];
export const ORDERS = [3, 4, 5];
export const MIN_COUNTS = [1, 2, 3];
/** Kneser-Ney discounts tried (undefined: Witten-Bell). */
export const DISCOUNTS = [undefined, 0.75];
export const LAMBDAS = Array.from({ length: 16 }, (_, i) => i / 10);
/** Most characters the letter model's counts may take in the shipped file. */
export const MAX_LM_CHARS = 140_000;

export interface Choice { beam: number; perState: number; order: number; minCount: number; discount?: number; lambda: number; exact: number; near: number; chars: number }

/** Exact and one-letter-off shares of the spellings each n-best's best under score. */
function rate(pairs: readonly Pair[], nbests: ReadonlyArray<Map<string, number>>, score: (latin: string, joint: number) => number): [number, number] {
  let exact = 0, near = 0;
  pairs.forEach(([e], i) => {
    let best = "", top = -Infinity;
    for (const [latin, s] of nbests[i]!) { const v = score(latin, s); if (v > top) { top = v; best = latin; } }
    const d = keyDistance(best, e, 1);
    if (d === 0) exact++;
    if (d <= 1) near++;
  });
  return [exact / pairs.length, near / pairs.length];
}

/** Every setting's figures on the tuning part, best first, and the joint model alone (lambda 0, beam 12). */
export function tuneSpeller(model: ModelFile, fit: readonly Pair[], tune: readonly Pair[]): Choice[] {
  const out: Choice[] = [];
  for (const [beam, perState] of BEAMS) {
    const speller = new LatinSpeller(model, { beam, perState, lm: null });
    const nbests = tune.map(([, a]) => speller.nbest(a));
    for (const order of ORDERS) for (const minCount of MIN_COUNTS) for (const discount of DISCOUNTS) {
      const file = fitLetterLm(fit, order, 0, minCount, discount);
      if (file.grams.length > MAX_LM_CHARS) continue;
      const lm = new LetterLm(file);
      const lmScore = new Map<string, number>();
      for (const nb of nbests) for (const latin of nb.keys()) if (!lmScore.has(latin)) lmScore.set(latin, lm.logProb(latin));
      for (const lambda of LAMBDAS) {
        const [exact, near] = rate(tune, nbests, (latin, s) => s + lambda * lmScore.get(latin)!);
        out.push({ beam, perState, order, minCount, discount, lambda, exact, near, chars: file.grams.length });
      }
    }
  }
  return out.sort((x, y) => y.exact - x.exact || y.near - x.near || x.chars - y.chars);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
  const model = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
  delete model.lm;
  const { fit, tune } = trainParts(readPairs("train"));
  const t0 = performance.now();
  const all = tuneSpeller(model, fit, tune);
  const base = all.find((c) => c.lambda === 0 && c.beam === 12 && c.perState === 1)!;
  console.log(`tuning part (${tune.length} names), ${((performance.now() - t0) / 1000).toFixed(0)} s; joint model alone: exact ${base.exact.toFixed(3)}, one letter off ${base.near.toFixed(3)}`);
  for (const c of all.slice(0, 12)) console.log(JSON.stringify(c));
  for (const order of ORDERS) {
    for (const discount of DISCOUNTS) console.log(`best at order ${order}, discount ${discount ?? "none (Witten-Bell)"}: ${JSON.stringify(all.find((x) => x.order === order && x.discount === discount))}`);
  }
  const best = all[0]!;
  if (process.argv.includes("--write")) {
    model.lm = { ...fitLetterLm(fit, best.order, best.lambda, best.minCount, best.discount), beam: best.beam, perState: best.perState };
    writeFileSync(path, JSON.stringify(model));
    console.log(`wrote lm (order ${best.order}, min count ${best.minCount}, lambda ${best.lambda}, beam ${best.beam} x ${best.perState}) -> ${path}`);
  }
}
