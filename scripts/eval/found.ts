/**
 * Fits the found / not-found decision (src/answer/found.ts), one model per question language, on the
 * tune part of labelled answerable and unanswerable questions (qa-sets.ts, splits.ts); prints each
 * fitted model, the figures on the tune and held-out parts next to the shipped models and the old
 * rule (coverage >= 0.5), and each language's trade-off between found and refused by threshold.
 *
 *   npm run eval -- --only found            fit and report (the shipped models are reported too)
 *   npm run eval -- --only found --write    also write the fit to src/answer/found-model.ts
 *
 * Threshold, per language: the probability that maximizes found + refused on the tune part (each
 * class weighing half), among those that keep found >= MIN_FOUND and right paragraph first >=
 * MIN_FIRST on tune; the lowest threshold tried when none does. Features and the answerable class's
 * weight: forward selection from the base features (selectFeatures), per language, on tune only.
 */
import { writeFileSync } from "node:fs";
import { answeringHits, foundFeatures, FOUND_FEATURES, foundProbability, type FoundFeature, type FoundModel, type FoundModels } from "../../src/answer/found";
import { FOUND_MODELS } from "../../src/answer/found-model";
import type { Hit } from "../../src/index";
import { fitLogistic } from "./logistic";
import { hitsFor, qaRuns } from "./qa-sets";
import { fmt } from "./report-retrieval";
import type { Part } from "./splits";
import { table } from "./table";

type Language = "ar" | "en";
/**
 * Found on answerable tune questions the threshold keeps (issue 16: >= 0.97). English: none, because
 * with these features found >= 0.97 leaves refused near 0.35 (the trade-off table shows it), so the
 * English line keeps the target on what the user sees, the right paragraph first, and refuses what that allows.
 */
const MIN_FOUND: Record<Language, number> = { ar: 0.97, en: 0 };
/** Right paragraph first (pooled over the language's answerable sets) the threshold keeps: English 0.70 (issue 16); Arabic none (ARCD and XQuAD pooled). */
const MIN_FIRST: Record<Language, number> = { ar: 0, en: 0.7 };

interface Example {
  group: string;
  language: Language;
  answerable: boolean;
  part: Part;
  gold?: number;
  hits: Hit[];
  /** foundFeatures of the top hit (every FOUND_FEATURES entry). */
  x: number[];
}

function examples(data: string): Example[] {
  const out: Example[] = [];
  for (const run of qaRuns(data)) {
    for (const g of run.groups) {
      for (const q of g.questions) out.push({ group: g.name, language: q.language, answerable: g.answerable, part: q.part, gold: q.gold, ...withFeatures(hitsFor(run.index, q)) });
    }
  }
  return out;
}

const withFeatures = (hits: Hit[]) => ({ hits, x: foundFeatures(hits) });

/** The passages a rule keeps for an example. */
type Rule = (hits: Hit[]) => Hit[];
const oldRule: Rule = (hits) => hits.slice(0, 4).filter((h) => h.coverage >= 0.5);
const modelRule = (models: FoundModels): Rule => (hits) => answeringHits(hits, models);

function rates(ex: Example[], rule: Rule) {
  const kept = ex.map((e) => rule(e.hits));
  const found = kept.filter((k) => k.length > 0).length / (ex.length || 1);
  const first = ex.filter((e, i) => kept[i]![0]?.doc === e.gold).length / (ex.length || 1);
  return { found, first, n: ex.length };
}

/** found, first and refused of one language's examples at a threshold on precomputed probabilities. */
function tradeOff(ex: Example[], p: number[], t: number) {
  const pos = ex.flatMap((e, i) => (e.answerable ? [i] : []));
  const neg = ex.flatMap((e, i) => (e.answerable ? [] : [i]));
  return {
    found: pos.filter((i) => p[i]! >= t).length / (pos.length || 1),
    first: pos.filter((i) => p[i]! >= t && ex[i]!.hits[0]?.doc === ex[i]!.gold).length / (pos.length || 1),
    refused: neg.filter((i) => p[i]! < t).length / (neg.length || 1),
  };
}

/** The threshold that maximizes found + refused on the examples under the language's constraints, and that value (-1 when none keeps them). */
function bestThreshold(ex: Example[], model: FoundModel, language: Language): { threshold: number; value: number } {
  const p = ex.map((e) => foundProbability(e.hits, 0, model));
  let best: number | undefined;
  let bestValue = -Infinity;
  for (let t = 0.01; t < 0.99; t += 0.01) {
    const r = tradeOff(ex, p, t);
    if (r.found < MIN_FOUND[language] || r.first < MIN_FIRST[language]) continue;
    if (r.found + r.refused > bestValue) [best, bestValue] = [t, r.found + r.refused];
  }
  return { threshold: Math.round((best ?? 0.01) * 100) / 100, value: best === undefined ? -1 : bestValue };
}

/** found + refused of a model at a fixed threshold. */
function valueAt(ex: Example[], model: FoundModel, threshold: number): number {
  const r = tradeOff(ex, ex.map((e) => foundProbability(e.hits, 0, model)), threshold);
  return r.found + r.refused;
}

/** Each group weighs the same within its class, and the two classes weigh the same. */
function sampleWeights(tune: Example[]): number[] {
  const groupSize = new Map<string, number>();
  for (const e of tune) groupSize.set(e.group, (groupSize.get(e.group) ?? 0) + 1);
  const groupsOf = (answerable: boolean) => new Set(tune.filter((e) => e.answerable === answerable).map((e) => e.group)).size;
  return tune.map((e) => 1 / groupSize.get(e.group)! / groupsOf(e.answerable));
}

/** The features of session 1-5's model; the others are candidates that forward selection adds when they gain on tune. */
const BASE_FEATURES: FoundFeature[] = ["exact", "variant", "partial", "context", "proximity", "rarest", "unknown", "gap", "terms", "matched", "score", "window", "clarity"];
/** A candidate joins when it raises tune found + refused (at the tune-chosen threshold) by at least this. */
const MIN_GAIN = 0.005;

/**
 * Weights tried for the answerable class (times its sampleWeights share) in the fit. The targets ask for
 * found >= 0.97, a point far out on the answerable side, where the log-loss of equal classes spends
 * little; a heavier answerable class fits the line there. Chosen with the features, on tune.
 */
const ANSWERABLE_WEIGHTS = [1, 2, 4, 8];

function fitLanguage(tune: Example[], language: Language, features: FoundFeature[], answerableWeight = 1): FoundModel {
  const mine = tune.filter((e) => e.language === language);
  const at = features.map((f) => FOUND_FEATURES.indexOf(f));
  const weights = sampleWeights(mine).map((w, i) => (mine[i]!.answerable ? w * answerableWeight : w));
  const fit = fitLogistic(mine.map((e) => at.map((k) => e.x[k]!)), mine.map((e) => (e.answerable ? 1 : 0)), weights);
  const base = { features: [...features], weights: fit.weights.map((w) => Math.round(w * 1000) / 1000), bias: Math.round(fit.bias * 1000) / 1000, threshold: 0 };
  return { ...base, threshold: bestThreshold(mine, base, language).threshold };
}

/**
 * Forward selection on the tune part, for each answerable weight: from BASE_FEATURES, add the candidate
 * whose model gains most on tune found + refused, while the gain is at least MIN_GAIN; the weight and
 * features with the best tune value win (ties: the earlier, lighter weight). Prints each step's tune
 * value and (for the record only, never to choose) its held-out value at the tune threshold.
 */
function selectFeatures(ex: Example[], language: Language): FoundModel {
  const mine = ex.filter((e) => e.language === language);
  const [tune, held] = [mine.filter((e) => e.part === "tune"), mine.filter((e) => e.part === "heldout")];
  const rows: string[][] = [];
  let winner: { model: FoundModel; value: number; weight: number } | undefined;
  for (const weight of ANSWERABLE_WEIGHTS) {
    let features = [...BASE_FEATURES];
    let model = fitLanguage(tune, language, features, weight);
    let value = bestThreshold(tune, model, language).value;
    rows.push([String(weight), "(base)", fmt(value), fmt(valueAt(held, model, model.threshold))]);
    for (;;) {
      const tried = FOUND_FEATURES.filter((f) => !features.includes(f)).map((f) => {
        const m = fitLanguage(tune, language, [...features, f], weight);
        return { f, m, v: bestThreshold(tune, m, language).value };
      });
      const best = tried.sort((a, b) => b.v - a.v)[0];
      if (!best || best.v - value < MIN_GAIN) break;
      [features, model, value] = [[...features, best.f], best.m, best.v];
      rows.push([String(weight), `+ ${best.f}`, fmt(value), fmt(valueAt(held, model, model.threshold))]);
    }
    if (!winner || value > winner.value) winner = { model, value, weight };
  }
  console.log(`\n${language === "ar" ? "Arabic" : "English"}: forward selection by answerable weight (found + refused at the tune threshold; held out for the record); chosen: weight ${winner!.weight}, ${winner!.model.features.slice(BASE_FEATURES.length).join(", ") || "no new feature"}\n`);
  console.log(table(["answerable weight", "step", "tune", "held out"], rows));
  return winner!.model;
}

export function runFound(data: string): void {
  const ex = examples(data);
  const tune = ex.filter((e) => e.part === "tune");
  const models: FoundModels = { ar: selectFeatures(ex, "ar"), en: selectFeatures(ex, "en") };
  console.log("\n## Found / not-found decision (one model per language, fit on the tune part)\n");
  const weight = (m: FoundModel, f: string) => (m.features.includes(f) ? m.weights[m.features.indexOf(f)]!.toFixed(3) : "");
  console.log(table(["feature", "Arabic", "English"], [
    ...FOUND_FEATURES.map((f) => [f, weight(models.ar, f), weight(models.en, f)]),
    ["bias", models.ar.bias.toFixed(3), models.en.bias.toFixed(3)],
    ["threshold", models.ar.threshold.toFixed(2), models.en.threshold.toFixed(2)],
  ]));
  const shipped = [FOUND_MODELS.ar, FOUND_MODELS.en].every((m) => m.features.every((f) => (FOUND_FEATURES as readonly string[]).includes(f)));
  const rules: [string, Rule][] = [["fitted now", modelRule(models)], ...(shipped ? [["shipped", modelRule(FOUND_MODELS)] as [string, Rule]] : []), ["coverage >= 0.5 (before)", oldRule]];
  const rows: string[][] = [];
  for (const group of [...new Set(ex.map((e) => e.group))]) {
    for (const [name, rule] of rules) {
      const r = (part: Part) => rates(ex.filter((e) => e.group === group && e.part === part), rule);
      const [t, h] = [r("tune"), r("heldout")];
      const answerable = ex.find((e) => e.group === group)!.answerable;
      rows.push(answerable
        ? [group, name, `found ${fmt(t.found)} / first ${fmt(t.first)}`, `found ${fmt(h.found)} / first ${fmt(h.first)}`, `${t.n} / ${h.n}`]
        : [group, name, `refused ${fmt(1 - t.found)}`, `refused ${fmt(1 - h.found)}`, `${t.n} / ${h.n}`]);
    }
  }
  console.log("\n" + table(["questions", "rule", "tune", "held out", "n tune / held out"], rows));
  for (const language of ["ar", "en"] as Language[]) {
    const rowsT: string[][] = [];
    const of = (part: Part) => ex.filter((e) => e.language === language && e.part === part);
    const [t, h] = [of("tune"), of("heldout")];
    const [pt, ph] = [t, h].map((xs) => xs.map((e) => foundProbability(e.hits, 0, models[language])));
    const shown = [...new Set([0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, models[language].threshold])].sort((a, b) => a - b);
    for (const th of shown) {
      const [a, b] = [tradeOff(t, pt!, th), tradeOff(h, ph!, th)];
      rowsT.push([th.toFixed(2) + (th === models[language].threshold ? " (chosen)" : ""), `${fmt(a.found)} / ${fmt(a.first)} / ${fmt(a.refused)}`, `${fmt(b.found)} / ${fmt(b.first)} / ${fmt(b.refused)}`]);
    }
    console.log(`\n${language === "ar" ? "Arabic" : "English"} questions by threshold (found / first / refused, all groups pooled):\n`);
    console.log(table(["threshold", "tune", "held out"], rowsT));
  }
  if (process.argv.includes("--write")) {
    const entry = (m: FoundModel) => `{ features: ${JSON.stringify(m.features)}, weights: ${JSON.stringify(m.weights)}, bias: ${m.bias}, threshold: ${m.threshold} }`;
    const body = `import type { FoundModels } from "./found";\n\n/** Fit by \`npm run eval -- --only found --write\` (scripts/eval/found.ts) on the tune part of splits.ts; features chosen by forward selection on tune. */\nexport const FOUND_MODELS: FoundModels = {\n  ar: ${entry(models.ar)},\n  en: ${entry(models.en)},\n};\n`;
    writeFileSync("src/answer/found-model.ts", body);
    console.log("\nwrote src/answer/found-model.ts");
  }
}
