/** Timing helpers for the benchmark. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export interface Latency {
  /** Median over rounds of each round's median, ms. */
  median: number;
  /** Median over rounds of each round's p99, ms. */
  p99: number;
  /** The worst round's p99, ms: what a run of one round could have printed. */
  worstP99: number;
}

const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);

/**
 * Runs fn over every question of every round and returns the per-question median and p99 in ms.
 * A warm-up pass over other questions comes first (the JIT settles). Each round asks its own
 * questions, so no cache of the engine's sees a measured question twice; the figures are the median
 * over rounds, because this VM stalls for 4-10 ms a few times a second whatever runs (see noiseFloor).
 */
export async function latency(rounds: string[][], warmUp: string[], fn: (q: string) => unknown): Promise<Latency> {
  for (const q of warmUp) await fn(q);
  const medians: number[] = [];
  const p99s: number[] = [];
  for (const questions of rounds) {
    const times: number[] = [];
    for (const q of questions) {
      const t = performance.now();
      await fn(q);
      times.push(performance.now() - t);
    }
    times.sort((a, b) => a - b);
    medians.push(percentile(times, 50));
    p99s.push(percentile(times, 99));
  }
  return { median: median(medians), p99: median(p99s), worstP99: Math.max(...p99s) };
}

/**
 * The machine's own noise: a fixed, allocation-free loop of about 0.1 ms timed 1,000 times.
 * Any spread here is the VM's (preemption, frequency), not an engine's.
 */
export function noiseFloor(): { median: number; p99: number; max: number } {
  let x = 0;
  const work = () => {
    let s = 0;
    for (let i = 0; i < 40_000; i++) s += Math.sqrt(i ^ x);
    x = s & 7;
  };
  for (let i = 0; i < 500; i++) work();
  const times: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    work();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99), max: times.at(-1)! };
}

export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
}

export const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
/** "median / p99 (worst round's p99)". */
export const lat = (l: Latency) => `${ms(l.median)} / ${ms(l.p99)} (${ms(l.worstP99)})`;
