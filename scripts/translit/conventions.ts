/**
 * Spelling conventions of the name model (src/names/model.ts Convention), fitted on the fitting part of
 * the train split: a Maghrebi or Gulf name writes g as ك (Regragui الركراكي, Belgaid بلكايد), and then
 * every g of it. The memoryless unit model prices each such g on its own, at the rare g|ك; the
 * convention reads the word's ك as غ (the most common g) once, at the log of how often a name with a g
 * is written with ك and with none of غ ج ق among the fitting pairs.
 *
 *   tsx scripts/translit/conventions.ts   writes them into src/names/translit-model.json (train.ts does too)
 */
import { readFileSync, writeFileSync } from "node:fs";
import type { Convention } from "../../src/names/model";
import { readPairs, trainParts } from "./data";
import type { Pair } from "./em";

/** The conventions' closed class: the Arabic letter a region writes for a Latin sound, and the letter the model knows best for it. */
const CANDIDATES: ReadonlyArray<Omit<Convention, "logPrior"> & { others: RegExp }> = [
  // g as ك (Morocco, Algeria, Tunisia; Iraq and the Gulf for their own g), where Mashriqi spelling has غ ج ق
  { latin: "g", arabic: "ك", as: "غ", others: /[غجق]/ },
];

/** Each convention with its log prior: the share of the fitting pairs with the Latin letter that follow it. */
export function fitConventions(fit: readonly Pair[]): Convention[] {
  return CANDIDATES.map(({ others, ...c }) => {
    const withLatin = fit.filter(([e]) => e.includes(c.latin));
    const following = withLatin.filter(([, a]) => a.includes(c.arabic) && !others.test(a)).length;
    return { ...c, logPrior: Number(Math.log((following + 0.5) / (withLatin.length + 1)).toFixed(3)) };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = new URL("../../src/names/translit-model.json", import.meta.url);
  const model = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const conventions = fitConventions(trainParts(readPairs("train")).fit);
  writeFileSync(file, JSON.stringify({ ...model, conventions }));
  console.log(JSON.stringify(conventions));
}
