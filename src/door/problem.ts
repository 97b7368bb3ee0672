import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { EngineError } from "../answer";

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
 * The problem an error stands for: a ProblemError's own, Hono's HTTPExceptions (bad JSON, body limit)
 * by status, anything else "internal" (logged, no internals shown). Doors with their own error shape
 * (OpenAI) render this in theirs.
 */
export function problemOf(err: Error, c: Context): { kind: ProblemKind; detail: string; issues?: unknown[]; headers?: Record<string, string> } {
  if (err instanceof ProblemError) return { kind: err.kind, detail: err.message, issues: err.extra.issues, headers: err.extra.headers };
  if (err instanceof EngineError) return { kind: err.kind === "too_large" ? "payload_too_large" : "not_found", detail: err.message };
  if (err instanceof HTTPException) {
    if (err.status === 400 && /JSON/i.test(err.message)) return { kind: "malformed_json", detail: err.message };
    if (err.status === 413) return { kind: "payload_too_large", detail: err.message || "request body too large" };
    const kind = (Object.keys(PROBLEMS) as ProblemKind[]).find((k) => PROBLEMS[k].status === err.status);
    if (kind) return { kind, detail: err.message || PROBLEMS[kind].title };
  }
  console.error(`unhandled error on ${c.req.method} ${c.req.path}:`, err);
  return { kind: "internal", detail: "the server could not handle this request" };
}

/** app.onError: known errors to their problem+json, anything else to a 500 without internals. */
export function handleError(err: Error, c: Context): Response {
  const p = problemOf(err, c);
  return problemResponse(p.kind, p.detail, p.issues, p.headers);
}

