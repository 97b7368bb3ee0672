import { Hono } from "hono";
import { Engine, storeEngine, type StoreEngine } from "./answer";
import { readCors } from "./door/cors";
import { securityHeaders } from "./door/security-headers";
import type { AppEnv, Bindings } from "./door/env";
import { handleError, problemResponse } from "./door/problem";
import { createApp } from "./http/app";
import { createIntegrations } from "./integrations";
import { createIngestion } from "./http/routes/ingest";

/**
 * The Worker's app: the REST API and the integrations (chat, MCP, webhooks) side by side, one engine
 * behind both; neither door imports the other. `getEngine` is called per request with the bindings
 * (the entry picks the store from them) and should return the same instance for the same store; an
 * Engine over one in-memory index (tests, benches) is served as the bundled store.
 */
export function createWorkerApp(getEngine: (env: Bindings | undefined) => StoreEngine | Engine): Hono<AppEnv> {
  const root = new Hono<AppEnv>();
  root.onError(handleError);
  // first, so every answer gets them, errors included; routes with their own policy (the page, /docs) keep it
  root.use("*", securityHeaders());
  root.notFound((c) => problemResponse("not_found", `no route for ${c.req.method} ${c.req.path}`));
  root.use("*", async (c, next) => {
    const engine = getEngine(c.env);
    c.set("engine", engine instanceof Engine ? storeEngine(engine.index) : engine);
    await next();
  });
  // CORS for the read API of both doors (REST and the OpenAI-compatible chat), never the webhooks or /mcp
  root.use("*", readCors());
  // the integrations first: their handlers answer before the REST app's middleware would run
  // live ingestion into D1 (its own token and body limit; 404 without the DB binding and INGEST_TOKEN)
  root.route("/", createIngestion());
  root.route("/", createIntegrations());
  root.route("/", createApp());
  return root;
}
