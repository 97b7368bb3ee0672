import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";

type Proxy = Awaited<ReturnType<typeof getPlatformProxy<{ DB: D1Database }>>>;

/** Times a call's synchronous part (prepare, bind) is tried on a new proxy before its error is thrown. */
const ATTEMPTS = 5;

/**
 * A D1Database over wrangler's local proxy that survives the proxy's synchronous-call failure under
 * load (miniflare's SynchronousFetcher asserting `message?.id === id` from `prepare`, after which the
 * proxy answers no more: docs/benchmarks.md, "The archive (D1)"). Statements are only noted when
 * prepared and bound, and made on the proxy when run: the synchronous calls all come before anything
 * is sent to D1, so when one fails nothing was written, and the proxy is replaced (same persisted
 * database) and the call made again. A failure once sent is thrown as it is.
 */
function resilientDb(open: () => Promise<Proxy>, first: Proxy): { db: D1Database; dispose: () => Promise<void> } {
  let proxy = first;
  type Noted = { sql: string; args: unknown[] };
  const real = (n: Noted) => proxy.env.DB.prepare(n.sql).bind(...n.args);
  async function made<T>(make: () => T): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return make();
      } catch (error) {
        if (attempt >= ATTEMPTS || (error as Error)?.name !== "AssertionError") throw error;
        console.warn(`\narchive-db: wrangler's local proxy failed (${(error as Error).message}); a new one, attempt ${attempt + 1}`);
        await proxy.dispose().catch(() => undefined);
        proxy = await open();
      }
    }
  }
  const statement = (n: Noted): D1PreparedStatement =>
    ({
      noted: n,
      bind: (...args: unknown[]) => statement({ sql: n.sql, args }),
      // each awaits the statement first, then calls it: made() may have replaced the proxy meanwhile
      all: async () => (await made(() => real(n))).all(),
      first: async (column?: string) => {
        const s = await made(() => real(n));
        return column ? s.first(column) : s.first();
      },
      run: async () => (await made(() => real(n))).run(),
      raw: async () => (await made(() => real(n))).raw(),
    }) as unknown as D1PreparedStatement;
  const db = {
    prepare: (sql: string) => statement({ sql, args: [] }),
    batch: async (stmts: D1PreparedStatement[]) => {
      const ready = await made(() => stmts.map((s) => real((s as unknown as { noted: Noted }).noted)));
      return proxy.env.DB.batch(ready); // the proxy of the statements made, a new one if made() replaced it
    },
  } as unknown as D1Database;
  return { db, dispose: () => proxy.dispose() };
}

/**
 * Runs `fn` on a throwaway local D1 of the archive (wrangler's own SQLite, as `wrangler dev --env
 * archive` runs it), with migrations/ applied, in a temp folder removed afterwards. `fn` gets the
 * database (resilientDb: the local proxy replaced if it fails under load) and the persist folder
 * (pass `--persist-to DIR` to a wrangler dev that should share it).
 */
export async function withLocalArchive<T>(fn: (db: D1Database, dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), "archive-"));
  try {
    execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--env", "archive", "--local", "--persist-to", dir], { stdio: "ignore", env: { ...process.env, CI: "1" } });
    const open = () => getPlatformProxy<{ DB: D1Database }>({ environment: "archive", persist: { path: join(dir, "v3") } });
    const { db, dispose } = resilientDb(open, await open());
    try {
      return await fn(db, dir);
    } finally {
      await dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` on the local D1 persisted at `path` (wrangler's `v3` state folder; default
 * .wrangler/state/v3, where `npm run ingest` loads and `wrangler dev --env archive` reads), through
 * resilientDb as withLocalArchive does. Nothing is migrated or removed.
 */
export async function withArchiveAt<T>(path: string | undefined, fn: (db: D1Database) => Promise<T>): Promise<T> {
  const open = () => getPlatformProxy<{ DB: D1Database }>({ environment: "archive", ...(path ? { persist: { path } } : {}) });
  const { db, dispose } = resilientDb(open, await open());
  try {
    return await fn(db);
  } finally {
    await dispose();
  }
}
