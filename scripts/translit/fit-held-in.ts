/**
 * npx tsx scripts/translit/fit-held-in.ts [--write]: the tuning part's spellings for the shipped display
 * (ModelFile.heldIn, src/names/latin.ts SpellerOptions.heldIn), written into src/names/translit-model.json
 * with --write. Run last, after every script that fits or chooses on the tuning part (fit-speller,
 * fit-vocabulary, fit-initials, fit-vowels, fit-patterns): their choices are made without it, and the
 * speller they and display-rates.ts build from the model file never reads it (only latinSpeller() does).
 *
 * Why: the attested table (attested.ts) holds the fitting pairs' spellings only, so that the tuning part
 * measures the speller honestly; a word whose only pair is in the tuning part (every 10th pair of the
 * train split: مصطفى mustafa, إردوغان erdogan) was left to the model of sound. Once every choice is made,
 * the final display may know those pairs too, as any model is refit on all its training data; the eval
 * split stays held out (display-rates.ts --eval --held-in measures the speller with the table).
 *
 * The same rule as the attested table (attested-table.ts): per Arabic word its most frequent spelling in
 * the tuning part, kept when the attested table lacks the word, the shipped speller displays another
 * spelling, the name model scores the pair at wordFloor or above and the English has at most as many
 * letters per Arabic letter as 99.5% of the tuning part's pairs (fit-speller.ts's filters).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readPairs, trainParts } from "./data";
import { mostFrequent } from "./attested-table";
import { LatinSpeller } from "../../src/names/latin";
import { NameScorer } from "../../src/names/score";
import type { ModelFile } from "../../src/names/model";

/** Share of the tuning part's pairs whose letters ratio (English per Arabic) a kept pair may reach (fit-speller.ts's). */
const RATIO_QUANTILE = 0.995;

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
  const model = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
  delete model.heldIn;
  const { tune } = trainParts(readPairs("train"));
  const speller = new LatinSpeller(model);
  const scorer = new NameScorer(model);
  const ratios = tune.map(([e, a]) => e.length / a.length).sort((x, y) => x - y);
  const maxRatio = ratios[Math.floor(RATIO_QUANTILE * (ratios.length - 1))]!;
  const seen = mostFrequent(tune);
  const out: string[] = [];
  let implausible = 0;
  for (const [a, [e]] of seen) {
    if (speller.attestedSpelling(a) !== undefined || speller.word(a) === e) continue;
    if (e.length / a.length <= maxRatio && scorer.score(e, a) >= model.wordFloor) out.push(`${a}:${e}`);
    else implausible++;
  }
  const heldIn = out.sort().join(" ");
  console.log(`tuning part: ${seen.size} Arabic words, ${out.length} kept (the speller writes another spelling), ${implausible} left out by the filters; ${heldIn.length} characters`);
  if (process.argv.includes("--write")) {
    writeFileSync(path, JSON.stringify({ ...model, heldIn }));
    console.log(`wrote heldIn -> ${path}`);
  }
}
