/**
 * CPU time of the calling thread alone, for the worst-case bench: a Cloudflare Worker's CPU limit counts
 * the isolate's own thread, while `process.cpuUsage` counts every thread of the process (V8's concurrent
 * GC and compiler threads, libuv's pool). On Linux `/proc/thread-self/schedstat` gives, as its first
 * field, the nanoseconds the calling thread has run on a CPU (the scheduler's sum_exec_runtime); in Node
 * that is the main thread, the one running the request and the GC work done on it.
 *
 * The kernel brings a running thread's figure up to date only at a scheduler event (a timer tick, every
 * 4 ms at this machine's HZ=250, or a switch), so a plain read can lag by up to a tick (measured: off from
 * process.cpuUsage by up to 5 ms over a 1-4 ms busy loop, when nothing else ran). Each reading therefore first
 * sleeps for 0.1 ms (Atomics.wait with a timeout: a futex sleep, and the switch accounts the thread's slice;
 * a 1 µs wait may time out before it sleeps), costing about 20 µs of CPU and 0.1-0.2 ms of wall time;
 * measured so, the two agree within 0.18 ms over 300 such loops.
 */
import { closeSync, openSync, readSync } from "node:fs";

const buffer = Buffer.alloc(96);
const cell = new Int32Array(new SharedArrayBuffer(4));
let fd: number | null | undefined;

/** The calling thread's CPU time in ms since it started, or null where /proc/thread-self/schedstat is missing (not Linux, or no schedstat). */
export function threadCpuMs(): number | null {
  if (fd === undefined) {
    try {
      fd = openSync("/proc/thread-self/schedstat", "r");
    } catch {
      fd = null;
    }
  }
  if (fd === null) return null;
  Atomics.wait(cell, 0, 0, 0.1);
  // a /proc file is regenerated on every read from offset 0: one open, one positioned read per reading
  const n = readSync(fd, buffer, 0, buffer.length, 0);
  const text = buffer.toString("latin1", 0, n);
  return Number(text.slice(0, text.indexOf(" "))) / 1e6;
}

/** Closes the file threadCpuMs keeps open (the next reading reopens it). */
export function closeThreadCpu(): void {
  if (typeof fd === "number") closeSync(fd);
  fd = undefined;
}

/** A busy loop of `ms` of wall time, read by threadCpuMs, process.cpuUsage and the clock: a check that the thread's figure is plausible. */
export function busyLoopCheck(ms = 20): { wall: number; thread: number | null; process: number } {
  const t = threadCpuMs();
  const c = process.cpuUsage();
  const start = performance.now();
  while (performance.now() - start < ms);
  const wall = performance.now() - start;
  const used = process.cpuUsage(c);
  return { wall, thread: t === null ? null : threadCpuMs()! - t, process: (used.user + used.system) / 1000 };
}
