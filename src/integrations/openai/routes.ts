import { Hono } from "hono";
import { MAX_QUESTION_CHARS } from "../../answer";
import type { AppEnv } from "../../door/env";
import { apiAccess } from "../../door/access";
import { limitBody, methodGuard } from "../../door/guards";
import { requireJson } from "../../door/media-type";
import { replyText } from "../reply";
import { handleOpenAIError, openaiError } from "./errors";
import { ChatRequest, messageText } from "./schemas";

/** The one model this Worker serves. */
export const MODEL_ID = "arabic-news-qa";
const CREATED = 1_700_000_000;

function usage(prompt: string, completion: string) {
  const count = (s: string) => s.split(/\s+/).filter(Boolean).length;
  const p = count(prompt);
  const q = count(completion);
  return { prompt_tokens: p, completion_tokens: q, total_tokens: p + q };
}

/** Splits a reply into the pieces a stream sends: a few words at a time. */
function pieces(text: string): string[] {
  const words = text.split(/(\s+)/);
  const out: string[] = [];
  for (let i = 0; i < words.length; i += 8) out.push(words.slice(i, i + 8).join(""));
  return out;
}

/** The SSE stream of a reply: a role chunk, content pieces, a stop chunk, then [DONE]. */
function stream(id: string, created: number, content: string): Response {
  const chunk = (delta: Record<string, unknown>, finish: string | null) =>
    `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: MODEL_ID, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`;
  const events = [chunk({ role: "assistant", content: "" }, null), ...pieces(content).map((p) => chunk({ content: p }, null)), chunk({}, "stop"), "data: [DONE]\n\n"];
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      for (const e of events) controller.enqueue(encoder.encode(e));
      controller.close();
    },
  });
  return new Response(body, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" } });
}

/**
 * OpenAI-compatible chat as its own sub-app, so its errors (its onError) come in OpenAI's shape. The
 * last user message is the question; the earlier user messages are its conversation (follow-ups).
 */
export function createOpenAI(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleOpenAIError);
  // its own paths only: this sub-app sits before the REST app, whose /v1 paths must not meet these
  for (const path of ["/v1/chat/*", "/v1/models", "/v1/models/*"]) app.use(path, apiAccess());
  app.use("/v1/chat/*", requireJson());
  app.use("/v1/chat/*", limitBody());
  app.get("/v1/models", (c) =>
    c.json({ object: "list", data: [{ id: MODEL_ID, object: "model", created: CREATED, owned_by: "arabic-news-qa" }] }),
  );
  app.get("/v1/models/:id", (c) =>
    c.req.param("id") === MODEL_ID
      ? c.json({ id: MODEL_ID, object: "model", created: CREATED, owned_by: "arabic-news-qa" })
      : openaiError(404, `The model '${c.req.param("id")}' does not exist`, "not_found_error", "model", "model_not_found"),
  );

  app.post("/v1/chat/completions", async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return openaiError(400, "We could not parse the JSON body of your request.", "invalid_request_error");
    }
    const parsed = ChatRequest.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return openaiError(400, `${issue.path.join(".") || "body"}: ${issue.message}`, "invalid_request_error", issue.path.join(".") || null);
    }
    const body = parsed.data;
    if (body.model && body.model !== MODEL_ID) {
      return openaiError(404, `The model '${body.model}' does not exist; use '${MODEL_ID}'`, "not_found_error", "model", "model_not_found");
    }
    const users = body.messages.filter((m) => m.role === "user").map((m) => messageText(m.content).trim());
    const question = users.at(-1) ?? "";
    if (!question) return openaiError(400, "messages must end with a user message that has text", "invalid_request_error", "messages");
    if (question.length > MAX_QUESTION_CHARS) return openaiError(400, `the last user message is over ${MAX_QUESTION_CHARS} characters`, "invalid_request_error", "messages");

    const context = users.slice(0, -1).filter(Boolean).map((t) => t.slice(0, MAX_QUESTION_CHARS));
    const content = replyText(await c.get("engine").ask(question, { context }));
    const id = `chatcmpl-${crypto.randomUUID()}`;
    const created = Math.floor(Date.now() / 1000);
    if (body.stream) return stream(id, created, content);
    return c.json({
      id,
      object: "chat.completion",
      created,
      model: MODEL_ID,
      choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
      usage: usage(question, content),
    });
  });
  methodGuard(app);
  return app;
}
