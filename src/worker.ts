import indexFile from "../generated/index.bin";
import { storeEngine, StoreEngine } from "./answer";
import { createWorkerApp } from "./app";
import type { Bindings } from "./door/env";
import { deserializeIndex, SearchIndex } from "./index";
import { D1Store } from "./index/d1";

let index: SearchIndex | undefined;
let bundled: StoreEngine | undefined;
let archive: { db: D1Database; engine: StoreEngine } | undefined;

/**
 * The store the bindings choose: D1 (the `archive` environment's DB binding) when there is one, else
 * the prebuilt index (generated/index.bin; the Worker tests alias a fixture index), decoded once per
 * isolate on first use.
 */
function getEngine(env: Bindings | undefined): StoreEngine {
  const db = env?.DB;
  if (db) {
    if (archive?.db !== db) archive = { db, engine: new StoreEngine(new D1Store(db)) };
    return archive.engine;
  }
  return (bundled ??= storeEngine(() => (index ??= new SearchIndex(deserializeIndex(indexFile)))));
}

/** The entry: the app (REST and integrations, src/app.ts) over the bundled index or D1. */
export default createWorkerApp(getEngine);
