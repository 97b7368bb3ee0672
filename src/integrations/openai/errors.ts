import type { Context } from "hono";
import { PROBLEMS, problemOf } from "../../door/problem";

/** OpenAI's error types, by what went wrong. */
export type OpenAIErrorType = "invalid_request_error" | "not_found_error" | "server_error";

/** A response in OpenAI's error shape ({error:{message,type,param,code}}), so client libraries raise their usual exceptions. */
export function openaiError(status: number, message: string, type: OpenAIErrorType, param: string | null = null, code: string | null = null, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: { message, type, param, code } }), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/** The OpenAI sub-app's onError: the shared error table, rendered in OpenAI's shape. */
export function handleOpenAIError(err: Error, c: Context): Response {
  const { kind, detail, headers } = problemOf(err, c);
  const status = PROBLEMS[kind].status;
  const type: OpenAIErrorType = status >= 500 ? "server_error" : status === 404 ? "not_found_error" : "invalid_request_error";
  return openaiError(status, detail, type, null, kind, headers);
}
