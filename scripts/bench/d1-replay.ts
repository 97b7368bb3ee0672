/**
 * Recording and replaying a D1 database's results, to time the Worker's own JavaScript without the
 * wait for D1 (scripts/bench/archive-cpu.ts, archive-write-cpu.ts): run a request once over
 * recording(db, log), then again over replay(log).
 */

/** A D1Database that records the results of every call (in order) into `log`. */
export function recording(db: D1Database, log: unknown[]): D1Database {
  const wrap = (s: D1PreparedStatement): D1PreparedStatement =>
    ({
      bind: (...v: unknown[]) => wrap(s.bind(...v)),
      all: async () => { const r = await s.all(); log.push(structuredClone(r)); return r; },
      first: async (c?: string) => { const r = await (c ? s.first(c) : s.first()); log.push(structuredClone(r)); return r; },
      run: async () => { const r = await s.run(); log.push(structuredClone(r)); return r; },
      real: s,
    }) as unknown as D1PreparedStatement;
  return {
    prepare: (sql: string) => wrap(db.prepare(sql)),
    batch: async (stmts: D1PreparedStatement[]) => {
      const r = await db.batch(stmts.map((s) => (s as unknown as { real: D1PreparedStatement }).real));
      log.push(structuredClone(r));
      return r;
    },
  } as unknown as D1Database;
}

/** A D1Database that answers every call with the next recorded result, at once. */
export function replay(log: unknown[]): D1Database {
  const next = async () => structuredClone(log.shift());
  const stmt: D1PreparedStatement = { bind: () => stmt, all: next, first: next, run: next } as unknown as D1PreparedStatement;
  return { prepare: () => stmt, batch: next } as unknown as D1Database;
}

/** Process CPU time (user + system, ms) spent while `fn` runs. */
export async function cpu(fn: () => Promise<unknown>): Promise<number> {
  const c0 = process.cpuUsage();
  await fn();
  const c = process.cpuUsage(c0);
  return (c.user + c.system) / 1000;
}

