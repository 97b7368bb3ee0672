import type { MiddlewareHandler } from "hono";
import { ProblemError } from "./problem";

/** The one media type a JSON body may be sent as: application/json, with charset=utf-8 at most. */
const JSON_TYPE = /^application\/json\s*(?:;\s*charset\s*=\s*"?utf-8"?\s*)?$/i;

/** True when a Content-Type header names JSON in UTF-8 (and nothing else: no +json suffix types, no other charset). */
export function isJsonType(type: string | undefined): boolean {
  return JSON_TYPE.test((type ?? "").trim());
}

/**
 * Refuses a POST whose body is not declared as application/json (optionally `; charset=utf-8`) with 415:
 * application/json-patch+json, application/json; charset=utf-16 and text/plain are all refused.
 */
export function requireJson(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method === "POST") {
      const type = c.req.header("content-type");
      if (!isJsonType(type)) throw new ProblemError("unsupported_media_type", `send the body as application/json or application/json; charset=utf-8 (got "${type || "none"}")`);
    }
    await next();
  };
}
