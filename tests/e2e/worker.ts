/**
 * The Worker as the end-to-end tests run it: the real app (src/worker.ts's createWorkerApp) over the
 * fixture index (tests/fixtures/articles), so the e2e suite does not depend on, or overwrite,
 * generated/index.bin.
 */
import fixtureIndex from "../../generated/fixture-index.bin";
import { loadEngine, type Engine } from "../../src/answer";
import { createWorkerApp } from "../../src/app";

let engine: Engine | undefined;

export default createWorkerApp(() => (engine ??= loadEngine(fixtureIndex)));
