/**
 * npm run train:translit: learns the name model of src/names from the train split of
 * ../shared/data/translit/ and writes src/names/translit-model.json.
 *   --iterations N   EM iterations (default 6)
 * Nine pairs in ten fit the model; every tenth is kept out to fit the match threshold (measure.ts).
 * The file it writes has no reranker or attested table: scripts/translit/fit-speller.ts --write adds them.
 */
import { fitConventions } from "./conventions";
import { writeFileSync } from "node:fs";
import { bestCut, emStep, initialTable, soundPrior } from "./em";
import { arabicKey, latinKey } from "../../src/analysis";
import { readPairs, trainParts } from "./data";
import { unitBigrams } from "./bigrams";
import { measure, NEAR_RATE, WORD_RATE } from "./measure";
import { NameScorer } from "../../src/names/score";
import type { ModelFile } from "../../src/names/model";
import { calibrate } from "./calibrate";
import { tuneSpeller } from "./tune-speller";
import { fitLetterLm } from "./letter-lm";

const OUT = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
/** A unit expected fewer times than this over the fitting pairs is dropped after each EM step. */
const MIN_COUNT = 0.5;
/** Pseudo-count of each same-class letter pair (soundPrior): --prior N (default 1; 0 for none). */
const PRIOR = process.argv.includes("--prior") ? Number(process.argv[process.argv.indexOf("--prior") + 1]) : 1;
const iterations = process.argv.includes("--iterations") ? Number(process.argv[process.argv.indexOf("--iterations") + 1]) : 6;

const { fit, tune } = trainParts(readPairs("train"));
const t0 = performance.now();
let table = initialTable(fit);
for (let it = 1; it <= iterations; it++) {
  const step = emStep(table, fit, MIN_COUNT, soundPrior(PRIOR, latinKey, arabicKey));
  table = step.table;
  const units = [...table.p.values()].reduce((n, row) => n + row.size, 0);
  console.log(`EM ${it}: log-likelihood ${step.logLikelihood.toFixed(0)}, ${units} units (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
}
const units: Array<[string, string, number]> = [];
for (const [l, row] of table.p) for (const [a, q] of row) units.push([l, a, Number(q.toPrecision(4))]);
units.sort((x, y) => y[2] - x[2]);
const cuts = fit.map(([e, a]) => bestCut(table, e, a)).filter((c) => c !== null);
const bigrams = unitBigrams(units, cuts);
// the calibration and the threshold are fitted on the tuning part, with the shipped (rounded) units
const calibration = calibrate(new NameScorer({ units }), tune);
const figures = measure(new NameScorer({ units, calibration }), tune);
const floor = measure(new NameScorer({ units, calibration }), tune, undefined, WORD_RATE);
const near = measure(new NameScorer({ units, calibration }), tune, undefined, NEAR_RATE);
console.log(`tuning part (${figures.names} names): @1 ${figures.at1.toFixed(3)}, @5 ${figures.at5.toFixed(3)}, ` +
  `right and above the threshold ${figures.found.toFixed(3)}, unknown names matched ${figures.falseMatch.toFixed(3)} at threshold ${figures.threshold} (several-word names: ${floor.threshold} a word; "did you mean" from ${near.threshold}, right and above it ${near.found.toFixed(3)})`);
// the display's letter model: order, pruning, lambda and beam chosen on the tuning part (tune-speller.ts)
const lmChoice = tuneSpeller({ units, bigrams } as ModelFile, fit, tune)[0]!;
console.log(`letter model on the tuning part: ${JSON.stringify(lmChoice)}`);
const lm = { ...fitLetterLm(fit, lmChoice.order, lmChoice.lambda, lmChoice.minCount, lmChoice.discount), beam: lmChoice.beam, perState: lmChoice.perState };
writeFileSync(
  OUT,
  JSON.stringify({
    license: "Apache-2.0",
    source: "learned by scripts/translit/train.ts from google/transliteration @ b2265a64 (ar2en-train.txt), Apache-2.0",
    /** Least score of a match, fitted on the tuning part so that 2% of unknown names pass (measure.ts). */
    threshold: figures.threshold,
    /** Least score of each word of a several-word name, fitted so that 5% of unknown names pass. */
    wordFloor: floor.threshold,
    /** Least score of a speaker offered as "did you mean" (never as the answer), fitted so that 20% of unknown names get one. */
    nearFloor: near.threshold,
    calibration,
    conventions: fitConventions(fit),
    units,
    bigrams,
    lm,
  }),
);
console.log(`${units.length} units, ${bigrams.length} bigrams -> ${OUT}; now run scripts/translit/fit-speller.ts --write (reranker, attested table), then fit-vocabulary.ts --write, fit-initials.ts --write and fit-vowels.ts --origins A --write`);
