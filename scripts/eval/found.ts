/**
 * Fits the found / not-found decision (src/answer/found.ts) on the tune part of labelled answerable
 * and unanswerable questions (qa-sets.ts, splits.ts), prints the fitted model and the figures on the
 * tune and held-out parts, next to the old rule (coverage >= 0.5 on any of the top 3).
 *
 *   npm run eval -- --only found            fit and report (the shipped model is reported too)
 *   npm run eval -- --only found --write    also write the fit to src/answer/found-model.ts
 *
 * Threshold: the probability that maximizes found + refused on the tune part (answerable and
 * unanswerable pooled, each class weighing half), found kept >= 0.97 on tune where it can be.
 */
import { writeFileSync } from "node:fs";
import { answeringHits, foundFeatures, FOUND_FEATURES, foundProbability, type FoundModel } from "../../src/answer/found";
import { FOUND_MODEL } from "../../src/answer/found-model";
import type { Hit } from "../../src/index";
import { fitLogistic } from "./logistic";
import { hitsFor, qaRuns } from "./qa-sets";
import { fmt } from "./report-retrieval";
import type { Part } from "./splits";
import { table } from "./table";

interface Example {
  group: string;
  answerable: boolean;
  part: Part;
  gold?: number;
  hits: Hit[];
}

function examples(data: string): Example[] {
  const out: Example[] = [];
  for (const run of qaRuns(data)) {
    for (const g of run.groups) {
      for (const q of g.questions) out.push({ group: g.name, answerable: g.answerable, part: q.part, gold: q.gold, hits: hitsFor(run.index, q) });
    }
  }
  return out;
}

/** The passages a rule keeps for an example. */
type Rule = (hits: Hit[]) => Hit[];
const oldRule: Rule = (hits) => hits.filter((h) => h.coverage >= 0.5);
const modelRule = (model: FoundModel): Rule => (hits) => answeringHits(hits, model);

function rates(ex: Example[], rule: Rule) {
  const kept = ex.map((e) => rule(e.hits));
  const found = kept.filter((k) => k.length > 0).length / (ex.length || 1);
  const first = ex.filter((e, i) => kept[i]![0]?.doc === e.gold).length / (ex.length || 1);
  return { found, first, n: ex.length };
}

function chooseThreshold(tune: Example[], base: Omit<FoundModel, "threshold">): number {
  const p = tune.map((e) => foundProbability(e.hits, 0, { ...base, threshold: 0 }));
  let best = 0.5;
  let bestValue = -Infinity;
  for (let t = 0.05; t < 0.96; t += 0.01) {
    const pos = tune.filter((e, i) => e.answerable && p[i]! >= t).length / tune.filter((e) => e.answerable).length;
    const neg = tune.filter((e, i) => !e.answerable && p[i]! < t).length / tune.filter((e) => !e.answerable).length;
    const value = pos + neg - (pos < 0.97 ? 1 : 0);
    if (value > bestValue) [best, bestValue] = [Math.round(t * 100) / 100, value];
  }
  return best;
}

export function runFound(data: string): void {
  const ex = examples(data);
  const tune = ex.filter((e) => e.part === "tune");
  // each group weighs the same within its class, and the two classes weigh the same
  const groupSize = new Map<string, number>();
  for (const e of tune) groupSize.set(e.group, (groupSize.get(e.group) ?? 0) + 1);
  const groupsOf = (answerable: boolean) => new Set(tune.filter((e) => e.answerable === answerable).map((e) => e.group)).size;
  const weight = tune.map((e) => 1 / groupSize.get(e.group)! / groupsOf(e.answerable));
  const fit = fitLogistic(tune.map((e) => foundFeatures(e.hits)), tune.map((e) => (e.answerable ? 1 : 0)), weight);
  const base = { features: [...FOUND_FEATURES], weights: fit.weights.map((w) => Math.round(w * 1000) / 1000), bias: Math.round(fit.bias * 1000) / 1000 };
  const model: FoundModel = { ...base, threshold: chooseThreshold(tune, base) };
  console.log("\n## Found / not-found decision (fit on the tune part)\n");
  console.log(table(["feature", "weight"], [...model.features.map((f, k) => [f, model.weights[k]!.toFixed(3)]), ["bias", model.bias.toFixed(3)], ["threshold", model.threshold.toFixed(2)]]));
  const rules: [string, Rule][] = [["fitted now", modelRule(model)], ["shipped", modelRule(FOUND_MODEL)], ["coverage >= 0.5 (before)", oldRule]];
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
  if (process.argv.includes("--write")) {
    const body = `import type { FoundModel } from "./found";\n\n/** Fit by \`npm run eval -- --only found --write\` (scripts/eval/found.ts) on the tune part of splits.ts. */\nexport const FOUND_MODEL: FoundModel = ${JSON.stringify(model, null, 2)};\n`;
    writeFileSync("src/answer/found-model.ts", body);
    console.log("\nwrote src/answer/found-model.ts");
  }
}
