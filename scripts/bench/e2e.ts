import { spawn } from "node:child_process";
import autocannon from "autocannon";
import { table } from "../eval/table";

const REQUESTS = 3000;
const CONNECTIONS = 10;

async function waitFor(url: string, deadline: number): Promise<void> {
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 500));
  }
}

function run(opts: autocannon.Options): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => autocannon(opts, (err, result) => (err ? reject(err) : resolve(result))));
}

/** /healthz (the floor) and /v1/ask under autocannon against wrangler dev on a loopback port. */
export async function endToEnd(): Promise<string> {
  const port = 8800 + Math.floor(Math.random() * 100);
  const child = spawn("npx", ["wrangler", "dev", "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false"], {
    detached: true,
    stdio: "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`, Date.now() + 90_000);
    const health = await run({ url: `${base}/healthz`, connections: CONNECTIONS, amount: REQUESTS });
    const ask = await run({
      url: `${base}/v1/ask`,
      connections: CONNECTIONS,
      amount: REQUESTS,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ question: "ماذا قال المتحدث باسم الكرملين عن الزيارة؟" }),
    });
    const row = (name: string, r: autocannon.Result) => [name, String(r.requests.total), r.requests.average.toFixed(0), String(r.latency.p50), String(r.latency.p99), String(r.non2xx)];
    const ratio = ask.requests.average / health.requests.average;
    return [
      `${REQUESTS} requests each, ${CONNECTIONS} connections, bundled corpus.\n`,
      table(["route", "requests", "req/s", "latency p50 ms", "latency p99 ms", "non-2xx"], [row("GET /healthz", health), row("POST /v1/ask", ask)]),
      `\n/v1/ask throughput is ${(ratio * 100).toFixed(0)}% of /healthz's (target: at least 90%).`,
    ].join("\n");
  } finally {
    if (child.pid) process.kill(-child.pid, "SIGTERM");
  }
}
