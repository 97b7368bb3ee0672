/**
 * Fits the speaker-list check (src/index/speaker-list.ts) on the 3,361-article subset's merged speaker
 * list, annotated without the check. Examples: the hand-judged speaker samples
 * (tests/fixtures/quotes/speaker-sample-judged*.tsv, RIGHT / WRONG) whose name is still a speaker of
 * the list (matched by name key; the others were fixed since and say nothing of today's list), and the
 * speakers of the labelled articles outside the held-out part (right when most of their labelled
 * statements there name them); a speaker with a statement in a held-out article is never an example.
 * The samples before TEST_SAMPLE (default 9: samples 1-8) are fit on; sample TEST_SAMPLE is held out of
 * the fit and measured when it exists; later samples (the figure reported for the shipped check) are
 * never read. The L2 strength is chosen by
 * five-fold cross-validation (logistic-cv.ts) on the rest. The threshold is chosen on the fitting
 * examples: the one that maximizes right minus twice wrong speakers kept (a wrong speaker is the worst
 * answer, a dropped one costs its statements' attribution), as the per-subject model's is.
 *
 *   npm run eval -- --only speaker-list-fit [--write] [--verbose]   (--write: src/index/speaker-list-model.json)
 */
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { annotateUnchecked } from "../../src/index/annotate";
import { SPEAKER_LIST_FEATURES, speakerListFeatures } from "../../src/index/speaker-list";
import { nameKey } from "../../src/analysis";
import { fitLogistic } from "./logistic";
import { chooseL2 } from "./logistic-cv";
import { readLabels, speakerMatches, textMatches, TUNE2_LABELS } from "./quotes";
import { subsetArticles } from "./speaker-sample-data";

const MODEL = "src/index/speaker-list-model.json";
const DIR = "tests/fixtures/quotes/";

interface Example { x: number[]; y: number; group: string; name: string; source: string }

/** The judged samples: file number (1 for the first file) -> [name, RIGHT?]. */
export function judgedSamples(): Map<number, Array<{ name: string; right: boolean }>> {
  const out = new Map<number, Array<{ name: string; right: boolean }>>();
  for (const file of readdirSync(DIR).filter((f) => /^speaker-sample-judged(-\d+)?\.tsv$/.test(f))) {
    const n = Number(/-(\d+)\.tsv$/.exec(file)?.[1] ?? 1);
    const rows = readFileSync(DIR + file, "utf8").split("\n").filter((l) => l && !l.startsWith("#")).map((l) => l.split("\t"));
    // samples 1-4: n, judgement, speaker, note; from 5: n, judgement, kind of error, speaker, note
    out.set(n, rows.map((r) => ({ name: (n >= 5 ? r[3] : r[2])!.trim(), right: r[1] === "RIGHT" })));
  }
  return out;
}

export function runSpeakerListFit(data: string): void {
  const articles = subsetArticles(data);
  const { out, list, evidence } = annotateUnchecked(articles);
  const features = list.map((s) => speakerListFeatures(s, evidence));
  const byKey = new Map<string, number>();
  list.forEach((s, i) => { if (!s.anonymous && !byKey.has(nameKey(s.name))) byKey.set(nameKey(s.name), i); });
  const test = Number(process.env.TEST_SAMPLE ?? 9);

  const split = JSON.parse(readFileSync(`${DIR}split.json`, "utf8")) as { heldout: string[]; heldout2?: string[] };
  // both held-out parts: a speaker of their articles is never a training example
  split.heldout.push(...(split.heldout2 ?? []));
  const heldout = new Set(split.heldout);
  const articleIndex = new Map(articles.map((a, i) => [a.id, i]));
  const heldIdx = new Set(split.heldout.map((id) => articleIndex.get(id)).filter((i) => i !== undefined));
  const touchesHeld = (i: number) => list[i]!.articleIds.some((a) => heldIdx.has(a));

  const train: Example[] = [];
  const testSet: Example[] = [];
  for (const [n, rows] of judgedSamples()) {
    if (n > test) continue;
    let missing = 0;
    rows.forEach((r, k) => {
      const i = byKey.get(nameKey(r.name));
      if (i === undefined) return void missing++;
      if (n !== test && touchesHeld(i)) return;
      (n === test ? testSet : train).push({ x: features[i]!, y: Number(r.right), group: `s${n}-${k}`, name: r.name, source: `sample ${n}` });
    });
    console.log(`sample ${n}: ${rows.length} judged, ${rows.length - missing} still in the list`);
  }
  // the labelled articles outside held-out: a speaker that names a statement's labelled speaker is right; one
  // that names no labelled speaker of its labelled articles is wrong (a real name given the wrong statement is
  // an attribution error, not a wrong name: not an example)
  const labels = [...readLabels(`${DIR}labels.jsonl`), ...readLabels(`${DIR}snn-labels.jsonl`), ...readLabels(TUNE2_LABELS)].filter((l) => !heldout.has(l.article) && l.speaker !== null && l.speaker !== "?");
  const votes = new Map<number, { right: number; named: boolean }>();
  let doc = 0;
  articles.forEach((a) => {
    const own = labels.filter((l) => l.article === a.id);
    a.paragraphs.forEach((_, p) => {
      for (const s of own.length ? (out.statements[doc + p] ?? []) : []) {
        const l = s.speaker !== null && own.find((x) => x.paragraph === p + 1 && textMatches(s, x));
        if (!l || s.speaker === null) continue;
        const sp = out.speakers[s.speaker]!;
        const forms = { speaker: sp.name, speakerForms: [sp.name, ...sp.aliases] };
        const v = votes.get(s.speaker) ?? { right: 0, named: false };
        if (speakerMatches(forms, l)) v.right++;
        if (own.some((x) => speakerMatches(forms, x))) v.named = true;
        votes.set(s.speaker, v);
      }
    });
    doc += a.paragraphs.length;
  });
  const judged = new Set(train.concat(testSet).map((e) => nameKey(e.name)));
  for (const [i, v] of votes) {
    if (touchesHeld(i) || judged.has(nameKey(list[i]!.name)) || (v.right === 0 && v.named)) continue;
    train.push({ x: features[i]!, y: Number(v.right > 0), group: `l${i}`, name: list[i]!.name, source: "labels" });
  }
  console.log(`\n## Speaker-list check: ${list.length} speakers; ${train.length} fitting examples (${train.filter((e) => e.y).length} right), sample ${test}: ${testSet.length} (${testSet.filter((e) => e.y).length} right)\n`);

  const cv = chooseL2(train.map((e) => e.x), train.map((e) => e.y), train.map((e) => e.group));
  console.log(`L2 by 5-fold cross-validation (mean log loss): ${cv.losses.map((c) => `${c.l2} ${c.loss.toFixed(4)}`).join(", ")}; chosen ${cv.l2}\n`);
  const { weights, bias } = fitLogistic(train.map((e) => e.x), train.map((e) => e.y), train.map(() => 1), { l2: cv.l2, steps: 20000, tol: 1e-7 });
  SPEAKER_LIST_FEATURES.forEach((f, k) => console.log(`${f.padEnd(24)} ${weights[k]!.toFixed(3)}`));
  console.log(`${"bias".padEnd(24)} ${bias.toFixed(3)}\n`);
  const score = (e: Example) => e.x.reduce((s, v, k) => s + v * weights[k]!, bias);
  const grid = [-2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3];
  const at = (set: Example[], t: number) => {
    const kept = set.filter((e) => score(e) >= t);
    const right = kept.filter((e) => e.y).length;
    return { right, wrong: kept.length - right, dropped: set.length - kept.length };
  };
  console.log("| threshold | fitting: right kept / wrong kept / dropped | precision | sample " + test + ": right kept / wrong kept / dropped | precision |");
  console.log("| --- | --- | --- | --- | --- |");
  let best = { t: 0, gain: -Infinity };
  for (const t of grid) {
    const a = at(train, t);
    const b = at(testSet, t);
    const pa = a.right / Math.max(1, a.right + a.wrong);
    console.log(`| ${t} | ${a.right} / ${a.wrong} / ${a.dropped} | ${pa.toFixed(3)} | ${b.right} / ${b.wrong} / ${b.dropped} | ${(b.right / Math.max(1, b.right + b.wrong)).toFixed(3)} |`);
    if (a.right - 2 * a.wrong > best.gain) best = { t, gain: a.right - 2 * a.wrong };
  }
  const threshold = best.t;
  const all = list.map((_, i) => features[i]!.reduce((s, v, k) => s + v * weights[k]!, bias));
  const statements = (t: number) => list.reduce((n, s, i) => n + (all[i]! < t ? s.statements : 0), 0);
  for (const t of grid) console.log(`threshold ${t}: ${all.filter((s) => s < t).length} of ${list.length} speakers dropped on the subset (${statements(t)} statements)`);
  console.log(`\nchosen threshold ${threshold}`);
  if (process.argv.includes("--verbose")) {
    for (const e of [...train, ...testSet].sort((p, q) => score(p) - score(q))) console.log(score(e).toFixed(2), e.y ? "RIGHT" : "WRONG", e.source, e.name, e.x.map((v) => v.toFixed(1)).join(" "));
  }
  if (process.argv.includes("--write")) {
    const model = { features: SPEAKER_LIST_FEATURES, weights: weights.map((w) => +w.toFixed(4)), bias: +bias.toFixed(4), threshold };
    writeFileSync(MODEL, `${JSON.stringify(model, null, 1)}\n`);
  }
}
