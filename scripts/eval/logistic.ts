/**
 * Logistic regression by batch gradient descent on standardized features, with L2 and sample
 * weights; returns weights on the raw features (standardization folded back in).
 *
 * It cannot diverge: `l2` must be positive (the penalized loss is strongly convex, so the weights stay
 * bounded even when a feature separates the examples), and a feature that is constant on the examples
 * (spread under 1e-9 of its size: a column of -3s whose float mean is off by 1e-16) gets weight 0
 * instead of being divided by its rounding error (that gave weights and a bias of ~1e10).
 * Options: `l2` (default 1e-3, on the standardized weights), `steps` (most gradient steps, default 3000),
 * `rate` (default 0.5), `tol` (stop once no gradient component exceeds it; default 0: run every step).
 */
export function fitLogistic(x: number[][], y: number[], sampleWeight: number[], { l2 = 1e-3, steps = 3000, rate = 0.5, tol = 0 } = {}): { weights: number[]; bias: number } {
  if (!(l2 > 0)) throw new Error(`fitLogistic: l2 must be positive (got ${l2})`);
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, k) => (mean[k]! += v / x.length));
  for (const row of x) row.forEach((v, k) => (sd[k]! += (v - mean[k]!) ** 2 / x.length));
  const constant = mean.map((m, k) => Math.sqrt(sd[k]!) <= 1e-9 * (1 + Math.abs(m)));
  for (let k = 0; k < d; k++) sd[k] = constant[k] ? 1 : Math.sqrt(sd[k]!);
  const z = x.map((row) => row.map((v, k) => (constant[k] ? 0 : (v - mean[k]!) / sd[k]!)));
  const total = sampleWeight.reduce((s, w) => s + w, 0);
  let w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = w.map((wk) => l2 * wk);
    let gb = 0;
    z.forEach((row, i) => {
      const p = 1 / (1 + Math.exp(-(b + row.reduce((s, v, k) => s + v * w[k]!, 0))));
      const e = ((p - y[i]!) * sampleWeight[i]!) / total;
      row.forEach((v, k) => (gw[k]! += e * v));
      gb += e;
    });
    w = w.map((wk, k) => wk - rate * gw[k]!);
    b -= rate * gb;
    if (tol > 0 && Math.abs(gb) <= tol && gw.every((g) => Math.abs(g) <= tol)) break;
  }
  const weights = w.map((wk, k) => (constant[k] ? 0 : wk / sd[k]!));
  if (![...weights, b].every(Number.isFinite)) throw new Error("fitLogistic: the fit did not converge (a weight is not finite)");
  return { weights, bias: b - weights.reduce((s, wk, k) => s + wk * mean[k]!, 0) };
}
