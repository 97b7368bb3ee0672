import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { integrationStatus, type AppEnv } from "../../door/env";
import { HealthSchema, json } from "../schemas";

const route = createRoute({
  method: "get",
  path: "/healthz",
  tags: ["Service"],
  summary: "Liveness, corpus size and which integrations are enabled",
  responses: { 200: json(HealthSchema, "Service status") },
});

export function mountHealth(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { articles, paragraphs, indexVersion } = await c.get("engine").stats();
    return c.json({ status: "ok" as const, articles, paragraphs, index_version: indexVersion, integrations: integrationStatus(c.env) }, 200);
  });
}
