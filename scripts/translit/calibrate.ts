/**
 * Calibration of the name score: a logistic regression over NameScorer.features, fitted on the tuning
 * part with each English name's right Arabic name as a positive and its best-scoring wrong candidate
 * (the name a threshold must reject when the right one is absent) as a negative.
 */
import { NameCandidates } from "../../src/names/candidates";
import type { Calibration } from "../../src/names/model";
import type { NameScorer } from "../../src/names/score";
import type { Pair } from "./em";

/** Gradient steps and their size. */
const STEPS = 2000;
const RATE = 0.5;

export function calibrate(raw: NameScorer, pairs: readonly Pair[]): Calibration {
  const candidates = NameCandidates.of(pairs.map(([, a]) => a));
  const X: number[][] = [];
  const y: number[] = [];
  for (const [e, a] of pairs) {
    const right = raw.features(e, a);
    if (right) X.push(right), y.push(1);
    const wrong = candidates.for(e).flat().filter((w) => w !== a).map((w) => [w, raw.score(e, w)] as const).sort((p, q) => q[1] - p[1])[0];
    const f = wrong && wrong[1] > -Infinity ? raw.features(e, wrong[0]) : null;
    if (f) X.push(f), y.push(0);
  }
  const k = X[0]!.length;
  const mean = Array.from({ length: k }, (_, i) => X.reduce((n, x) => n + x[i]!, 0) / X.length);
  const sd = Array.from({ length: k }, (_, i) => Math.sqrt(X.reduce((n, x) => n + (x[i]! - mean[i]!) ** 2, 0) / X.length) || 1);
  const Z = X.map((x) => x.map((v, i) => (v - mean[i]!) / sd[i]!));
  const weights = new Array<number>(k).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const g = new Array<number>(k).fill(0);
    let gb = 0;
    Z.forEach((z, n) => {
      const p = 1 / (1 + Math.exp(-z.reduce((s, v, i) => s + v * weights[i]!, bias)));
      z.forEach((v, i) => (g[i]! += (p - y[n]!) * v));
      gb += p - y[n]!;
    });
    for (let i = 0; i < k; i++) weights[i]! -= (RATE * g[i]!) / Z.length;
    bias -= (RATE * gb) / Z.length;
  }
  const round = (xs: number[]) => xs.map((v) => Number(v.toPrecision(5)));
  return { mean: round(mean), sd: round(sd), weights: round(weights), bias: Number(bias.toPrecision(5)) };
}
