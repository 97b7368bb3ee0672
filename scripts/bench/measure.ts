/** Timing helpers for the benchmark. */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs fn over every question and returns median and p99 in milliseconds. A warm-up pass over other
 * questions comes first (the JIT settles), so no cache of the engine's sees the measured questions twice.
 */
export async function latency(questions: string[], warmUp: string[], fn: (q: string) => unknown): Promise<{ median: number; p99: number }> {
  for (const q of warmUp) await fn(q);
  const times: number[] = [];
  for (const q of questions) {
    const t = performance.now();
    await fn(q);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return { median: percentile(times, 50), p99: percentile(times, 99) };
}

export function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return (m.heapUsed + m.arrayBuffers) / 1024 / 1024;
}

export const ms = (x: number) => (x < 1 ? x.toFixed(3) : x < 100 ? x.toFixed(2) : x.toFixed(0));
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2);
