import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { toPassage } from "../../answer/passages";
import type { AppEnv } from "../env";
import { ProblemError } from "../problem";
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
  app.openapi(list, (c) => {
    const articles = c.get("index").articles.map((a) => ({
      id: a.id,
      title: a.title,
      date: a.date ?? null,
      source: a.source ?? null,
      paragraphs: a.paragraphCount,
    }));
    return c.json({ articles }, 200);
  });
  app.openapi(one, (c) => {
    const index = c.get("index");
    const { id } = c.req.valid("param");
    const a = index.article(id);
    if (!a) throw new ProblemError("not_found", `no article with id "${id}"`);
    const paragraphs = Array.from({ length: a.paragraphCount }, (_, i) => {
      const p = toPassage(index, a.firstParagraph + i, 0);
      return { paragraph: p.paragraph, text: p.text, quotes: p.quotes };
    });
    return c.json(
      { id: a.id, title: a.title, date: a.date ?? null, source: a.source ?? null, url: a.url ?? null, language: a.language, paragraphs },
      200,
    );
  });
}
