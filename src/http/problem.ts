import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/**
 * The one table of error kinds. Every error response is RFC 9457 application/problem+json:
 * {"type","title","status","detail"} plus "issues" for validation errors.
 */
export const PROBLEMS = {
  validation: { status: 400, title: "Invalid request" },
  malformed_json: { status: 400, title: "Malformed JSON body" },
  unauthorized: { status: 401, title: "Signature or secret token does not match" },
  not_found: { status: 404, title: "Not found" },
  integration_disabled: { status: 404, title: "Integration is not configured" },
  method_not_allowed: { status: 405, title: "Method not allowed" },
  payload_too_large: { status: 413, title: "Request body too large" },
  unsupported_media_type: { status: 415, title: "Unsupported media type" },
  rate_limited: { status: 429, title: "Too many requests" },
  internal: { status: 500, title: "Internal error" },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemKind = keyof typeof PROBLEMS;

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  issues?: unknown[];
}

/** An error that becomes a problem+json response in app.onError. */
export class ProblemError extends HTTPException {
  constructor(
    readonly kind: ProblemKind,
    detail: string,
    readonly extra: { issues?: unknown[]; headers?: Record<string, string> } = {},
  ) {
    super(PROBLEMS[kind].status, { message: detail });
  }
}

export function problemBody(kind: ProblemKind, detail: string, issues?: unknown[]): ProblemBody {
  const { status, title } = PROBLEMS[kind];
  return { type: `/problems/${kind.replace(/_/g, "-")}`, title, status, detail, ...(issues ? { issues } : {}) };
}

export function problemResponse(kind: ProblemKind, detail: string, issues?: unknown[], headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(problemBody(kind, detail, issues)), {
    status: PROBLEMS[kind].status,
    headers: { "content-type": "application/problem+json; charset=utf-8", ...headers },
  });
}

/**
 * OpenAI-compatible routes answer errors in OpenAI's shape ({error:{message,type,param,code}}), so
 * client libraries raise their usual exceptions; every other route answers problem+json.
 */
function render(c: Context, kind: ProblemKind, detail: string, issues?: unknown[], headers: Record<string, string> = {}): Response {
  if (/^\/v1\/(chat\/|models(\/|$))/.test(c.req.path)) {
    const status = PROBLEMS[kind].status;
    const type = status >= 500 ? "server_error" : status === 404 ? "not_found_error" : "invalid_request_error";
    return new Response(JSON.stringify({ error: { message: detail, type, param: null, code: kind } }), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  }
  return problemResponse(kind, detail, issues, headers);
}

/** app.onError: known errors to their problem, anything else to a 500 without internals. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ProblemError) return render(c, err.kind, err.message, err.extra.issues, err.extra.headers);
  if (err instanceof HTTPException) {
    if (err.status === 400 && /JSON/i.test(err.message)) return render(c, "malformed_json", err.message);
    if (err.status === 413) return render(c, "payload_too_large", err.message || "request body too large");
    const kind = (Object.keys(PROBLEMS) as ProblemKind[]).find((k) => PROBLEMS[k].status === err.status);
    if (kind) return render(c, kind, err.message || PROBLEMS[kind].title);
  }
  console.error(`unhandled error on ${c.req.method} ${c.req.path}:`, err);
  return render(c, "internal", "the server could not handle this request");
}
