/**
 * EM for the unit model of src/names/model.ts: expected unit counts by forward-backward over every
 * way to cut a pair into units, probabilities re-estimated from the counts, rare units pruned.
 */
import { forward, MAX_ARABIC, MAX_LATIN, unitTable, type UnitTable } from "../../src/names/model";

export type Pair = readonly [latin: string, arabic: string];

/** Every unit a pair could be cut into: [latin, arabic, at i, at j] (ends of the unit). */
function* cuts(e: string, a: string): Generator<[string, string, number, number]> {
  for (let i = 0; i <= e.length; i++) {
    for (let j = 0; j <= a.length; j++) {
      for (let dl = 0; dl <= MAX_LATIN && dl <= i; dl++) {
        for (let da = dl === 0 ? 1 : 0; da <= MAX_ARABIC && da <= j; da++) yield [e.slice(i - dl, i), a.slice(j - da, j), i, j];
      }
    }
  }
}

/** The starting table: every unit some pair could hold, weighted by its shape only (one letter each side best). */
export function initialTable(pairs: readonly Pair[]): UnitTable {
  const shape = (l: string, a: string) => 1 / (1 + Math.abs(l.length - a.length) + Math.max(0, l.length - 1) + (a.length === 0 ? 1 : 0));
  const seen = new Map<string, [string, string, number]>();
  for (const [e, a] of pairs) for (const [l, ar] of cuts(e, a)) seen.set(`${l}|${ar}`, [l, ar, shape(l, ar)]);
  return unitTable([...seen.values()]);
}

/** Backward table: b[i][j] = P(the rest of both spellings, from Latin letter i and Arabic letter j). */
function backward(t: UnitTable, e: string, a: string): Float64Array[] {
  const n = e.length, m = a.length;
  const b = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  b[n]![m] = 1;
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      if (i === n && j === m) continue;
      let s = 0;
      for (let dl = 0; dl <= MAX_LATIN && i + dl <= n; dl++) {
        const row = t.p.get(e.slice(i, i + dl));
        if (!row) continue;
        for (let da = dl === 0 ? 1 : 0; da <= MAX_ARABIC && j + da <= m; da++) {
          const q = row.get(a.slice(j, j + da));
          if (q) s += b[i + dl]![j + da]! * q;
        }
      }
      b[i]![j] = s;
    }
  }
  return b;
}

/** One EM step: expected counts under `t` plus the prior's pseudo-counts, normalized; units below `minCount` expected uses dropped. Returns the table and the log-likelihood. */
export function emStep(t: UnitTable, pairs: readonly Pair[], minCount: number, prior: ReadonlyArray<readonly [string, string, number]> = []): { table: UnitTable; logLikelihood: number } {
  // the prior's pseudo-counts first (a Dirichlet prior): a unit it names keeps a share the data alone would not give it
  const counts = new Map<string, [string, string, number]>(prior.map(([l, a, c]) => [`${l}|${a}`, [l, a, c]]));
  let ll = 0;
  for (const [e, a] of pairs) {
    const f = forward(t, e, a);
    const z = f[e.length]![a.length]!;
    if (!(z > 0)) continue;
    ll += Math.log(z);
    const b = backward(t, e, a);
    for (const [l, ar, i, j] of cuts(e, a)) {
      const q = t.p.get(l)?.get(ar);
      if (!q) continue;
      const c = (f[i - l.length]![j - ar.length]! * q * b[i]![j]!) / z;
      if (c < 1e-6) continue;
      const key = `${l}|${ar}`;
      const entry = counts.get(key);
      if (entry) entry[2] += c;
      else counts.set(key, [l, ar, c]);
    }
  }
  const kept = [...counts.values()].filter(([, , c]) => c >= minCount);
  const total = kept.reduce((s, [, , c]) => s + c, 0);
  return { table: unitTable(kept.map(([l, a, c]) => [l, a, c / total])), logLikelihood: ll };
}

/** The most probable cut of a pair into units (Viterbi), as [latin, arabic] units in order; null when none. */
export function bestCut(t: UnitTable, e: string, a: string): Array<[string, string]> | null {
  const n = e.length, m = a.length;
  const v = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(-Infinity));
  const back: Array<Array<[number, number] | null>> = Array.from({ length: n + 1 }, () => new Array(m + 1).fill(null));
  v[0]![0] = 0;
  for (const [l, ar, i, j] of cuts(e, a)) {
    const q = t.p.get(l)?.get(ar);
    const from = v[i - l.length]![j - ar.length]!;
    if (!q || from === -Infinity) continue;
    const s = from + Math.log(q);
    if (s > v[i]![j]!) {
      v[i]![j] = s;
      back[i]![j] = [i - l.length, j - ar.length];
    }
  }
  if (v[n]![m] === -Infinity) return null;
  const out: Array<[string, string]> = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [pi, pj] = back[i]![j]!;
    out.push([e.slice(pi, i), a.slice(pj, j)]);
    [i, j] = [pi, pj];
  }
  return out.reverse();
}

/**
 * An alignment prior: one Latin letter with one Arabic letter of the same consonant class (src/analysis/
 * phonetic.ts: g, q, k, j, c with ك ق ج غ), each given `count` expected uses, so a spelling the training
 * names rarely show (the Maghrebi ك for g) keeps a probability in line with its sound.
 */
export function soundPrior(count: number, latinKey: (w: string) => string, arabicKey: (w: string) => string): Array<[string, string, number]> {
  const out: Array<[string, string, number]> = [];
  for (const l of "abcdefghijklmnopqrstuvwxyz") {
    for (let c = 0x621; c <= 0x64a; c++) {
      const a = String.fromCharCode(c);
      const k = latinKey(l);
      if (k.length === 1 && k === arabicKey(a)) out.push([l, a, count]);
    }
  }
  return out;
}
