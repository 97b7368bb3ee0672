/**
 * Fits the speaker model (src/corpus/speaker-score.ts) on the labelled articles outside the held-out
 * part (the seed, session 1 and the tune part of split.json): every statement whose own verb named a
 * subject and that matches a statement label gives one example, positive when the subject is the
 * labelled speaker. Word counts come from the whole corpus (the seed and the 3,361-article subset).
 * The threshold is the one that, run end to end on those articles, maximizes right speakers minus
 * twice the wrong ones (a wrong speaker is worse than none). The L2 strength is chosen by five-fold
 * cross-validation by article on the same examples (logistic-cv.ts: lowest held-out log loss over
 * L2_GRID); without it a feature that separates the examples sent a weight and the bias to ~1e10.
 *
 *   npm run eval -- --only speaker-fit [--write]   (--write: src/corpus/speaker-model.json)
 */
import { writeFileSync } from "node:fs";
import { resolveArticle } from "../../src/corpus/speakers";
import { SPEAKER_FEATURES } from "../../src/corpus/speaker-score";
import { fitLogistic } from "./logistic";
import { chooseL2 } from "./logistic-cv";
import { fitLabels, speakerMatches, type Label } from "./quotes";

const MODEL = "src/corpus/speaker-model.json";

export function runSpeakerFit(data: string): void {
  const { articles, stats, labelOf: anyLabel } = fitLabels(data);
  const labelOf = (id: string, paragraph: number, text: string): Label | undefined => anyLabel(id, paragraph, text, true);

  const x: number[][] = [];
  const y: number[] = [];
  const names: string[] = [];
  const groups: string[] = [];
  for (const [id, article] of articles) {
    for (const s of resolveArticle(article.paragraphs, { stats, minScore: -Infinity })) {
      const l = s.subject && labelOf(id, s.paragraph + 1, s.text);
      if (!l || !s.subject) continue;
      x.push(s.subject.features);
      groups.push(id);
      names.push(`${s.subject.name} (${l.speaker})`);
      y.push(Number(speakerMatches({ speaker: s.subject.name, speakerForms: [s.subject.name] }, l)));
    }
  }
  const cv = chooseL2(x, y, groups);
  const { weights, bias } = fitLogistic(x, y, x.map(() => 1), { l2: cv.l2, steps: 20000, tol: 1e-7 });
  console.log(`\n## Speaker model: ${x.length} examples (${y.filter(Boolean).length} right subjects)\n`);
  console.log(`L2 by 5-fold cross-validation by article (mean log loss): ${cv.losses.map((c) => `${c.l2} ${c.loss.toFixed(4)}`).join(", ")}; chosen ${cv.l2}\n`);
  SPEAKER_FEATURES.forEach((f, k) => console.log(`${f.padEnd(24)} ${weights[k]!.toFixed(3)}`));
  console.log(`${"bias".padEnd(24)} ${bias.toFixed(3)}`);
  if (process.argv.includes("--verbose")) {
    const scored = x.map((f, i) => ({ score: f.reduce((s, v, k) => s + v * weights[k]!, bias), y: y[i], name: names[i], f }));
    for (const e of scored.sort((a, b) => a.score - b.score)) console.log(e.score.toFixed(2), e.y, e.name, e.f.map((v) => v.toFixed(1)).join(" "));
  }

  // end to end on the same articles: right minus twice wrong speakers over the statement labels
  const model = { weights: weights.map((w) => +w.toFixed(4)), bias: +bias.toFixed(4), threshold: 0 };
  let best = { threshold: -Infinity, gain: -Infinity };
  for (const threshold of [-Infinity, -3, -2.5, -2, -1.5, -1, -0.5, 0, 0.5, 1, 1.5, 2]) {
    let right = 0;
    let wrong = 0;
    for (const [id, article] of articles) {
      for (const s of resolveArticle(article.paragraphs, { stats, model, minScore: threshold })) {
        const l = labelOf(id, s.paragraph + 1, s.text);
        if (!l || !s.speaker) continue;
        const forms = [s.speaker.name, ...(s.speaker.title ? [s.speaker.title] : []), ...s.speaker.roles];
        if (speakerMatches({ speaker: s.speaker.name, speakerForms: forms }, l)) right++;
        else wrong++;
      }
    }
    console.log(`threshold ${threshold}: right ${right}, wrong ${wrong}`);
    if (right - 2 * wrong > best.gain) best = { threshold, gain: right - 2 * wrong };
  }
  const threshold = Number.isFinite(best.threshold) ? best.threshold : -1e9;
  console.log(`chosen threshold ${threshold}`);
  if (process.argv.includes("--write")) writeFileSync(MODEL, `${JSON.stringify({ features: SPEAKER_FEATURES, ...model, threshold }, null, 1)}\n`);
}
