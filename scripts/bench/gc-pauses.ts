/**
 * The main thread's GC pauses, for the worst-case bench: what part of a slow request was V8 collecting
 * garbage. Node reports each pause (scavenge, mark-compact finalization, incremental steps) as a `gc`
 * performance entry, delivered after the fact; the bench reads them once its runs have yielded.
 */
import { PerformanceObserver } from "node:perf_hooks";

/** A GC pause: its start on the performance.now() clock and its length, ms. */
export interface GcPause {
  start: number;
  ms: number;
}

/** Starts recording GC pauses into the returned array (the caller empties it); `stop` ends the recording. */
export function recordGcPauses(): { pauses: GcPause[]; stop: () => void } {
  const pauses: GcPause[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, ms: e.duration });
  });
  observer.observe({ entryTypes: ["gc"] });
  return { pauses, stop: () => observer.disconnect() };
}

/** The total length of the pauses that started within [from, to). */
export function pausedWithin(pauses: GcPause[], from: number, to: number): number {
  return pauses.filter((g) => g.start >= from && g.start < to).reduce((sum, g) => sum + g.ms, 0);
}
