import type { Hono } from "hono";
import type { AppEnv } from "../http/env";
import { mountDiscord } from "./discord/routes";
import { mountMcp } from "./mcp/routes";
import { mountOpenAI } from "./openai/routes";
import { mountSlack } from "./slack/routes";
import { mountTelegram } from "./telegram/routes";

/** Every chat-bot protocol: OpenAI-compatible chat, MCP, and the Slack, Telegram and Discord webhooks. */
export function mountIntegrations(app: Hono<AppEnv>): void {
  mountOpenAI(app);
  mountMcp(app);
  mountSlack(app);
  mountTelegram(app);
  mountDiscord(app);
}
