import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";

/**
 * Runs `fn` on a throwaway local D1 of the archive (wrangler's own SQLite, as `wrangler dev --env
 * archive` runs it), with migrations/ applied, in a temp folder removed afterwards. `fn` gets the
 * database and the persist folder (pass `--persist-to DIR` to a wrangler dev that should share it).
 */
export async function withLocalArchive<T>(fn: (db: D1Database, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  try {
    execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--env", "archive", "--local", "--persist-to", dir], { stdio: "ignore", env: { ...process.env, CI: "1" } });
    const proxy = await getPlatformProxy<{ DB: D1Database }>({ environment: "archive", persist: { path: join(dir, "v3") } });
    try {
      return await fn(proxy.env.DB, dir);
    } finally {
      await proxy.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
