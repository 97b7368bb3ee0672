import { describe, expect, it } from "vitest";
import { fitLogistic, fitLogisticNewton } from "../../scripts/eval/logistic";
import { chooseL2, L2_GRID, outOfFold } from "../../scripts/eval/logistic-cv";

// Data made for the test: the second feature separates the classes perfectly (an unregularized
// logistic fit has no finite optimum), the first is the same -3 everywhere, as a corpus feature with
// no evidence on any example is; its float mean is off by ~1e-15 for 161 rows.
const rows = 161;
const x = Array.from({ length: rows }, (_, i) => [-3, i < 120 ? 1 + (i % 7) / 10 : -1 - (i % 5) / 10]);
const y = x.map((r) => Number(r[1]! > 0));
const ones = x.map(() => 1);
const score = (m: { weights: number[]; bias: number }, r: number[]) => r.reduce((s, v, k) => s + v * m.weights[k]!, m.bias);

describe("logistic fit (scripts/eval/logistic.ts)", () => {
  it("converges on separable data with L2: finite, bounded, and the same with more steps", () => {
    const a = fitLogistic(x, y, ones, { l2: 0.01, steps: 20000, tol: 1e-9 });
    const b = fitLogistic(x, y, ones, { l2: 0.01, steps: 40000, tol: 1e-12 });
    for (const m of [a, b]) for (const v of [...m.weights, m.bias]) expect(Math.abs(v)).toBeLessThan(100);
    a.weights.forEach((w, k) => expect(w).toBeCloseTo(b.weights[k]!, 5));
    expect(a.bias).toBeCloseTo(b.bias, 5);
    // and it still separates
    x.forEach((r, i) => expect(score(a, r) > 0).toBe(y[i] === 1));
  });

  it("gives a feature constant on the examples weight 0, not its rounding error's inverse", () => {
    const m = fitLogistic(x, y, ones, { l2: 0.01, steps: 4000 });
    expect(m.weights[0]).toBe(0);
    // an unseen value of that feature cannot swing the score
    expect(Math.abs(score(m, [0, 1]) - score(m, [-3, 1]))).toBe(0);
  });

  it("refuses a zero or negative L2 (the fit would have no finite optimum on separable data)", () => {
    expect(() => fitLogistic(x, y, ones, { l2: 0 })).toThrow(/l2 must be positive/);
  });

  it("chooses the L2 strength by cross-validation by group, from the grid", () => {
    // noisy labels: one example in four flipped, so a weak penalty overfits less separable folds
    const noisy = y.map((v, i) => (i % 4 === 0 ? 1 - v : v));
    const groups = x.map((_, i) => `a${i % 23}`);
    const cv = chooseL2(x, noisy, groups, { steps: 3000, tol: 1e-6 });
    expect(L2_GRID).toContain(cv.l2);
    expect(cv.losses).toHaveLength(L2_GRID.length);
    const best = Math.min(...cv.losses.map((c) => c.loss));
    expect(cv.losses.find((c) => c.l2 === cv.l2)!.loss).toBe(best);
    for (const c of cv.losses) expect(Number.isFinite(c.loss)).toBe(true);
  });

  it("Newton's method reaches the optimum gradient descent approaches, with sample weights", () => {
    const noisy = y.map((v, i) => (i % 4 === 0 ? 1 - v : v));
    const sw = x.map((_, i) => 1 + (i % 3));
    const gd = fitLogistic(x, noisy, sw, { l2: 0.01, steps: 200000, tol: 1e-10 });
    const nt = fitLogisticNewton(x, noisy, sw, { l2: 0.01 });
    nt.weights.forEach((w, k) => expect(w).toBeCloseTo(gd.weights[k]!, 4));
    expect(nt.bias).toBeCloseTo(gd.bias, 4);
    expect(nt.weights[0]).toBe(0);
    expect(() => fitLogisticNewton(x, y, ones, { l2: 0 })).toThrow(/l2 must be positive/);
  });

  it("out-of-fold probabilities come from a model that never saw the example's group", () => {
    const groups = x.map((_, i) => `a${i % 23}`);
    const p = outOfFold(x, y, groups, 0.01, { newton: true });
    expect(p.every((v) => v > 0 && v < 1)).toBe(true);
    // a group whose labels contradict everything else is predicted by the others, not by itself
    const flipped = y.map((v, i) => (groups[i] === "a0" ? 1 - v : v));
    const q = outOfFold(x, flipped, groups, 0.01, { newton: true });
    groups.forEach((g, i) => g === "a0" && expect(q[i]! > 0.5).toBe(y[i] === 1));
    // weighted pooled loss: an example weighing 0 does not count
    const sw = x.map((_, i) => (i === 0 ? 0 : 1));
    const weighted = chooseL2(x, flipped, groups, { newton: true, sampleWeight: sw });
    expect(L2_GRID).toContain(weighted.l2);
  });
});
