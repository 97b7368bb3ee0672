import { z } from "@hono/zod-openapi";

/** Longest question accepted, in characters. */
export const MAX_QUESTION_CHARS = 1000;

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    issues: z.array(z.unknown()).optional(),
  })
  .openapi("Problem");

export const QuoteSchema = z
  .object({
    speaker: z.string().nullable().openapi({ example: "سامر خليل" }),
    speaker_title: z.string().nullable().optional().openapi({ example: "المتحدث باسم الوزارة" }),
    speaker_latin: z.string().nullable().optional().openapi({ example: "Samer Khalil" }),
    text: z.string().openapi({ example: "سنعلن القرار غداً" }),
    kind: z.enum(["direct", "reported"]).optional(),
  })
  .openapi("Quote");

export const PassageSchema = z
  .object({
    article_id: z.string(),
    paragraph: z.number().int().min(1),
    text: z.string(),
    score: z.number(),
    quotes: z.array(QuoteSchema),
  })
  .openapi("Passage");

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
    context: z.array(questionText).max(20).optional().openapi({
      description: "earlier questions of the same conversation, oldest first (default none): a follow-up that names no one takes its speaker from them, as in chat completions",
      example: ["ماذا قال المتحدث باسم الحكومة؟"],
    }),
  })
  .openapi("AskRequest");

export const AskQuerySchema = z.object({
  q: questionText.openapi({ param: { name: "q", in: "query" }, example: "أين سيعقد الاجتماع؟" }),
  top_k: z.coerce.number().int().min(1).max(20).default(3).openapi({ param: { name: "top_k", in: "query" } }),
  summary: z.enum(["true", "false"]).default("false").transform((v) => v === "true").openapi({ param: { name: "summary", in: "query" } }),
});

export const AskResponseSchema = z
  .object({
    question: z.string(),
    language: z.enum(["ar", "en"]),
    found: z.boolean(),
    answer: z.string(),
    passages: z.array(PassageSchema),
    summary: z.array(z.object({ text: z.string(), article_id: z.string().optional(), paragraph: z.number().int().optional() })).optional(),
  })
  .openapi("AskResponse");

export const SearchQuerySchema = z.object({
  q: questionText.openapi({ param: { name: "q", in: "query" }, example: "عقوبات الولايات المتحدة" }),
  limit: z.coerce.number().int().min(1).max(100).default(10).openapi({ param: { name: "limit", in: "query" } }),
});

export const SearchResponseSchema = z
  .object({
    query: z.string(),
    results: z.array(z.object({ article_id: z.string(), paragraph: z.number().int(), text: z.string(), score: z.number() })),
  })
  .openapi("SearchResponse");

export const ArticleSummarySchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    paragraphs: z.number().int(),
  })
  .openapi("ArticleListItem");

export const ArticleSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    source: z.string().nullable(),
    url: z.string().nullable(),
    language: z.string(),
    paragraphs: z.array(z.object({ paragraph: z.number().int(), text: z.string(), quotes: z.array(QuoteSchema) })),
  })
  .openapi("Article");

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
