import type { Context, Hono } from "hono";
import type { AppEnv } from "../../http/env";
import { answerConversation, replyText, type Turn } from "../reply";
import { ChatRequest, messageText } from "./schemas";

/** The one model this Worker serves. */
export const MODEL_ID = "arabic-news-qa";
const CREATED = 1_700_000_000;

type ErrorType = "invalid_request_error" | "not_found_error" | "server_error";

/** OpenAI's error shape, so client libraries raise their usual exceptions. */
function openaiError(c: Context, status: 400 | 404 | 413 | 415, message: string, type: ErrorType, param: string | null = null, code: string | null = null) {
  return c.json({ error: { message, type, param, code } }, status);
}

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

export function mountOpenAI(app: Hono<AppEnv>): void {
  app.get("/v1/models", (c) =>
    c.json({ object: "list", data: [{ id: MODEL_ID, object: "model", created: CREATED, owned_by: "arabic-news-qa" }] }),
  );
  app.get("/v1/models/:id", (c) =>
    c.req.param("id") === MODEL_ID
      ? c.json({ id: MODEL_ID, object: "model", created: CREATED, owned_by: "arabic-news-qa" })
      : openaiError(c, 404, `The model '${c.req.param("id")}' does not exist`, "not_found_error", "model", "model_not_found"),
  );

  app.post("/v1/chat/completions", async (c) => {
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return openaiError(c, 400, "We could not parse the JSON body of your request.", "invalid_request_error");
    }
    const parsed = ChatRequest.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      return openaiError(c, 400, `${issue.path.join(".") || "body"}: ${issue.message}`, "invalid_request_error", issue.path.join(".") || null);
    }
    const body = parsed.data;
    if (body.model && body.model !== MODEL_ID) {
      return openaiError(c, 404, `The model '${body.model}' does not exist; use '${MODEL_ID}'`, "not_found_error", "model", "model_not_found");
    }
    const turns: Turn[] = body.messages
      .filter((m) => m.role === "user" || m.role === "assistant" || m.role === "system")
      .map((m) => ({ role: m.role as Turn["role"], text: messageText(m.content) }));
    const question = turns.filter((t) => t.role === "user").at(-1)?.text.trim() ?? "";
    if (!question) return openaiError(c, 400, "messages must end with a user message that has text", "invalid_request_error", "messages");
    if (question.length > 1000) return openaiError(c, 400, "the last user message is over 1000 characters", "invalid_request_error", "messages");

    const content = replyText(answerConversation(c.get("index"), turns));
    const id = `chatcmpl-${crypto.randomUUID()}`;
    const created = Math.floor(Date.now() / 1000);
    if (!body.stream) {
      return c.json({
        id,
        object: "chat.completion",
        created,
        model: MODEL_ID,
        choices: [{ index: 0, message: { role: "assistant", content, refusal: null }, finish_reason: "stop", logprobs: null }],
        usage: usage(question, content),
      });
    }
    const chunk = (delta: Record<string, unknown>, finish: string | null) =>
      `data: ${JSON.stringify({ id, object: "chat.completion.chunk", created, model: MODEL_ID, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }] })}\n\n`;
    const events = [chunk({ role: "assistant", content: "" }, null), ...pieces(content).map((p) => chunk({ content: p }, null)), chunk({}, "stop"), "data: [DONE]\n\n"];
    const encoder = new TextEncoder();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (const e of events) controller.enqueue(encoder.encode(e));
        controller.close();
      },
    });
    return new Response(stream, { headers: { "content-type": "text/event-stream; charset=utf-8", "cache-control": "no-cache" } });
  });
}
