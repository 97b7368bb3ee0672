import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { answer, answerConversation, type AskResult } from "../../answer";
import { summarizePassages, type SummaryItem } from "../../answer/summaries";
import type { AppEnv } from "../env";
import { AskBodySchema, AskQuerySchema, AskResponseSchema, json, problems } from "../schemas";

const tags = ["Questions"];

const askPost = createRoute({
  method: "post",
  path: "/v1/ask",
  tags,
  summary: "Answer a question (Arabic or English) from the corpus",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: AskBodySchema,
          examples: {
            arabic: { value: { question: "ماذا قال المتحدث باسم الحكومة؟", top_k: 3 } },
            english: { value: { question: "What did the government spokesman say?" } },
          },
        },
      },
    },
  },
  responses: { 200: json(AskResponseSchema, "Answer with its passages"), ...problems(400, 413, 415) },
});

const askGet = createRoute({
  method: "get",
  path: "/v1/ask",
  tags,
  summary: "Answer a question given as ?q=",
  request: { query: AskQuerySchema },
  responses: { 200: json(AskResponseSchema, "Answer with its passages"), ...problems(400) },
});

/** With "summary": true, a two-sentence summary of the answer's passages is added. */
function withSummary(result: AskResult, summary: boolean): AskResult & { summary?: SummaryItem[] } {
  return summary ? { ...result, summary: summarizePassages(result.passages, 2) } : result;
}

export function mountAsk(app: OpenAPIHono<AppEnv>): void {
  app.openapi(askPost, (c) => {
    const { question, top_k, summary, context } = c.req.valid("json");
    const result = context?.length
      ? answerConversation(c.get("index"), [...context, question].map((text) => ({ role: "user" as const, text })), top_k)
      : answer(c.get("index"), question, top_k);
    return c.json(withSummary(result, summary), 200);
  });
  app.openapi(askGet, (c) => {
    const { q, top_k, summary } = c.req.valid("query");
    return c.json(withSummary(answer(c.get("index"), q, top_k), summary), 200);
  });
}
