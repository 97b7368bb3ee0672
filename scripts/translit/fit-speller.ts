/**
 * npx tsx scripts/translit/fit-speller.ts [--write]: what the Arabic-to-Latin display learns on top of the
 * units and the letter model (src/names/rerank.ts, attested.ts), then written into
 * src/names/translit-model.json with --write:
 * - the n-best reranker: log-linear weights over rerankFeatures of the TOP spellings, fitted on the tuning
 *   part of the train split (softmax of the right spelling among them, where it is among them);
 * - the attested table: each Arabic word of the fitting pairs -> its most frequent English spelling there,
 *   kept where the reranked speller writes another spelling or the pair was seen at least twice, and only
 *   when the name model scores the pair at wordFloor or above and the English has at most as many letters
 *   per Arabic letter as 99.5% of the tuning part's pairs (that drops the data's truncated words: رجب‌ /
 *   rajabzadeh, تغري / taghribirdi, الله / abdullah; and names that do not follow sound, اسحاق / isaac,
 *   which the model then spells by sound);
 *   Then the dictionary's names (dictionary.ts, FreeDict: mohammed / محمد) for Arabic words the fitting pairs
 *   lack, the same filters, of several spellings the one the reranker scores best (its joint-model feature
 *   left at the mean: a dictionary spelling need not be in the n-best; david, not devide, for ديفيد), where
 *   the reranked speller writes another (--no-dictionary: none);
 * - attestedScore: the score a matched pair of that table gets, the median model score of the tuning part's
 *   right pairs (an attested pair counts as a typical right pair).
 * The eval split is never read here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readPairs, trainParts } from "./data";
import { LatinSpeller } from "../../src/names/latin";
import { LetterLm } from "../../src/names/letter-lm";
import { NameScorer } from "../../src/names/score";
import { rerankFeatures, rerankPool, rerankScore, type RerankFile } from "../../src/names/rerank";
import type { ModelFile } from "../../src/names/model";
import type { Pair } from "./em";
import { spellingRates } from "./spelling-rates";
import { dictionaryPairs } from "./dictionary";
import { attestedTable } from "./attested-table";
import { AttestedSpellings } from "../../src/names/attested";

/** Spellings of each n-best rescored (rerank.ts RerankFile.top). */
export const TOP = 30;
const STEPS = 200;
const RATE = 2;
/** Share of the tuning part's pairs whose letters ratio (English per Arabic) an attested pair may reach. */
const RATIO_QUANTILE = 0.995;

/** Log-linear weights over the pools' features, by gradient descent on the right spelling's log-softmax. */
export function fitRerank(pools: ReadonlyArray<{ right: string; pool: Array<[string, number[]]> }>): RerankFile {
  const all = pools.flatMap((p) => p.pool.map(([, f]) => f));
  const k = all[0]!.length;
  const mean = Array.from({ length: k }, (_, i) => all.reduce((n, f) => n + f[i]!, 0) / all.length);
  const sd = Array.from({ length: k }, (_, i) => Math.sqrt(all.reduce((n, f) => n + (f[i]! - mean[i]!) ** 2, 0) / all.length) || 1);
  const rows = pools.filter((p) => p.pool.some(([l]) => l === p.right)).map((p) => p.pool.map(([l, f]) => [l === p.right ? 1 : 0, f.map((v, i) => (v - mean[i]!) / sd[i]!)] as const));
  const weights = new Array<number>(k).fill(0);
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(k).fill(0);
    for (const row of rows) {
      const v = row.map(([, z]) => z.reduce((n, x, i) => n + x * weights[i]!, 0));
      const top = Math.max(...v);
      const e = v.map((x) => Math.exp(x - top));
      const sum = e.reduce((a, b) => a + b, 0);
      row.forEach(([t, z], j) => z.forEach((x, i) => (g[i]! += (e[j]! / sum - t) * x)));
    }
    for (let i = 0; i < k; i++) weights[i]! -= (RATE * g[i]!) / rows.length;
  }
  const round = (xs: number[]) => xs.map((v) => Number(v.toPrecision(5)));
  return { top: TOP, mean: round(mean), sd: round(sd), weights: round(weights) };
}


if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
  const model = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
  // the vocabulary is fitted after (fit-vocabulary.ts): run that again after writing this
  delete model.rerank, delete model.attested, delete model.attestedScore, delete model.vocabulary, delete model.vocabularyRule;
  const { fit, tune } = trainParts(readPairs("train"));
  const lm = new LetterLm(model.lm!);
  const scorer = new NameScorer(model);
  const plain = new LatinSpeller(model, { rerank: null, attested: null });
  const pools = tune.map(([e, a]) => ({ right: e, pool: rerankPool(plain.nbest(a), lm, TOP).map(([l, s]) => [l, rerankFeatures(l, a, s, lm, scorer)] as [string, number[]]) }));
  const rerank = fitRerank(pools);
  const reranked = new LatinSpeller(model, { rerank, attested: null });
  console.log(`tuning part (${tune.length}), exact / one letter off: before ${spellingRates(plain, tune)}, reranked ${spellingRates(reranked, tune)}; weights ${rerank.weights.join(" ")}`);
  const ratios = tune.map(([e, a]) => e.length / a.length).sort((x, y) => x - y);
  const maxRatio = ratios[Math.floor(RATIO_QUANTILE * (ratios.length - 1))]!;
  const dictionary = process.argv.includes("--no-dictionary") ? [] : dictionaryPairs(readFileSync(new URL("../../corpus/lexicon/en-ar.tsv", import.meta.url), "utf8"));
  const attested = attestedTable(fit, reranked, (e, a) => e.length / a.length <= maxRatio && scorer.score(e, a) >= model.wordFloor, dictionary, (e, a) => rerankScore(rerank, rerankFeatures(e, a, rerank.mean[0]!, lm, scorer)));
  const withTable = new LatinSpeller(model, { rerank, attested: new AttestedSpellings(attested) });
  console.log(`tuning part with the attested table (${dictionary.length} dictionary pairs read), exact / one letter off: ${spellingRates(withTable, tune)}`);
  const right = tune.map(([e, a]) => scorer.score(e, a)).filter((s) => s > -Infinity).sort((x, y) => x - y);
  const attestedScore = Number(right[Math.floor(right.length / 2)]!.toFixed(3));
  console.log(`attested table (letters ratio at most ${maxRatio.toFixed(2)}): ${attested.split(" ").length} words, ${attested.length} characters; attested score ${attestedScore}`);
  if (process.argv.includes("--write")) {
    const source = "learned by scripts/translit/train.ts and fit-speller.ts from google/transliteration @ b2265a64 (ar2en-train.txt), Apache-2.0; `attested` holds pairs of that file, normalized, and pairs of FreeDict English-Arabic (corpus/lexicon/en-ar.tsv, GPL-2+) chosen by the model (corpus/lexicon/LICENSE)";
    writeFileSync(path, JSON.stringify({ ...model, source, rerank, attested, attestedScore }));
    console.log(`wrote rerank, attested, attestedScore -> ${path}`);
  }
}
