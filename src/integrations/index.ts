import { Hono } from "hono";
import type { AppEnv } from "../door/env";
import { apiAccess } from "../door/access";
import { limitBody, methodGuard } from "../door/guards";
import { mcpGuard } from "./mcp/guard";
import { handleError } from "../door/problem";
import { mountDiscord } from "./discord/routes";
import { mountMcp } from "./mcp/routes";
import { createOpenAI } from "./openai/routes";
import { mountSlack } from "./slack/routes";
import { mountTelegram } from "./telegram/routes";

/**
 * Every chat-bot protocol as one Hono app: OpenAI-compatible chat (its own sub-app, errors in OpenAI's
 * shape), MCP, and the Slack, Telegram and Discord webhooks (errors as problem+json).
 */
export function createIntegrations(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  // the MCP transport's rules first (Origin, methods, media type; errors as JSON-RPC), then key and rate limit
  app.use("/mcp", mcpGuard());
  app.use("/mcp", apiAccess());
  app.use("/mcp", limitBody());
  app.use("/integrations/*", limitBody());
  mountMcp(app);
  mountSlack(app);
  mountTelegram(app);
  mountDiscord(app);
  methodGuard(app);
  // after the guard, so the chat routes' wrong methods get the OpenAI sub-app's own 405
  app.route("/", createOpenAI());
  return app;
}
