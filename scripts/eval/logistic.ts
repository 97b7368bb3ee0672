/**
 * Logistic regression on standardized features, with L2 and sample weights; returns weights on the raw
 * features (standardization folded back in). Two solvers of the same objective (the weighted mean log
 * loss plus l2 / 2 times the squared standardized weights): batch gradient descent (fitLogistic) and
 * Newton's method (fitLogisticNewton: exact in a few steps; what cross-validated fits use).
 *
 * Neither can diverge: `l2` must be positive (the penalized loss is strongly convex, so the weights stay
 * bounded even when a feature separates the examples), and a feature that is constant on the examples
 * (spread under 1e-9 of its size: a column of -3s whose float mean is off by 1e-16) gets weight 0
 * instead of being divided by its rounding error (that gave weights and a bias of ~1e10).
 */

interface Standardized {
  z: number[][];
  mean: number[];
  sd: number[];
  constant: boolean[];
}

function standardize(x: number[][]): Standardized {
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, k) => (mean[k]! += v / x.length));
  for (const row of x) row.forEach((v, k) => (sd[k]! += (v - mean[k]!) ** 2 / x.length));
  const constant = mean.map((m, k) => Math.sqrt(sd[k]!) <= 1e-9 * (1 + Math.abs(m)));
  for (let k = 0; k < d; k++) sd[k] = constant[k] ? 1 : Math.sqrt(sd[k]!);
  return { z: x.map((row) => row.map((v, k) => (constant[k] ? 0 : (v - mean[k]!) / sd[k]!))), mean, sd, constant };
}

/** Standardized weights and bias back on the raw features. */
function unstandardize(s: Standardized, w: number[], b: number): { weights: number[]; bias: number } {
  const weights = w.map((wk, k) => (s.constant[k] ? 0 : wk / s.sd[k]!));
  if (![...weights, b].every(Number.isFinite)) throw new Error("fitLogistic: the fit did not converge (a weight is not finite)");
  return { weights, bias: b - weights.reduce((sum, wk, k) => sum + wk * s.mean[k]!, 0) };
}

/**
 * Gradient descent. Options: `l2` (default 1e-3, on the standardized weights), `steps` (most gradient
 * steps, default 3000), `rate` (default 0.5), `tol` (stop once no gradient component exceeds it; default 0: run every step).
 */
export function fitLogistic(x: number[][], y: number[], sampleWeight: number[], { l2 = 1e-3, steps = 3000, rate = 0.5, tol = 0 } = {}): { weights: number[]; bias: number } {
  if (!(l2 > 0)) throw new Error(`fitLogistic: l2 must be positive (got ${l2})`);
  const s = standardize(x);
  const total = sampleWeight.reduce((sum, w) => sum + w, 0);
  let w = new Array<number>(s.mean.length).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = w.map((wk) => l2 * wk);
    let gb = 0;
    s.z.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-(b + row.reduce((sum, v, k) => sum + v * w[k]!, 0))));
      const e = ((p - y[i]!) * sampleWeight[i]!) / total;
      row.forEach((v, k) => (gw[k]! += e * v));
      gb += e;
    });
    w = w.map((wk, k) => wk - rate * gw[k]!);
    b -= rate * gb;
    if (tol > 0 && Math.abs(gb) <= tol && gw.every((g) => Math.abs(g) <= tol)) break;
  }
  return unstandardize(s, w, b);
}

/**
 * Newton's method on the same objective as fitLogistic (the same optimum, reached in ~10 steps of
 * O(n d^2)). Options: `l2` (default 1e-3), `steps` (most Newton steps, default 50), `tol` (stop once no
 * step component exceeds it, default 1e-9).
 */
export function fitLogisticNewton(x: number[][], y: number[], sampleWeight: number[], { l2 = 1e-3, steps = 50, tol = 1e-9 } = {}): { weights: number[]; bias: number } {
  if (!(l2 > 0)) throw new Error(`fitLogisticNewton: l2 must be positive (got ${l2})`);
  const s = standardize(x);
  const d = s.mean.length + 1; // the bias is the last coordinate, unpenalized
  const total = sampleWeight.reduce((sum, w) => sum + w, 0);
  const theta = new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const g = theta.map((t, k) => (k < d - 1 ? l2 * t : 0));
    const h = theta.map((_, r) => theta.map((_, c) => (r === c ? (r < d - 1 ? l2 : 0) + 1e-12 : 0)));
    s.z.forEach((row, i) => {
      const v = [...row, 1];
      const p = 1 / (1 + Math.exp(-v.reduce((sum, vk, k) => sum + vk * theta[k]!, 0)));
      const sw = sampleWeight[i]! / total;
      const [e, q] = [(p - y[i]!) * sw, p * (1 - p) * sw];
      for (let r = 0; r < d; r++) {
        g[r]! += e * v[r]!;
        for (let c = 0; c <= r; c++) h[r]![c]! += q * v[r]! * v[c]!;
      }
    });
    for (let r = 0; r < d; r++) for (let c = 0; c < r; c++) h[c]![r] = h[r]![c]!;
    const delta = solve(h, g);
    delta.forEach((dk, k) => (theta[k]! -= dk));
    if (delta.every((dk) => Math.abs(dk) <= tol)) break;
  }
  return unstandardize(s, theta.slice(0, d - 1), theta[d - 1]!);
}

/** Solves a x = b for a symmetric positive definite a (Gaussian elimination with partial pivoting; a and b are copied). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const f = m[r]![c]! / m[c]![c]!;
      for (let k = c; k <= n; k++) m[r]![k]! -= f * m[c]![k]!;
    }
  }
  const out = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) out[r] = (m[r]![n]! - m.slice(r + 1).reduce((s, _, j) => s + m[r]![r + 1 + j]! * out[r + 1 + j]!, 0)) / m[r]![r]!;
  return out;
}
