import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../door/env";
import { json, problems, SearchQuerySchema, SearchResponseSchema } from "../schemas";

const route = createRoute({
  method: "get",
  path: "/v1/search",
  tags: ["Questions"],
  summary: "Rank paragraphs by BM25, Arabic or English query (always returns the ranking, no relevance floor)",
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResponseSchema, "Ranked paragraphs"), ...problems(400) },
});

export function mountSearch(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, async (c) => {
    const { q, limit } = c.req.valid("query");
    return c.json(await c.get("engine").search(q, limit), 200);
  });
}
