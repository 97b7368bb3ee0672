import type { SearchIndex } from "../index";
import type { AccessBindings } from "./middleware/access";

/** Worker bindings: secrets for the integrations (see .dev.vars.example). */
export interface Bindings extends AccessBindings {
  SLACK_SIGNING_SECRET?: string;
  TELEGRAM_SECRET_TOKEN?: string;
  DISCORD_PUBLIC_KEY?: string;
  /** Origins allowed to call the read API from a browser: "*" (default) or a comma-separated list. */
  CORS_ORIGINS?: string;
  /** Browser origins allowed to call /mcp: a comma-separated list or "*"; unset (default) = the Worker's own origin only. */
  MCP_ALLOWED_ORIGINS?: string;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: { index: SearchIndex };
}
