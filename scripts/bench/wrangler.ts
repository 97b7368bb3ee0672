import { spawn } from "node:child_process";
import { openSync } from "node:fs";

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

/**
 * Starts `wrangler dev` on a loopback port (its [build] step builds the index) and waits for /healthz.
 * `config`: another wrangler config file (default: wrangler.toml); `args`: more wrangler dev arguments
 * (default none), e.g. --env archive. `pid` is the process group's leader.
 */
export async function startWranglerDev(config?: string, args: string[] = []): Promise<{ base: string; stop: () => void; pid: number }> {
  const port = 8800 + Math.floor(Math.random() * 100);
  const child = spawn("npx", ["wrangler", "dev", ...(config ? ["-c", config] : []), "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false", ...args], {
    detached: true,
    // WRANGLER_DEV_LOG=FILE keeps wrangler dev's output (default: dropped)
    stdio: process.env.WRANGLER_DEV_LOG ? ["ignore", openSync(process.env.WRANGLER_DEV_LOG, "a"), openSync(process.env.WRANGLER_DEV_LOG, "a")] : "ignore",
    env: { ...process.env, WRANGLER_SEND_METRICS: "false" },
  });
  const stop = () => {
    try {
      if (child.pid) process.kill(-child.pid, "SIGTERM");
    } catch {
      // already gone
    }
  };
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitFor(`${base}/healthz`, Date.now() + 90_000);
  } catch (e) {
    stop();
    throw e;
  }
  return { base, stop, pid: child.pid! };
}
