import type { SearchIndex } from "../index";

/** Worker bindings: secrets for the integrations (see .dev.vars.example). */
export interface Bindings {
  SLACK_SIGNING_SECRET?: string;
  TELEGRAM_SECRET_TOKEN?: string;
  DISCORD_PUBLIC_KEY?: string;
}

export interface AppEnv {
  Bindings: Bindings;
  Variables: { index: SearchIndex };
}
