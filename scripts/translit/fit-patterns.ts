/**
 * npx tsx scripts/translit/fit-patterns.ts [--write]: the Arabic patterns' vowels and the origin model
 * (src/names/patterns.ts, origin.ts). Over the fitting part of the train split: each pair whose Arabic fits
 * a pattern is labelled by whether its English follows the pattern's slots (the vowel classes of its best
 * unit cut, fit-vowels.ts boundaries); a logistic model of that label over the word's letters is fitted
 * (L2, gradient descent), and the following pairs' vowel classes are counted per pattern and slot. Then the
 * threshold and the beam's weight are chosen on the tuning part by display-rates.ts (MAX_EXACT_LOSS). The eval split is not read.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { boundaries } from "./fit-vowels";
import { rawPairs } from "./fit-initials";
import { displayRates } from "./display-rates";
import { unitTable, type ModelFile } from "../../src/names/model";
import { bestCut } from "./em";
import { LatinSpeller } from "../../src/names/latin";
import { fitPattern, follows, PATTERNS } from "../../src/names/patterns";
import { originFeatures, originProbability, type PatternFile } from "../../src/names/origin";
import { CLASSES } from "../../src/names/vowels";
import { arabicLetters } from "../../src/names/text";

/** L2 strength of the origin model (default). */
const L2 = 0.01;
/** Least pairs a feature is seen in to get a weight (default). */
const MIN_FEATURE = 3;
/** Thresholds and weights tried on the tuning part (default; 1.01 never applies). */
const THRESHOLDS = [0.35, 0.4, 0.5];
const WEIGHTS = [3, 6];
/** Weights of the following pairs' unit spellings tried (default; 0: none). */
const UNIT_WEIGHTS = [0, 1, 2, 3];
/**
 * Most exact spellings (share of the tuning part) a setting may lose against the speller without patterns
 * (default 0.005); among those kept, the most one letter off wins. Exact is not the criterion: the data's
 * English spells one pattern's vowel several ways (jihad, nizar beside jamal), so a right vowel where the
 * speller wrote none (trab -> tarab for turab) counts as a miss either way.
 */
const MAX_EXACT_LOSS = 0.005;

/** The fitting pairs that fit a pattern: letters, features, label (follows its slots), slot classes. */
export function labelled(raw: ReadonlyArray<readonly [string, string]>, units: ModelFile["units"]) {
  const out: Array<{ a: string; e: string; offset: number; features: string[]; label: boolean; slots: Array<[string, number]> }> = [];
  for (const [written, e] of raw) {
    const a = arabicLetters(written);
    const fit = fitPattern(a, written.startsWith("\u0627\u0644"));
    if (!fit) continue;
    const classes: number[] = [];
    for (const [, j, c] of boundaries([[e, a]], units)) classes[j] = c;
    const slots = PATTERNS[fit.pattern]![2].split("").map((_, k) => [`${fit.pattern}@${k}`, classes[fit.offset + k + 1]!] as [string, number]).filter(([, c]) => c !== undefined);
    out.push({ a, e, offset: fit.offset, features: originFeatures(a, fit), label: follows(fit, classes), slots });
  }
  return out;
}

/** Logistic regression by gradient descent (L2 `l2`, features seen in fewer than `min` samples dropped). */
export function fitLogistic(samples: ReadonlyArray<{ features: string[]; label: boolean }>, l2 = L2, min = MIN_FEATURE, steps = 400): Pick<PatternFile, "weights" | "bias"> {
  const seen = new Map<string, number>();
  for (const s of samples) for (const f of new Set(s.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const w: Record<string, number> = {};
  for (const [f, n] of seen) if (n >= min) w[f] = 0;
  let bias = 0;
  const rate = 0.5;
  for (let step = 0; step < steps; step++) {
    const g: Record<string, number> = {};
    let gb = 0;
    for (const s of samples) {
      const d = originProbability({ weights: w, bias }, s.features) - (s.label ? 1 : 0);
      gb += d;
      for (const f of s.features) if (f in w) g[f] = (g[f] ?? 0) + d;
    }
    bias -= (rate * gb) / samples.length;
    for (const f in w) w[f]! -= rate * ((g[f] ?? 0) / samples.length + l2 * w[f]!);
  }
  for (const f in w) w[f] = Math.round(w[f]! * 1000) / 1000;
  return { weights: w, bias: Math.round(bias * 1000) / 1000 };
}

/** How the following pairs' best cuts write each Arabic side after the article (their pattern's letters), as PatternFile.units. */
export function unitRows(samples: ReadonlyArray<{ a: string; e: string; offset: number; label: boolean }>, units: ModelFile["units"]): string {
  const table = unitTable(units);
  const counts = new Map<string, Map<string, number>>();
  for (const s of samples) {
    if (!s.label) continue;
    let j = 0;
    for (const [l, ar] of bestCut(table, s.e, s.a) ?? []) {
      j += ar.length;
      if (!ar || j <= s.offset) continue; // the article: mostly unwritten, not how a pattern's letters read
      const m = counts.get(ar) ?? counts.set(ar, new Map()).get(ar)!;
      m.set(l, (m.get(l) ?? 0) + 1);
    }
  }
  return [...counts].sort(([x], [y]) => (x < y ? -1 : 1)).map(([ar, m]) => `${ar}=${[...m].map(([l, c]) => `${l}:${c}`).join(",")}`).join(" ");
}

/** The following pairs' vowel classes per pattern and slot, as PatternFile.rows. */
export function slotRows(samples: ReadonlyArray<{ label: boolean; slots: Array<[string, number]> }>): string {
  const counts = new Map<string, number[]>();
  for (const s of samples) {
    if (!s.label) continue;
    for (const [key, c] of s.slots) (counts.get(key) ?? counts.set(key, new Array<number>(CLASSES.length).fill(0)).get(key)!)[c]! += 1;
  }
  return [...counts].sort(([x], [y]) => (x < y ? -1 : 1)).map(([k, c]) => `${k}:${c.join(",")}`).join(" ");
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
  const model = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
  const samples = labelled(rawPairs("train", "fit"), model.units);
  PATTERNS.forEach(([name], i) => {
    const s = samples.filter((x) => x.features[0] === `p:${name}`);
    console.log(`${name} (${i}): ${s.length} fitting pairs, ${s.filter((x) => x.label).length} follow it; e.g. ${s.filter((x) => x.label).slice(0, 4).map((x) => x.e).join(" ")} / ${s.filter((x) => !x.label).slice(0, 4).map((x) => x.e).join(" ")}`);
  });
  const logistic = fitLogistic(samples);
  const train = samples.map((s) => originProbability(logistic, s.features) >= 0.5 === s.label).filter(Boolean).length / samples.length;
  console.log(`origin model: ${Object.keys(logistic.weights).length} weights, accuracy on the fitting part ${train.toFixed(3)} (${samples.filter((s) => s.label).length}/${samples.length} follow)`);
  const rows = slotRows(samples);
  const units = unitRows(samples, model.units);
  const tune = rawPairs("train", "tune");
  const fitted = tune.filter(([a]) => fitPattern(arabicLetters(a), a.startsWith("\u0627\u0644")));
  const base = new LatinSpeller(model);
  const fmt = ([x, y]: [number, number]) => `${x.toFixed(3)} / ${y.toFixed(3)}`;
  const before = displayRates(tune, (a) => base.display(a));
  console.log(`tuning part without patterns: all ${fmt(before)}, the ${fitted.length} that fit a pattern ${fmt(displayRates(fitted, (a) => base.display(a)))}`);
  let best: { file: PatternFile; rates: [number, number] } | null = null;
  for (const threshold of process.argv.includes("--thresholds") ? process.argv[process.argv.indexOf("--thresholds") + 1]!.split(",").map(Number) : THRESHOLDS) {
    for (const [weight, unitWeight] of WEIGHTS.flatMap((w) => UNIT_WEIGHTS.map((u) => [w, u] as const))) {
      const file: PatternFile = { ...logistic, threshold, weight, rows, ...(unitWeight ? { unitWeight, units } : {}) };
      const speller = new LatinSpeller({ ...model, patterns: file });
      const rates = displayRates(tune, (a) => speller.display(a));
      console.log(`threshold ${threshold}, weight ${weight}, units ${unitWeight}: all ${fmt(rates)}, fitted ${fmt(displayRates(fitted, (a) => speller.display(a)))}`);
      if (rates[0] < before[0] - MAX_EXACT_LOSS) continue;
      if (!best || rates[1] > best.rates[1] || (rates[1] === best.rates[1] && rates[0] > best.rates[0])) best = { file, rates };
    }
  }
  if (!best) throw new Error("no setting keeps the exact spellings: nothing to write");
  console.log(`chosen threshold ${best.file.threshold}, weight ${best.file.weight}, units ${best.file.unitWeight ?? 0}`);
  if (process.argv.includes("--write")) {
    writeFileSync(path, JSON.stringify({ ...model, patterns: best!.file }));
    console.log(`wrote patterns -> ${path}`);
  }
}
