/**
 * The worst-case suite (issue 19): adversarial requests through the whole app in Node, over the bundled
 * index, each timed after warm-up. Target: every one within 10 ms (a Free-plan Worker's CPU budget).
 * Part of `npm run bench`; `npm run bench -- --only worst` runs it alone and replaces its section of
 * docs/benchmarks.md in place.
 */
import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { loadEngine } from "../../src/answer";
import { createWorkerApp } from "../../src/app";
import { summaryWork } from "../../src/corpus/summary";
import { table } from "../eval/table";
import { percentile } from "./measure";
import { worstCases } from "./worst-inputs";

/** Timed runs per case after WARM_UP untimed ones; the figures are the median and the slowest run. */
const RUNS = 15;
const WARM_UP = 5;
/** The target, ms per request. */
export const TARGET_MS = 10;

/** Runs the suite; returns the markdown section (heading included). */
export async function worstCaseSection(indexPath = "generated/index.bin"): Promise<string> {
  const bytes = new Uint8Array(readFileSync(indexPath));
  const engine = loadEngine(bytes);
  const app = createWorkerApp(() => engine);
  const rows: string[][] = [];
  for (const c of worstCases()) {
    const body = JSON.stringify(c.body);
    const send = () => app.request(c.path, { method: "POST", headers: { "content-type": "application/json" }, body });
    for (let i = 0; i < WARM_UP; i++) await (await send()).text();
    const times: number[] = [];
    const cpu: number[] = [];
    let status = 0;
    const before = { ...summaryWork };
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const c = process.cpuUsage();
      const res = await send();
      await res.text();
      const used = process.cpuUsage(c);
      times.push(performance.now() - t);
      cpu.push((used.user + used.system) / 1000);
      status = res.status;
    }
    times.sort((a, b) => a - b);
    cpu.sort((a, b) => a - b);
    const pairs = (summaryWork.pairs - before.pairs) / RUNS;
    const worst = cpu.at(-1)!;
    const p90 = percentile(cpu, 90);
    rows.push([c.name, `${(body.length / 1000).toFixed(1)}k`, String(status), percentile(times, 50).toFixed(2), times.at(-1)!.toFixed(2), percentile(cpu, 50).toFixed(2), p90.toFixed(2), worst.toFixed(2), String(Math.round(pairs)), worst <= TARGET_MS ? "yes" : p90 <= TARGET_MS ? "p90 only" : "**no**"]);
    console.error(rows.at(-1)!.join(" | "));
  }
  return [
    "## Worst cases: bounded work per request\n",
    `Adversarial requests (scripts/bench/worst-inputs.ts) through the whole app (\`app.request\`, validation and JSON included) in Node over the bundled index, ${RUNS} runs each after ${WARM_UP} warm-up runs, ms: wall time, and the process's CPU time (user + system, \`process.cpuUsage\`) over the request (all of the process's threads: V8's GC and compiler threads and tsx's loader count too, so it is an upper bound). Load average of the machine (2 cores, shared) when the suite ended: ${loadavg()[0]!.toFixed(1)}; at such loads the slowest run measures the machine more than the request. "pairs" is the sentence pairs the summary compared per request (bounded by MAX_GRAPH_SENTENCES²). Target: every run within ${TARGET_MS} ms of CPU (the Free plan's budget); the posted-text caps are MAX_TEXT_WORDS and MAX_TEXT_SENTENCES (src/answer/summaries.ts).\n`,
    table(["request", "body chars", "status", "wall median ms", "wall slowest ms", "CPU median ms", "CPU p90 ms", "CPU slowest ms", "pairs", `CPU within ${TARGET_MS} ms`], rows),
  ].join("\n");
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await worstCaseSection());
