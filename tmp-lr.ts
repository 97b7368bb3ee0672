import { nameScorer, NameCandidates } from "./src/names";
import { forward, marginal, MAX_ARABIC, MAX_LATIN } from "./src/names/model";
import { readPairs, trainParts } from "./scripts/translit/data";
const s = nameScorer(); const t = s.table;
const feats = (e: string, a: string) => {
  const j = Math.log(forward(t, e, a)[e.length]![a.length]!);
  const pe = Math.log(marginal(t.latinTotal, e, MAX_LATIN)), pa = Math.log(marginal(t.arabicTotal, a, MAX_ARABIC));
  const pmi = j - pe - pa;
  return [pmi, (j - pe) / a.length, (j - pa) / e.length, pmi / (e.length + a.length), e.length, a.length, 1];
};
function data(pairs: readonly (readonly [string, string])[]) {
  const list = [...new Set(pairs.map(([, a]) => a))];
  const c = new NameCandidates(list);
  const X: number[][] = [], y: number[] = [];
  for (const [e, a] of pairs) {
    const sc = c.for(e).flat().filter((w) => w !== a).map((w) => [w, s.score(e, w)] as const).sort((x, y) => y[1] - x[1]);
    X.push(feats(e, a)); y.push(1);
    if (sc[0] && sc[0][1] > -Infinity) { X.push(feats(e, sc[0][0])); y.push(0); }
  }
  return { X, y };
}
const { tune } = trainParts(readPairs("train"));
const tr = data(tune), ev = data(readPairs("eval"));
const mu = tr.X[0]!.map((_, k) => tr.X.reduce((n, x) => n + x[k]!, 0) / tr.X.length);
const sd = tr.X[0]!.map((_, k) => Math.sqrt(tr.X.reduce((n, x) => n + (x[k]! - mu[k]!) ** 2, 0) / tr.X.length) || 1);
const z = (x: number[]) => x.map((v, k) => (k === x.length - 1 ? 1 : (v - mu[k]!) / sd[k]!));
let w = new Array(7).fill(0);
for (let it = 0; it < 2000; it++) {
  const g = new Array(7).fill(0);
  tr.X.forEach((x, i) => { const zx = z(x); const p = 1 / (1 + Math.exp(-zx.reduce((n, v, k) => n + v * w[k], 0))); zx.forEach((v, k) => (g[k] += (p - tr.y[i]!) * v)); });
  w = w.map((v, k) => v - 0.5 * g[k] / tr.X.length);
}
console.log(w.map((v) => v.toFixed(2)).join(" "));
const prob = (x: number[]) => z(x).reduce((n, v, k) => n + v * w[k], 0);
for (const [name, d, f] of [["lr", ev, prob], ["pmi", ev, (x: number[]) => x[0]!]] as const) {
  // threshold at 3% of negatives on tune
  const negT = tr.X.filter((_, i) => tr.y[i] === 0).map(f).sort((a, b) => b - a);
  const th = negT[Math.floor(negT.length * 0.03)]!;
  for (const [nm, dd] of [["tune", tr], ["eval", d]] as const) {
    const pos = dd.X.filter((_, i) => dd.y[i] === 1).map(f), neg = dd.X.filter((_, i) => dd.y[i] === 0).map(f);
    console.log(name, nm, "pos>=th", (pos.filter((v) => v >= th).length / pos.length).toFixed(3), "neg>=th", (neg.filter((v) => v >= th).length / neg.length).toFixed(3));
  }
}
