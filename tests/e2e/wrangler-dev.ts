import { spawn, type ChildProcess } from "node:child_process";
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type { TestProject } from "vitest/node";
import buildFixtureIndex from "../worker/fixture-index";

/** A free loopback port. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

let child: ChildProcess | undefined;

/** Secrets made for this run: the Worker gets them as vars, the tests sign their webhook requests with them. */
function secrets() {
  const { publicKey, privateKey } = generateKeyPairSync("ed25519");
  return {
    slack: randomBytes(16).toString("hex"),
    telegram: randomBytes(16).toString("hex"),
    discordPublic: publicKey.export({ format: "der", type: "spki" }).subarray(-32).toString("hex"),
    discordPrivateJwk: JSON.stringify(privateKey.export({ format: "jwk" })),
  };
}

/**
 * Global setup for the end-to-end tests: starts `wrangler dev` on a loopback port (the real workerd,
 * where code compiled from strings is refused) with tests/e2e/wrangler.toml (the real app over the
 * fixture index, built here first), waits for /healthz, and stops it after the run.
 */
export default async function setup(project: TestProject) {
  buildFixtureIndex();
  const port = await freePort();
  const keys = secrets();
  const vars = [`SLACK_SIGNING_SECRET:${keys.slack}`, `TELEGRAM_SECRET_TOKEN:${keys.telegram}`, `DISCORD_PUBLIC_KEY:${keys.discordPublic}`];
  const args = ["wrangler", "dev", "-c", "tests/e2e/wrangler.toml", "--ip", "127.0.0.1", "--port", String(port), "--show-interactive-dev-session=false", "--var", ...vars];
  child = spawn("npx", args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: { ...process.env, WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" },
  });
  let log = "";
  child.stdout!.on("data", (d) => (log += d));
  child.stderr!.on("data", (d) => (log += d));
  const baseURL = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    try {
      const res = await fetch(`${baseURL}/healthz`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`wrangler dev did not start:\n${log.slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 500));
  }
  project.provide("baseURL", baseURL);
  project.provide("secrets", keys);
  return () => {
    if (child?.pid) {
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseURL: string;
    secrets: { slack: string; telegram: string; discordPublic: string; discordPrivateJwk: string };
  }
}
