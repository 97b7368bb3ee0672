import { execFileSync } from "node:child_process";
import WebSocket from "ws";

/** Memory of the workerd under one `wrangler dev`: its resident set, and each isolate's V8 heap after a full GC. */
export interface WorkerdMemory {
  /** Resident set of the workerd processes in the dev server's process group, MiB. */
  rssMiB: number;
  /** V8 heap in use after HeapProfiler.collectGarbage, MiB, by isolate (NaN when its inspector did not answer). */
  heaps: Record<string, number>;
}

/** Resident set (MiB) of the workerd processes in process group `pgid` (Linux `ps`). */
export function workerdRss(pgid: number): number {
  const out = execFileSync("ps", ["-o", "rss=,comm=", "-g", String(pgid)], { encoding: "utf8" });
  return out.split("\n").filter((l) => /workerd/.test(l)).reduce((sum, l) => sum + Number(l.trim().split(/\s+/)[0]) / 1024, 0);
}

/** Sends one DevTools command on an open socket and waits for its answer. */
function command(ws: WebSocket, id: number, method: string): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${method}: no answer`)), 30_000);
    const onMessage = (raw: WebSocket.RawData) => {
      const msg = JSON.parse(String(raw)) as { id?: number; result?: Record<string, unknown> };
      if (msg.id !== id) return;
      clearTimeout(timer);
      ws.off("message", onMessage);
      resolve(msg.result ?? {});
    };
    ws.on("message", onMessage);
    ws.send(JSON.stringify({ id, method }));
  });
}

/** The DevTools endpoint of workerd's own inspector (`--inspector-addr`, set by miniflare) in process group `pgid`. */
async function inspectorBase(pgid: number): Promise<string | undefined> {
  const ps = execFileSync("ps", ["-o", "pid=,args=", "-g", String(pgid)], { encoding: "utf8" });
  const pid = ps.split("\n").find((l) => /workerd serve .*--inspector-addr/.test(l))?.trim().split(/\s+/)[0];
  if (!pid) return undefined;
  const ss = execFileSync("ss", ["-ltnpH"], { encoding: "utf8" });
  for (const line of ss.split("\n").filter((l) => l.includes(`pid=${pid},`))) {
    const port = /127\.0\.0\.1:(\d+)/.exec(line)?.[1];
    if (!port) continue;
    const ok = await fetch(`http://127.0.0.1:${port}/json`).then((r) => r.ok, () => false);
    if (ok) return `http://127.0.0.1:${port}`;
  }
  return undefined;
}

/**
 * V8 heap in use after a full GC, MiB, of each isolate of the workerd under `wrangler dev` (the user
 * Worker, miniflare's D1 and cache objects, its entry Worker), through workerd's own inspector. What
 * stays after a full GC is what an isolate retains.
 */
export async function workerdHeaps(pgid: number): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const base = await inspectorBase(pgid);
  if (!base) return out;
  const targets = (await (await fetch(`${base}/json`)).json()) as Array<{ id: string; webSocketDebuggerUrl: string }>;
  for (const t of targets) {
    try {
      const ws = new WebSocket(t.webSocketDebuggerUrl);
      await new Promise((resolve, reject) => (ws.once("open", resolve), ws.once("error", reject)));
      try {
        await command(ws, 1, "HeapProfiler.collectGarbage");
        const usage = await command(ws, 2, "Runtime.getHeapUsage");
        out[t.id] = Number(usage.usedSize) / 1024 / 1024;
      } finally {
        ws.close();
      }
    } catch {
      out[t.id] = NaN;
    }
  }
  return out;
}

/** Both figures at once: the RSS and the heap of the isolates that hold more than 1 MiB. */
export async function workerdMemory(pgid: number): Promise<WorkerdMemory> {
  const heaps = await workerdHeaps(pgid);
  return { rssMiB: workerdRss(pgid), heaps: Object.fromEntries(Object.entries(heaps).filter(([, v]) => !(v < 1))) };
}
