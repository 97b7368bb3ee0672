/**
 * Logistic regression by batch gradient descent on standardized features, with L2 and sample
 * weights; returns weights on the raw features (standardization folded back in).
 */
export function fitLogistic(x: number[][], y: number[], sampleWeight: number[], { l2 = 1e-3, steps = 3000, rate = 0.5 } = {}): { weights: number[]; bias: number } {
  const d = x[0]?.length ?? 0;
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const row of x) row.forEach((v, k) => (mean[k]! += v / x.length));
  for (const row of x) row.forEach((v, k) => (sd[k]! += (v - mean[k]!) ** 2 / x.length));
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k]!) || 1;
  const z = x.map((row) => row.map((v, k) => (v - mean[k]!) / sd[k]!));
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
  }
  const weights = w.map((wk, k) => wk / sd[k]!);
  return { weights, bias: b - weights.reduce((s, wk, k) => s + wk * mean[k]!, 0) };
}
