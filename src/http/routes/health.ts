import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { INDEX_FORMAT_VERSION } from "../../index";
import type { AppEnv, Bindings } from "../env";
import { HealthSchema, json } from "../schemas";

const route = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Service"],
  summary: "Liveness, corpus size and which integrations are enabled",
  responses: { 200: json(HealthSchema, "Service status") },
});

/** Which chat integrations have their secret set. An integration without one answers 404. */
export function integrationStatus(env: Bindings | undefined): Record<string, "enabled" | "disabled"> {
  const on = (secret: string | undefined) => (secret ? "enabled" : "disabled");
  return {
    slack: on(env?.SLACK_SIGNING_SECRET),
    telegram: on(env?.TELEGRAM_SECRET_TOKEN),
    discord: on(env?.DISCORD_PUBLIC_KEY),
  };
}

export function mountHealth(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, (c) => {
    const index = c.get("index");
    return c.json(
      {
        status: "ok" as const,
        articles: index.articles.length,
        paragraphs: index.paragraphCount,
        index_version: INDEX_FORMAT_VERSION,
        integrations: integrationStatus(c.env),
      },
      200,
    );
  });
}
