import type { SearchIndex } from "../index";

/** Worker bindings: secrets for the integrations (see .dev.vars.example). */
export interface Bindings {
  SLACK_SIGNING_SECRET?: string;
  TELEGRAM_SECRET_TOKEN?: string;
  DISCORD_PUBLIC_KEY?: string;
  /** Origins allowed to call the read API from a browser: "*" (default) or a comma-separated list. */
  CORS_ORIGINS?: string;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: { index: SearchIndex };
}
