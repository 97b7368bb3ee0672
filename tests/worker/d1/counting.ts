/**
 * A D1 database wrapped in a new object that counts the statements reading speaker mentions (the
 * speaker cache's load) into `counter`: a store that keeps its caches makes one such read per corpus
 * generation. Each call gives a new wrapper, as a binding that is a new object per request would be.
 */
export function counting(db: D1Database, counter = { loads: 0 }): { db: D1Database; loads: () => number } {
  const wrapped = new Proxy(db, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (key !== "prepare") return typeof value === "function" ? value.bind(target) : value;
      return (sql: string) => {
        // the loader's reads (every mention, or a changed key's), not a write's read of the names it replaces
        if (/^SELECT article, [^;]* FROM speaker_mentions/.test(sql)) counter.loads++;
        return target.prepare(sql);
      };
    },
  });
  return { db: wrapped, loads: () => counter.loads };
}

/** A D1 binding that counts the statements reading the whole speaker table (its stored parts, or every mention). */
export function tableReads(db: D1Database): { db: D1Database; n: () => number } {
  let n = 0;
  const wrapped = new Proxy(db, {
    get(target, key) {
      const value = Reflect.get(target, key) as unknown;
      if (key !== "prepare") return typeof value === "function" ? value.bind(target) : value;
      return (sql: string) => ((/FROM speaker_table|FROM speaker_mentions/.test(sql) && n++), target.prepare(sql));
    },
  });
  return { db: wrapped, n: () => n };
}
