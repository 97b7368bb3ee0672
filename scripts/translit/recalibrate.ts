/**
 * npx tsx scripts/translit/recalibrate.ts [--write]: refits the name score's calibration and its three
 * thresholds (threshold, wordFloor, nearFloor) on the tuning part of the train split with the shipped
 * units, as train.ts does after EM, for a change to NameScorer.features that keeps the units. Prints the
 * tuning part's figures before and after; --write stores them in src/names/translit-model.json. The eval
 * split is never read here (`npm run eval -- --only names` measures it).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { calibrate } from "./calibrate";
import { readPairs, trainParts } from "./data";
import { measure, NEAR_RATE, WORD_RATE } from "./measure";
import { NameScorer } from "../../src/names/score";
import type { ModelFile } from "../../src/names/model";

const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
const model = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
const { tune } = trainParts(readPairs("train"));
const show = (f: ReturnType<typeof measure>) =>
  `@1 ${f.at1.toFixed(3)}, @5 ${f.at5.toFixed(3)}, right and above the threshold ${f.found.toFixed(3)}, unknown names matched ${f.falseMatch.toFixed(3)} at ${f.threshold}`;
console.log(`shipped (${model.calibration?.weights.length ?? 0} features): ${show(measure(new NameScorer(model), tune, model.threshold))}`);
const calibration = calibrate(new NameScorer({ units: model.units }), tune);
const scorer = new NameScorer({ units: model.units, calibration });
const figures = measure(scorer, tune);
const floor = measure(scorer, tune, undefined, WORD_RATE);
const near = measure(scorer, tune, undefined, NEAR_RATE);
console.log(`refit (${calibration.weights.length} features): ${show(figures)}; word floor ${floor.threshold}, did-you-mean floor ${near.threshold}`);
console.log(`weights ${JSON.stringify(calibration.weights)}`);
if (process.argv.includes("--write")) {
  writeFileSync(path, JSON.stringify({ ...model, calibration, threshold: figures.threshold, wordFloor: floor.threshold, nearFloor: near.threshold }));
  console.log(`wrote calibration and thresholds -> ${path}`);
}
