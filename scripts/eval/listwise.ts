/**
 * A linear listwise ranker: softmax cross-entropy of the gold candidate among each query's candidates
 * (ListNet with one relevant item), by batch gradient descent on standardized features with L2 and
 * query weights. Returns weights on the raw features (a per-query constant does not change a ranking,
 * so the standardization's shift drops out).
 */
export interface RankQuery {
  /** Candidates' feature vectors. */
  features: number[][];
  /** Index of the gold candidate in `features`. */
  gold: number;
  weight: number;
}

export function fitListwise(queries: RankQuery[], { l2 = 1e-3, steps = 1500, rate = 0.5, init }: { l2?: number; steps?: number; rate?: number; init?: number[] } = {}): number[] {
  const d = queries[0]?.features[0]?.length ?? 0;
  const rows = queries.flatMap((q) => q.features);
  const mean = new Array<number>(d).fill(0);
  const sd = new Array<number>(d).fill(0);
  for (const r of rows) r.forEach((v, k) => (mean[k]! += v / rows.length));
  for (const r of rows) r.forEach((v, k) => (sd[k]! += (v - mean[k]!) ** 2 / rows.length));
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k]!) || 1;
  const z = queries.map((q) => q.features.map((r) => r.map((v, k) => (v - mean[k]!) / sd[k]!)));
  const total = queries.reduce((s, q) => s + q.weight, 0) || 1;
  let w = init ? init.map((v, k) => v * sd[k]!) : new Array<number>(d).fill(0);
  for (let step = 0; step < steps; step++) {
    const g = w.map((wk) => l2 * wk);
    queries.forEach((q, i) => {
      const s = z[i]!.map((r) => r.reduce((a, v, k) => a + v * w[k]!, 0));
      const top = Math.max(...s);
      const e = s.map((v) => Math.exp(v - top));
      const sum = e.reduce((a, v) => a + v, 0);
      z[i]!.forEach((r, c) => {
        const err = ((e[c]! / sum - (c === q.gold ? 1 : 0)) * q.weight) / total;
        r.forEach((v, k) => (g[k]! += err * v));
      });
    });
    w = w.map((wk, k) => wk - rate * g[k]!);
  }
  return w.map((wk, k) => wk / sd[k]!);
}
