/**
 * npm run eval -- --only names: English names against Arabic names with the learned model (src/names).
 * 1. Word level, on the tuning part of the train split (which fitted the threshold) and on the eval split:
 *    accuracy@1/@5 ranking every Arabic name of the set, and unknown names matched above the threshold.
 * 2. End to end: a corpus generated from the eval split, one article quoting each name (names-corpus.ts).
 */
import { readPairs, trainParts } from "../translit/data";
import { measure, type Figures } from "../translit/measure";
import { NAME_THRESHOLD, nameScorer } from "../../src/names";
import { fmt } from "./report-retrieval";
import { table } from "./table";
import { runNamesCorpus } from "./names-corpus";

const row = (part: string, f: Figures) => [part, String(f.names), fmt(f.at1), fmt(f.at5), fmt(f.found), fmt(f.falseMatch), f.threshold.toFixed(3)];

export async function runNames(data: string): Promise<void> {
  const scorer = nameScorer();
  const { tune } = trainParts(readPairs("train", data));
  const evalPairs = readPairs("eval", data);
  console.log("\n## English names against Arabic names (learned model, src/names)\n");
  console.log(
    table(
      ["part", "names", "@1", "@5", "right and above threshold", "unknown names matched", "threshold (log-odds)"],
      [row("train: tuning part (fitted the threshold)", measure(scorer, tune, NAME_THRESHOLD)), row("eval split (held out)", measure(scorer, evalPairs, NAME_THRESHOLD))],
    ),
  );
  await runNamesCorpus(data);
}
