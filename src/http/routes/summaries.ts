import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { MAX_SUMMARY_TEXT } from "../../answer";
import type { AppEnv } from "../../door/env";
import { ArticleSummaryResponseSchema, json, problems, queryInt, questionText, SummarizeResponseSchema } from "../schemas";
import { ArticleIdParam } from "./articles";

const tags = ["Summaries"];
/** `sentences` in the query: 1..10, default 3, decimal digits given once (0x3, 1e1, 2.0 or a repeat are 400), as top_k and limit. */
const sentencesField = queryInt("sentences", 1, 10, 3);

const articleSummary = createRoute({
  method: "get",
  path: "/v1/articles/{id}/summary",
  tags,
  summary: "An article's extractive summary (computed at build time) and its key quotes",
  request: { params: ArticleIdParam, query: z.object({ sentences: sentencesField.openapi({ param: { name: "sentences", in: "query" }, example: 3 }) }) },
  responses: { 200: json(ArticleSummaryResponseSchema, "The summary, sentences in reading order"), ...problems(400, 404) },
});

const SummarizeBody = z
  .object({
    text: z.string().trim().min(1, "text must not be empty").optional().openapi({ description: `Arabic text, up to ${MAX_SUMMARY_TEXT} characters; lines are paragraphs` }),
    article_id: z.string().min(1).max(200).optional(),
    question: questionText.optional().openapi({ description: "a question in Arabic or English", example: "العقوبات على بيلاروس" }),
    sentences: z.number().int().min(1).max(10).default(3),
  })
  .refine((b) => [b.text, b.article_id, b.question].filter((x) => x !== undefined).length === 1, {
    message: "give exactly one of text, article_id, question",
  })
  .openapi("SummarizeRequest");

const summarizeRoute = createRoute({
  method: "post",
  path: "/v1/summarize",
  tags,
  summary: "Summarize posted text, an article, or what the corpus says on a question",
  request: { body: { required: true, content: { "application/json": { schema: SummarizeBody } } } },
  responses: { 200: json(SummarizeResponseSchema, "The summary"), ...problems(400, 404, 413, 415) },
});

export function mountSummaries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(articleSummary, async (c) => {
    const { id } = c.req.valid("param");
    const { sentences } = c.req.valid("query");
    return c.json(await c.get("engine").articleSummary(id, sentences), 200);
  });
  app.openapi(summarizeRoute, async (c) => {
    const { text, article_id, question, sentences } = c.req.valid("json");
    const input = text !== undefined ? { text } : article_id !== undefined ? { article_id } : { question: question! };
    return c.json(await c.get("engine").summarize(input, sentences), 200);
  });
}
