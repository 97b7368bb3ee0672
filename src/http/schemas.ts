import { z } from "@hono/zod-openapi";
import * as engine from "../answer";
import { MAX_CONTEXT_TURNS, MAX_QUESTION_CHARS } from "../answer";

export { MAX_QUESTION_CHARS };

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    issues: z.array(z.unknown()).optional(),
  })
  .openapi("Problem");

// The responses are the engine's own schemas (src/answer/schemas.ts), named here for OpenAPI (zod's
// own .meta id: the engine's schemas are plain zod); MCP uses the same ones as its tools' output schemas.
export const QuoteSchema = engine.QuoteSchema.meta({ id: "Quote" });
export const PassageSchema = engine.PassageSchema.meta({ id: "Passage" });
export const AskResponseSchema = engine.AskResultSchema.meta({ id: "AskResponse" });
export const SearchResponseSchema = engine.SearchResultSchema.meta({ id: "SearchResponse" });
export const ArticleSummarySchema = engine.ArticleListItemSchema.meta({ id: "ArticleListItem" });
export const ArticleSchema = engine.ArticleSchema.meta({ id: "Article" });
export const SpeakerSchema = engine.SpeakerSchema.meta({ id: "Speaker" });
export const QuotesResponseSchema = engine.QuotesResultSchema.meta({ id: "SpeakerQuotes" });
export const SummaryItemSchema = engine.SummaryItemSchema.meta({ id: "SummarySentence" });
export const ArticleSummaryResponseSchema = engine.ArticleSummarySchema.meta({ id: "ArticleSummary" });
export const SummarizeResponseSchema = engine.SummarizeResultSchema.meta({ id: "SummarizeResponse" });

/**
 * A whole-number query parameter, strictly: given once, decimal digits only (no 0x3, 3.0, 1e1 or blanks),
 * within min..max; `fallback` when absent. A repeated parameter is a 400 that says so.
 */
export function queryInt(name: string, min: number, max: number, fallback: number) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? undefined : `${name} must be given once`) })
    .regex(/^[0-9]{1,9}$/, `${name} must be a whole number written in decimal digits`)
    .optional()
    .transform((v) => (v === undefined ? fallback : Number(v)))
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`));
}

export const questionText = z
  .string()
  .trim()
  .min(1, "question must not be empty")
  .max(MAX_QUESTION_CHARS, `question must be at most ${MAX_QUESTION_CHARS} characters`);

export const AskBodySchema = z
  .object({
    question: questionText.openapi({ example: "ماذا قال المتحدث باسم الحكومة؟" }),
    top_k: z.number().int().min(1).max(20).default(3).openapi({ example: 3 }),
    summary: z.boolean().default(false).openapi({ description: "add a short extractive summary of the passages" }),
    context: z
      .array(questionText)
      .max(MAX_CONTEXT_TURNS)
      .default([])
      .openapi({ description: "earlier questions of the same conversation, oldest first (default none): a follow-up that names no one (\"and what did he say?\") takes the speaker they resolved, as in chat completions and MCP", example: ["What did the minister say?"] }),
  })
  .openapi("AskRequest");

export const AskQuerySchema = z.object({
  q: questionText.openapi({ param: { name: "q", in: "query" }, example: "أين سيعقد الاجتماع؟" }),
  top_k: queryInt("top_k", 1, 20, 3).openapi({ param: { name: "top_k", in: "query" } }),
  summary: z.enum(["true", "false"]).default("false").transform((v) => v === "true").openapi({ param: { name: "summary", in: "query" } }),
});

export const SearchQuerySchema = z.object({
  q: questionText.openapi({ param: { name: "q", in: "query" }, example: "عقوبات الولايات المتحدة" }),
  limit: queryInt("limit", 1, 100, 10).openapi({ param: { name: "limit", in: "query" } }),
});

export const HealthSchema = z
  .object({
    status: z.literal("ok"),
    articles: z.number().int(),
    paragraphs: z.number().int(),
    index_version: z.number().int(),
    integrations: z.record(z.string(), z.enum(["enabled", "disabled"])).optional(),
  })
  .openapi("Health");

/** Standard error responses for a route's OpenAPI description. */
export function problems(...statuses: number[]) {
  const out: Record<number, { description: string; content: { "application/problem+json": { schema: typeof ProblemSchema } } }> = {};
  for (const s of statuses) out[s] = { description: "Problem (RFC 9457)", content: { "application/problem+json": { schema: ProblemSchema } } };
  return out;
}

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { "application/json": { schema } } };
}
