/**
 * Fits the found / not-found decision (src/answer/found.ts), one model per question language, on the
 * tune part of labelled answerable and unanswerable questions (qa-sets.ts, splits.ts); prints each
 * fitted model, the figures on the tune and held-out parts next to the shipped models and the old
 * rule (coverage >= 0.5), and each language's trade-off between found and refused by threshold.
 *
 *   npm run eval -- --only found            fit and report (the shipped models are reported too)
 *   npm run eval -- --only found --write    also write the fit to src/answer/found-model.ts
 *   npm run eval -- --only found --tune-only   fit and report on the tune part only (held-out questions
 *                                              are not even searched: for runs that must not look at them)
 *
 * Threshold, per language: the probability that best meets issue 16's targets on the tune part, pooled
 * (found-threshold.ts TARGETS: the least largest shortfall, then the most found + refused), read from
 * cross-validated probabilities (each tune question scored by a model fit without its fold). Features, L2 and the answerable class's weight: forward selection from
 * the base features (selectFeatures), per language, on tune only and cross-validated.
 */
import { writeFileSync } from "node:fs";
import { answeringHits, foundFeatures, FOUND_FEATURES, foundProbability, type FoundModel, type FoundModels } from "../../src/answer/found";
import { FOUND_MODELS } from "../../src/answer/found-model";
import type { Hit } from "../../src/index";
import { selectFeatures } from "./found-fit";
import { tradeOff, type Example, type Language } from "./found-threshold";
import { hitsFor, qaRuns } from "./qa-sets";
import { fmt } from "./report-retrieval";
import type { Part } from "./splits";
import { table } from "./table";


function examples(data: string, tuneOnly: boolean): Example[] {
  const out: Example[] = [];
  for (const run of qaRuns(data)) {
    for (const g of run.groups) {
      for (const q of g.questions) {
        if (tuneOnly && q.part !== "tune") continue;
        out.push({ group: g.name, language: q.language, answerable: g.answerable, part: q.part, gold: q.gold, source: q.source, ...withFeatures(hitsFor(run.index, q)) });
      }
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

export function runFound(data: string): void {
  const tuneOnly = process.argv.includes("--tune-only");
  const ex = examples(data, tuneOnly);
  const models: FoundModels = { ar: selectFeatures(ex, "ar", tuneOnly), en: selectFeatures(ex, "en", tuneOnly) };
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
