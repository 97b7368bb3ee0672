import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../env";
import { json, problems, SearchQuerySchema, SearchResponseSchema } from "../schemas";

const route = createRoute({
  method: "get",
  path: "/v1/search",
  tags: ["Questions"],
  summary: "Rank paragraphs by BM25 (always returns the ranking, no relevance floor)",
  request: { query: SearchQuerySchema },
  responses: { 200: json(SearchResponseSchema, "Ranked paragraphs"), ...problems(400) },
});

export function mountSearch(app: OpenAPIHono<AppEnv>): void {
  app.openapi(route, (c) => {
    const { q, limit } = c.req.valid("query");
    const index = c.get("index");
    const results = index.search(q, { limit }).map((h) => ({
      article_id: index.articleOf(h.doc).id,
      paragraph: index.paragraphNumber(h.doc),
      text: index.text(h.doc),
      score: Math.round(h.score * 1000) / 1000,
    }));
    return c.json({ query: q, results }, 200);
  });
}
