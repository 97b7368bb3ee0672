/**
 * The L2 strength of a logistic fit (logistic.ts) chosen by cross-validation: the examples are cut into
 * folds by group (an article: its examples are not independent), each fold is scored by the mean log
 * loss of a model fit on the others, and the strength with the lowest pooled loss wins.
 */
import { fitLogistic, fitLogisticNewton } from "./logistic";

/** L2 strengths tried by default, on the standardized weights (weak to strong). */
export const L2_GRID = [1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1];

/** Options of a cross-validated fit; every one has its default. */
export interface CvOptions {
  /** Strengths tried (default L2_GRID). */
  grid?: number[];
  /** Folds (default 5): group i of the sorted group names goes to fold i mod folds. */
  folds?: number;
  /** Most gradient steps a fit (default 20000) and its stopping tolerance (default 1e-7); gradient descent only. */
  steps?: number;
  tol?: number;
  /** Each example's weight in the fits and in the pooled loss (default 1 each). */
  sampleWeight?: number[];
  /** Fit by Newton's method (fitLogisticNewton) instead of gradient descent (default false). */
  newton?: boolean;
}

/**
 * Each example's probability from the model fit on the folds it is not in (cross-validated predictions),
 * at one L2 strength. Options as chooseL2's (grid unused).
 */
export function outOfFold(x: number[][], y: number[], groups: string[], l2: number, { folds = 5, steps = 20000, tol = 1e-7, sampleWeight, newton = false }: CvOptions = {}): number[] {
  const names = [...new Set(groups)].sort();
  const fold = new Map(names.map((g, i) => [g, i % folds]));
  const sw = sampleWeight ?? x.map(() => 1);
  const p = x.map(() => NaN);
  for (let f = 0; f < folds; f++) {
    const train = x.flatMap((_, i) => (fold.get(groups[i]!) === f ? [] : [i]));
    if (train.length === x.length || !train.length) continue;
    const args = [train.map((i) => x[i]!), train.map((i) => y[i]!), train.map((i) => sw[i]!)] as const;
    const m = newton ? fitLogisticNewton(...args, { l2 }) : fitLogistic(...args, { l2, steps, tol });
    x.forEach((row, i) => {
      if (fold.get(groups[i]!) === f) p[i] = 1 / (1 + Math.exp(-row.reduce((s, v, k) => s + v * m.weights[k]!, m.bias)));
    });
  }
  return p;
}

/** Pooled cross-validated log loss (weighted by sampleWeight) per strength, and the strength with the lowest. */
export function chooseL2(x: number[][], y: number[], groups: string[], options: CvOptions = {}): { l2: number; losses: { l2: number; loss: number }[] } {
  const sw = options.sampleWeight ?? x.map(() => 1);
  const losses = (options.grid ?? L2_GRID).map((l2) => {
    const p = outOfFold(x, y, groups, l2, options);
    let [loss, total] = [0, 0];
    p.forEach((pi, i) => {
      if (Number.isNaN(pi)) return;
      loss -= sw[i]! * Math.log(Math.min(1 - 1e-12, Math.max(1e-12, y[i] ? pi : 1 - pi)));
      total += sw[i]!;
    });
    return { l2, loss: loss / (total || 1) };
  });
  const best = losses.reduce((a, b) => (b.loss < a.loss ? b : a));
  return { l2: best.l2, losses };
}
