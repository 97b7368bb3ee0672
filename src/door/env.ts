import type { StoreEngine } from "../answer";
import type { AccessBindings } from "./access";

/** Worker bindings: secrets for the integrations (see .dev.vars.example). */
export interface Bindings extends AccessBindings {
  SLACK_SIGNING_SECRET?: string;
  TELEGRAM_SECRET_TOKEN?: string;
  DISCORD_PUBLIC_KEY?: string;
  /** Origins allowed to call the read API from a browser: "*" (default) or a comma-separated list. */
  CORS_ORIGINS?: string;
  /** Browser origins allowed to call /mcp: a comma-separated list or "*"; unset (default) = the Worker's own origin only. */
  MCP_ALLOWED_ORIGINS?: string;
  /** The archive's D1 database (the `archive` environment): when bound, the Worker answers from it instead of the bundled index. */
  DB?: D1Database;
  /** Bearer token of the ingestion routes (POST/PUT/DELETE /v1/articles); unset (default) = they answer 404. */
  INGEST_TOKEN?: string;
}

/** What every door's Hono app sees: the bindings, and the engine the entry sets per request. */
export interface AppEnv {
  Bindings: Bindings;
  Variables: { engine: StoreEngine };
}

/** Which chat integrations have their secret set. An integration without one answers 404. */
export function integrationStatus(env: Bindings | undefined): Record<string, "enabled" | "disabled"> {
  const on = (secret: string | undefined) => (secret ? "enabled" : "disabled");
  return {
    slack: on(env?.SLACK_SIGNING_SECRET),
    telegram: on(env?.TELEGRAM_SECRET_TOKEN),
    discord: on(env?.DISCORD_PUBLIC_KEY),
  };
}
