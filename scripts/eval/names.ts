/**
 * npm run eval -- --only names: English names against Arabic names with the learned model (src/names).
 * 1. Word level, on the tuning part of the train split (which fitted the threshold) and on the eval split:
 *    accuracy@1/@5 ranking every Arabic name of the set, and unknown names matched above the threshold.
 * 2. End to end: a corpus generated from the eval split, one article quoting each name (names-corpus.ts),
 *    and one of two-word names asked in full and by the family name alone (names-full.ts).
 */
import { readPairs, trainParts } from "../translit/data";
import { measure, type Figures } from "../translit/measure";
import { LatinSpeller, NAME_THRESHOLD, nameScorer, type ModelFile } from "../../src/names";
import { LatinVocabulary } from "../../src/names/vocabulary";
import modelFile from "../../src/names/translit-model.json";
import { spellingShares } from "../translit/spelling-rates";
import type { Pair } from "../translit/em";
import { fmt } from "./report-retrieval";
import { table } from "./table";
import { runNamesCorpus } from "./names-corpus";
import { runNamesFullPart } from "./names-full";

const row = (part: string, f: Figures) => [part, String(f.names), fmt(f.at1), fmt(f.at5), fmt(f.found), fmt(f.falseMatch), f.threshold.toFixed(3)];

/**
 * How often the speller writes a pair's English spelling, exactly or one letter off; with `known`, a speller
 * whose vocabulary also holds the pairs' English words (the splits share almost none: what a name the
 * vocabulary holds gets, src/names/vocabulary.ts).
 */
function spelling(part: string, pairs: readonly Pair[], known = false): string[] {
  const model = modelFile as unknown as ModelFile;
  // the pairs' words known as the translit data's are: one source more (fit-vocabulary.ts)
  const words = new LatinVocabulary(model.vocabulary).entries();
  for (const e of new Set(pairs.map(([e]) => e))) words.set(e, (words.get(e) ?? 0) + 1);
  const speller = known ? new LatinSpeller(model, { vocabulary: LatinVocabulary.of(words) }) : new LatinSpeller(model); // not latinSpeller(): it also knows the tuning part's spellings (ModelFile.heldIn)
  return [part, String(pairs.length), ...spellingShares(speller, pairs).map(fmt)];
}

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
  console.log("\n### Arabic to Latin display (LatinSpeller), against the English spelling of each pair\n");
  console.log(table(["part", "names", "exact", "one letter off"], [
        spelling("train: tuning part", tune),
        spelling("train: tuning part, its English words known", tune, true),
        spelling("eval split", evalPairs),
        spelling("eval split, its English words known", evalPairs, true),
      ]));
  await runNamesCorpus(data);
  for (const part of ["tune", "eval"] as const) runNamesFullPart(data, part);
}
