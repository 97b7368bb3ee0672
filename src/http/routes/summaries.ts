import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { MAX_SUMMARY_TEXT, summarizeArticle, summarizeQuestion, summarizeText } from "../../answer/summaries";
import type { AppEnv } from "../env";
import { ProblemError } from "../problem";
import { json, problems, queryInt, questionText } from "../schemas";
import { ArticleIdParam } from "./articles";

const tags = ["Summaries"];
const sentencesField = queryInt("sentences", 1, 10, 3);

const SummaryItemSchema = z
  .object({ text: z.string(), article_id: z.string().optional(), paragraph: z.number().int().optional() })
  .openapi("SummarySentence");

const ArticleSummarySchema = z
  .object({
    article_id: z.string(),
    title: z.string(),
    summary: z.array(SummaryItemSchema),
    key_quotes: z.array(z.object({ speaker: z.string(), speaker_title: z.string().nullable(), text: z.string(), paragraph: z.number().int() })),
  })
  .openapi("ArticleSummary");

const articleSummary = createRoute({
  method: "get",
  path: "/v1/articles/{id}/summary",
  tags,
  summary: "An article's extractive summary (computed at build time) and its key quotes",
  request: { params: ArticleIdParam, query: z.object({ sentences: sentencesField.openapi({ param: { name: "sentences", in: "query" }, example: 3 }) }) },
  responses: { 200: json(ArticleSummarySchema, "The summary, sentences in reading order"), ...problems(400, 404) },
});

const SummarizeBody = z
  .object({
    text: z.string().trim().min(1, "text must not be empty").optional().openapi({ description: `Arabic text, up to ${MAX_SUMMARY_TEXT} characters; lines are paragraphs` }),
    article_id: z.string().min(1).max(200).optional(),
    question: questionText.optional().openapi({ example: "العقوبات على بيلاروس" }),
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
  responses: {
    200: json(
      z.object({ summary: z.array(SummaryItemSchema), truncated: z.object({ sentences_used: z.number().int(), words_used: z.number().int(), detail: z.string() }).optional(), article_id: z.string().optional(), title: z.string().optional(), question: z.string().optional(), found: z.boolean().optional(), articles: z.array(z.string()).optional() }),
      "The summary",
    ),
    ...problems(400, 404, 413, 415),
  },
});

export function mountSummaries(app: OpenAPIHono<AppEnv>): void {
  app.openapi(articleSummary, (c) => {
    const { id } = c.req.valid("param");
    const { sentences } = c.req.valid("query");
    const result = summarizeArticle(c.get("index"), id, sentences);
    if (!result) throw new ProblemError("not_found", `no article with id "${id}"`);
    return c.json(result, 200);
  });
  app.openapi(summarizeRoute, (c) => {
    const body = c.req.valid("json");
    const index = c.get("index");
    if (body.text !== undefined) {
      if (body.text.length > MAX_SUMMARY_TEXT) throw new ProblemError("payload_too_large", `text is ${body.text.length} characters; the limit is ${MAX_SUMMARY_TEXT}`);
      return c.json(summarizeText(body.text, body.sentences), 200);
    }
    if (body.article_id !== undefined) {
      const result = summarizeArticle(index, body.article_id, body.sentences);
      if (!result) throw new ProblemError("not_found", `no article with id "${body.article_id}"`);
      return c.json({ article_id: result.article_id, title: result.title, summary: result.summary.map((s) => ({ ...s, article_id: result.article_id })) }, 200);
    }
    const question = body.question!;
    return c.json({ question, ...summarizeQuestion(index, question, body.sentences) }, 200);
  });
}
