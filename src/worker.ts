import indexFile from "../generated/index.bin";
import { storeEngine, StoreEngine } from "./answer";
import { createWorkerApp } from "./app";
import type { Bindings } from "./door/env";
import { deserializeIndex, SearchIndex } from "./index";
import { D1Store } from "./index/d1";

let index: SearchIndex | undefined;
let bundled: StoreEngine | undefined;
let archive: { store: D1Store; engine: StoreEngine } | undefined;

/**
 * The store the bindings choose: D1 (the `archive` environment's DB binding) when there is one, else
 * the prebuilt index (generated/index.bin; the Worker tests alias a fixture index), decoded once per
 * isolate on first use. The archive's store and engine are made once per isolate too, whatever object
 * each request's DB binding is: its caches (speakers, English tables) are invalidated only when the
 * corpus generation moves, never by a new binding object.
 */
function getEngine(env: Bindings | undefined): StoreEngine {
  const db = env?.DB;
  if (db) {
    if (archive) archive.store.use(db);
    else {
      const store = new D1Store(db);
      archive = { store, engine: new StoreEngine(store) };
    }
    return archive.engine;
  }
  return (bundled ??= storeEngine(() => (index ??= new SearchIndex(deserializeIndex(indexFile)))));
}

/** The entry: the app (REST and integrations, src/app.ts) over the bundled index or D1. */
export default createWorkerApp(getEngine);
