/**
 * One new process = one new isolate: loads the index file given, asks one question and prints
 * {load, wall, cpu, thread} in ms as JSON (cpu: this process's user + system time over the question, which a
 * shared machine inflates less than wall time, but which counts V8's background compiler and GC threads
 * too; thread: the main thread's own CPU, thread-cpu.ts, null off Linux). Run by first.ts, not by hand.
 */
import { readFileSync } from "node:fs";
import { answer } from "../../src/answer";
import { deserializeIndex, SearchIndex } from "../../src/index";
import { threadCpuMs } from "./thread-cpu";

const [file, question] = process.argv.slice(2);
const bytes = readFileSync(file!);
let t = performance.now();
const index = new SearchIndex(deserializeIndex(bytes));
const load = performance.now() - t;
const th = threadCpuMs();
const c = process.cpuUsage();
t = performance.now();
const r = answer(index, question!, 3);
const wall = performance.now() - t;
const used = process.cpuUsage(c);
const thread = th === null ? null : threadCpuMs()! - th;
console.log(JSON.stringify({ load, wall, cpu: (used.user + used.system) / 1000, thread, found: r.found }));
