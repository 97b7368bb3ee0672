/**
 * npx tsx scripts/translit/fit-vowels.ts [--write] [--weights 0,0.5,1]: the short vowels by word shape
 * (src/names/vowels.ts). Counts, over the best unit cut (em.ts bestCut, the shipped units) of each pair of
 * the fitting part of the train split, the vowel class the English writes at each boundary between two
 * Arabic letters, keyed by the word's shape and boundary (kept when seen MIN_SHAPE times or more) and by the
 * shape's window around it; then picks the beam's weight that spells the most tuning-part names exactly
 * (display-rates.ts; ties: the most one letter off). --write puts the table into translit-model.json as
 * `vowels` (run after train.ts; fit-speller.ts and fit-vocabulary.ts keep it). --rerank refits the n-best
 * reranker on the tuning part for each weight (as fit-speller.ts fits it) and writes it too. --write also
 * adds to the attested table the fitting pairs the table left to the speller that the vowels now spell
 * otherwise (keptSpellings). The eval split is not read.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readPairs, trainParts } from "./data";
import { bestCut } from "./em";
import { rawPairs } from "./fit-initials";
import { displayRates } from "./display-rates";
import { unitTable, type ModelFile } from "../../src/names/model";
import { LatinSpeller } from "../../src/names/latin";
import { ARABIC_ONLY, boundaryKeys, CLASSES, innerVowels, unitVowels, vowelClass, type VowelFile } from "../../src/names/vowels";
import type { Pair } from "./em";
import { fitRerank, TOP } from "./fit-speller";
import { LetterLm } from "../../src/names/letter-lm";
import { NameScorer } from "../../src/names/score";
import { rerankFeatures, rerankPool, type RerankFile } from "../../src/names/rerank";
import { arabicLetters } from "../../src/names/text";
import { AttestedSpellings } from "../../src/names/attested";

/** Least pairs of one shape and boundary for its own row (default 10; rarer ones use the window's). */
const MIN_SHAPE = 10;
/** Beam weights tried (default; --weights). */
const WEIGHTS = [0, 1, 2, 3, 4];

/** Each pair's boundaries as [word, boundary index, class], from its best cut under `units`. */
export function boundaries(pairs: readonly Pair[], units: ModelFile["units"]): Array<[string, number, number]> {
  const table = unitTable(units);
  const out: Array<[string, number, number]> = [];
  for (const [e, a] of pairs) {
    const cut = bestCut(table, e, a);
    if (!cut) continue;
    let j = 0, between = "", last: readonly [string, string] | null = null;
    for (const unit of cut) {
      if (!unit[1]) {
        between += unit[0];
        continue;
      }
      if (last && j > 0) out.push([a, j, vowelClass(unitVowels(last[0], last[1], true) + between + unitVowels(unit[0], unit[1], false))]);
      const inner = innerVowels(unit[0], unit[1]);
      if (inner !== null) out.push([a, j + 1, vowelClass(inner)]);
      between = "";
      last = unit;
      j += unit[1].length;
    }
  }
  return out;
}

/**
 * The shipped rows: every window's counts, and each shape's boundary seen at least `min` times; rows of an
 * origin (A, W) not in `origins` (default both) are left out, the beam never reads them.
 */
export function vowelRows(found: ReadonlyArray<readonly [string, number, number]>, min = MIN_SHAPE, origins = "AW"): string {
  const counts = new Map<string, number[]>();
  for (const [a, j, c] of found) {
    for (const key of boundaryKeys(a, j)) {
      const row = counts.get(key) ?? counts.set(key, new Array<number>(CLASSES.length).fill(0)).get(key)!;
      row[c]! += 1;
    }
  }
  return [...counts]
    .filter(([k, c]) => (!k.includes("@") || c.reduce((x, y) => x + y, 0) >= min) && (!/^[AW]/.test(k) || origins.includes(k[0]!)))
    .sort(([x], [y]) => (x < y ? -1 : 1))
    .map(([k, c]) => `${k}:${c.join(",")}`)
    .join(" ");
}

/** The n-best reranker refitted (fit-speller.ts fitRerank) over the pools of a speller with `model`'s vowels, on the tuning part. */
export function rerankFor(model: ModelFile, tune: readonly Pair[]): RerankFile {
  const lm = new LetterLm(model.lm!);
  const scorer = new NameScorer(model);
  const plain = new LatinSpeller(model, { rerank: null, attested: null });
  return fitRerank(tune.map(([e, a]) => ({ right: e, pool: rerankPool(plain.nbest(a), lm, TOP).map(([l, s]) => [l, rerankFeatures(l, a, s, lm, scorer)] as [string, number[]]) })));
}

/**
 * The attested table (fit-speller.ts) keeps a fitting pair's spelling only where the speller writes
 * another; entries for the fitting pairs (an Arabic-only letter, the name model's wordFloor or above) that
 * the speller without the vowel table wrote right and `speller` writes otherwise, added to `table`.
 */
export function keptSpellings(model: ModelFile, speller: LatinSpeller, fit: readonly Pair[], table = ""): string {
  const before = new LatinSpeller(model, { vowels: null, attested: null, vocabulary: null });
  const attested = new AttestedSpellings(table);
  const scorer = new NameScorer(model);
  const seen = new Set<string>();
  const added = fit.filter(([e, a]) => {
    if (seen.has(a) || !ARABIC_ONLY.test(a) || attested.spelling(a) !== undefined) return false;
    seen.add(a);
    return before.modelWord(a) === e && speller.modelWord(a) !== e && scorer.score(e, a) >= model.wordFloor;
  });
  console.log(`attested table: ${added.length} spellings kept (${added.map(([e, a]) => `${a} ${e}`).join(", ")})`);
  return [...(table ? table.split(" ") : []), ...added.map(([e, a]) => `${a}:${e}`)].sort().join(" ");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
  const model = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
  const { fit } = trainParts(readPairs("train"));
  const origins = process.argv.includes("--origins") ? process.argv[process.argv.indexOf("--origins") + 1] : undefined;
  const rows = vowelRows(boundaries(fit, model.units), MIN_SHAPE, origins);
  console.log(`${rows.split(" ").length} rows, ${rows.length} characters`);
  const tune = rawPairs("train", "tune");
  const at = process.argv.indexOf("--weights");
  const weights = at > 0 ? process.argv[at + 1]!.split(",").map(Number) : WEIGHTS;
  const refit = process.argv.includes("--rerank");
  const tunePairs = trainParts(readPairs("train")).tune;
  const arabic = tune.filter(([a]) => ARABIC_ONLY.test(arabicLetters(a)));
  let best: { file: VowelFile; rerank: RerankFile; rates: [number, number] } | null = null;
  for (const weight of weights) {
    const file: VowelFile = { weight, rows, ...(origins ? { origins } : {}) };
    const rerank = refit ? rerankFor({ ...model, vowels: file }, tunePairs) : model.rerank!;
    const speller = new LatinSpeller({ ...model, vowels: file, rerank });
    const rates = displayRates(tune, (a) => speller.display(a));
    const ar = displayRates(arabic, (a) => speller.display(a));
    console.log(`weight ${weight}${refit ? ` (reranker ${rerank.weights.join(" ")})` : ""}: tuning part exact ${rates[0].toFixed(3)}, one letter off ${rates[1].toFixed(3)}; the ${arabic.length} with an Arabic-only letter ${ar[0].toFixed(3)} / ${ar[1].toFixed(3)}`);
    if (!best || rates[0] > best.rates[0] || (rates[0] === best.rates[0] && rates[1] > best.rates[1])) best = { file, rerank, rates };
  }
  console.log(`chosen weight ${best!.file.weight}`);
  if (process.argv.includes("--write")) {
    const chosen = { ...model, vowels: best!.file, rerank: best!.rerank };
    const attested = keptSpellings(chosen, new LatinSpeller(chosen, { attested: null, vocabulary: null }), fit, model.attested);
    writeFileSync(path, JSON.stringify({ ...chosen, attested }));
    console.log(`wrote vowels -> ${path}`);
  }
}
