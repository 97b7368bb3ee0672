import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../door/env";
import { ProblemError } from "../../door/problem";
import { ArticleSchema, ArticleSummarySchema, json, problems } from "../schemas";

const tags = ["Articles"];

const list = createRoute({
  method: "get",
  path: "/v1/articles",
  tags,
  summary: "List the corpus's articles",
  responses: { 200: json(z.object({ articles: z.array(ArticleSummarySchema) }), "All articles") },
});

export const ArticleIdParam = z.object({
  id: z.string().min(1).max(200).openapi({ param: { name: "id", in: "path" }, example: "000_1c09154c65ee4cf0" }),
});

const one = createRoute({
  method: "get",
  path: "/v1/articles/{id}",
  tags,
  summary: "One article with its paragraphs and their quotes",
  request: { params: ArticleIdParam },
  responses: { 200: json(ArticleSchema, "The article"), ...problems(404) },
});

export function mountArticles(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => c.json({ articles: await c.get("engine").articles() }, 200));
  app.openapi(one, async (c) => {
    const { id } = c.req.valid("param");
    const article = await c.get("engine").article(id);
    if (!article) throw new ProblemError("not_found", `no article with id "${id}"`);
    return c.json(article, 200);
  });
}
