import indexFile from "../generated/index.bin";
import { loadEngine, type Engine } from "./answer";
import { createWorkerApp } from "./app";

let engine: Engine | undefined;

/** The prebuilt index (generated/index.bin; the Worker tests alias a fixture index), decoded once per isolate on first use. */
function getEngine(): Engine {
  engine ??= loadEngine(indexFile);
  return engine;
}

/** The entry: the app (REST and integrations, src/app.ts) over the bundled index. */
export default createWorkerApp(getEngine);
