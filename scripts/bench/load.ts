/**
 * The load run (issue 19): 50 connections for 30 s against `wrangler dev` (bundled corpus), each cycling
 * through a mix of /v1/ask (an Arabic speaker question, an English one, random words), /v1/search,
 * /v1/quotes, streamed chat and bad inputs. Reports requests, errors (transport), responses by kind and
 * status, latency p50/p99, and workerd's resident memory before and after. The rate limiter is left out
 * (a config without [[ratelimits]], written to generated/): at 300 a minute per client it would answer
 * almost every request 429; the limiter has its own tests. `npm run bench -- --only load` runs it alone.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import autocannon from "autocannon";
import { transliterate } from "../../src/answer/english";
import { table } from "../eval/table";
import { random } from "../random";
import { startWranglerDev } from "./wrangler";

/** Connections and seconds of the run. */
export const LOAD_CONNECTIONS = 50;
export const LOAD_SECONDS = 30;

const JSON_HEADERS = { "content-type": "application/json" };

/** wrangler.toml without the rate limiter and the build step (the index is built first), in generated/. */
function configWithoutLimiter(): string {
  // tables start at a line beginning with "[" and run to the next one; drop [build] and [[ratelimits]]
  const blocks = readFileSync("wrangler.toml", "utf8").split(/\n(?=\[)/);
  const toml = blocks
    .filter((b) => !/^\[build\]|^\[\[ratelimits\]\]/.test(b))
    .join("\n")
    .replace('main = "src/worker.ts"', 'main = "../src/worker.ts"');
  writeFileSync("generated/wrangler.load.toml", toml);
  return "generated/wrangler.load.toml";
}

/** Resident memory of the process group's workerd, MB (Linux ps), or null. */
function workerdRss(pgid: number): number | null {
  try {
    const lines = execFileSync("ps", ["-o", "rss=,comm=", "-g", String(pgid)], { encoding: "utf8" }).split("\n");
    const kb = lines.filter((l) => /workerd/.test(l)).reduce((n, l) => n + Number(l.trim().split(/\s+/)[0]), 0);
    return kb ? kb / 1024 : null;
  } catch {
    return null;
  }
}

type Request = autocannon.Request & { kind: string };

/** The mix each connection cycles through; speaker names come from the running corpus. */
async function mix(base: string): Promise<Request[]> {
  const { speakers } = (await (await fetch(`${base}/v1/speakers`)).json()) as { speakers: { name: string; statements: number }[] };
  const top = [...speakers].sort((a, b) => b.statements - a.statements)[0]!.name;
  const next = random(19);
  const words = ["الاقتصاد", "النفط", "الزيارة", "المباراة", "الحكومة", "القمة", "الأسعار", "الصحة", "zebra", "quantum"];
  const randomWords = () => Array.from({ length: 3 }, () => words[Math.floor(next() * words.length)]).join(" ");
  const post = (path: string, body: unknown) => ({ method: "POST" as const, path, headers: JSON_HEADERS, body: JSON.stringify(body) });
  return [
    { kind: "ask ar", ...post("/v1/ask", { question: `ماذا قال ${top}؟` }) },
    { kind: "ask en", ...post("/v1/ask", { question: `What did ${transliterate(top.split(" ").at(-1)!)} say?` }) },
    { kind: "ask random words", ...post("/v1/ask", {}), setupRequest: (r) => ({ ...r, body: JSON.stringify({ question: randomWords() }) }) },
    { kind: "search", method: "GET", path: `/v1/search?q=${encodeURIComponent("أسعار النفط")}` },
    { kind: "quotes", method: "GET", path: `/v1/quotes?speaker=${encodeURIComponent(top)}` },
    { kind: "chat stream", ...post("/v1/chat/completions", { model: "arabic-news-qa", stream: true, messages: [{ role: "user", content: `ماذا قال ${top}؟` }] }) },
    { kind: "bad: broken JSON", method: "POST", path: "/v1/ask", headers: JSON_HEADERS, body: "{\"question\": " },
    { kind: "bad: text/plain", method: "POST", path: "/v1/ask", headers: { "content-type": "text/plain" }, body: "ماذا قال؟" },
    { kind: "bad: blank question", ...post("/v1/ask", { question: "   " }) },
    { kind: "bad: top_k=0x3", method: "GET", path: "/v1/ask?q=test&top_k=0x3" },
    { kind: "bad: unknown speaker", method: "GET", path: `/v1/quotes?speaker=${encodeURIComponent("زيد عبيد")}` },
  ] as Request[];
}

/** Runs the load; returns the markdown section (heading included). */
export async function loadSection(): Promise<string> {
  execFileSync("npm", ["run", "build:index"], { stdio: "ignore" });
  const { base, stop, pid } = await startWranglerDev(configWithoutLimiter());
  try {
    const requests = await mix(base);
    const byKind = new Map<string, Map<number, number>>();
    for (const r of requests) {
      byKind.set(r.kind, new Map());
      r.onResponse = (status) => {
        const m = byKind.get(r.kind)!;
        m.set(status, (m.get(status) ?? 0) + 1);
      };
    }
    // warm-up: each request once
    for (const r of requests) await fetch(base + r.path, { method: r.method, headers: r.headers as Record<string, string>, body: r.setupRequest ? JSON.stringify({ question: "النفط" }) : r.body });
    const rssBefore = workerdRss(pid);
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon({ url: base, connections: LOAD_CONNECTIONS, duration: LOAD_SECONDS, requests }, (err, res) => (err ? reject(err) : resolve(res))),
    );
    const rssAfter = workerdRss(pid);
    const rows = [...byKind].map(([kind, statuses]) => [kind, String([...statuses.values()].reduce((a, b) => a + b, 0)), [...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}: ${n}`).join(", ")]);
    const mb = (x: number | null) => (x === null ? "n/a" : `${x.toFixed(0)} MB`);
    return [
      "## Load: 50 connections, a mix of routes and bad inputs\n",
      `\`npm run bench -- --only load\`: ${LOAD_CONNECTIONS} connections for ${LOAD_SECONDS} s against \`wrangler dev\` on loopback (bundled corpus, rate limiter left out), each connection cycling through the ${requests.length} requests below. **The machine is shared with other engineers' builds and tests while this runs: the figures are indicative, not a capacity.**\n`,
      table(["requests", "transport errors", "timeouts", "non-2xx", "req/s (mean)", "latency p50 ms", "latency p99 ms", "max ms", "workerd RSS before / after"], [[
        String(result.requests.total), String(result.errors), String(result.timeouts), String(result.non2xx), result.requests.average.toFixed(0),
        String(result.latency.p50), String(result.latency.p99), String(result.latency.max), `${mb(rssBefore)} / ${mb(rssAfter)}`,
      ]]),
      "",
      table(["request", "responses", "by status"], rows),
    ].join("\n");
  } finally {
    stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(await loadSection());
