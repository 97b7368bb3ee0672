import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../door/env";
import { AskBodySchema, AskQuerySchema, AskResponseSchema, json, problems } from "../schemas";

const tags = ["Questions"];

const askPost = createRoute({
  method: "post",
  path: "/v1/ask",
  tags,
  summary: "Answer a question (Arabic or English) from the corpus, optionally as a follow-up in a conversation",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: AskBodySchema,
          examples: {
            arabic: { value: { question: "ماذا قال المتحدث باسم الحكومة؟", top_k: 3 } },
            english: { value: { question: "What did the government spokesman say?" } },
            "follow-up": { value: { question: "And what did he say about the meeting?", context: ["What did the government spokesman say?"] } },
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

export function mountAsk(app: OpenAPIHono<AppEnv>): void {
  app.openapi(askPost, async (c) => {
    const { question, top_k, summary, context } = c.req.valid("json");
    return c.json(await c.get("engine").ask(question, { topK: top_k, summary, context }), 200);
  });
  app.openapi(askGet, async (c) => {
    const { q, top_k, summary } = c.req.valid("query");
    return c.json(await c.get("engine").ask(q, { topK: top_k, summary }), 200);
  });
}
