/**
 * The L2 strength of a logistic fit (logistic.ts) chosen by cross-validation: the examples are cut into
 * folds by group (an article: its examples are not independent), each fold is scored by the mean log
 * loss of a model fit on the others, and the strength with the lowest pooled loss wins.
 */
import { fitLogistic } from "./logistic";

/** L2 strengths tried by default, on the standardized weights (weak to strong). */
export const L2_GRID = [1e-3, 3e-3, 1e-2, 3e-2, 0.1, 0.3, 1];

/** Options of a cross-validated fit; every one has its default. */
export interface CvOptions {
  /** Strengths tried (default L2_GRID). */
  grid?: number[];
  /** Folds (default 5): group i of the sorted group names goes to fold i mod folds. */
  folds?: number;
  /** Most gradient steps a fit (default 20000) and its stopping tolerance (default 1e-7). */
  steps?: number;
  tol?: number;
}

/** Pooled cross-validated log loss per strength, and the strength with the lowest. */
export function chooseL2(x: number[][], y: number[], groups: string[], { grid = L2_GRID, folds = 5, steps = 20000, tol = 1e-7 }: CvOptions = {}): { l2: number; losses: { l2: number; loss: number }[] } {
  const names = [...new Set(groups)].sort();
  const fold = new Map(names.map((g, i) => [g, i % folds]));
  const losses = grid.map((l2) => {
    let loss = 0;
    for (let f = 0; f < folds; f++) {
      const train = x.flatMap((_, i) => (fold.get(groups[i]!) === f ? [] : [i]));
      if (train.length === x.length || !train.length) continue;
      const m = fitLogistic(train.map((i) => x[i]!), train.map((i) => y[i]!), train.map(() => 1), { l2, steps, tol });
      x.forEach((row, i) => {
        if (fold.get(groups[i]!) !== f) return;
        const p = 1 / (1 + Math.exp(-row.reduce((s, v, k) => s + v * m.weights[k]!, m.bias)));
        loss -= Math.log(Math.min(1 - 1e-12, Math.max(1e-12, y[i] ? p : 1 - p)));
      });
    }
    return { l2, loss: loss / x.length };
  });
  const best = losses.reduce((a, b) => (b.loss < a.loss ? b : a));
  return { l2: best.l2, losses };
}
