import type { MiddlewareHandler } from "hono";
import { cors } from "hono/cors";
import type { AppEnv } from "./env";

/** Default for the CORS_ORIGINS variable: any origin may call the read API. */
export const DEFAULT_CORS_ORIGINS = "*";

/**
 * Paths a browser on another origin may call: the questions, search, quotes, speakers, summaries,
 * articles (read methods only), the OpenAI-compatible chat and the API description. Never the chat
 * webhooks (/integrations/*) nor /mcp, which keep their own rules.
 */
const READ_PATHS = /^\/(v1\/(ask|search|quotes|speakers|summarize|articles|models|chat\/completions)(\/|$)|healthz$|openapi\.json$)/;

/** Ingestion: anything but GET/HEAD on /v1/articles (writes are never open to other origins). */
function isIngestion(path: string, method: string): boolean {
  return path.startsWith("/v1/articles") && method !== "GET" && method !== "HEAD";
}

/** The allowed origins from CORS_ORIGINS: "*" or a comma-separated list of exact origins. */
export function allowedOrigin(setting: string | undefined, origin: string): string | null {
  const list = (setting ?? DEFAULT_CORS_ORIGINS).split(",").map((s) => s.trim()).filter(Boolean);
  if (list.includes("*")) return "*";
  return list.includes(origin) ? origin : null;
}

const handler = cors({
  origin: (origin, c) => allowedOrigin((c.env as AppEnv["Bindings"] | undefined)?.CORS_ORIGINS, origin),
  allowMethods: ["GET", "HEAD", "POST"],
  allowHeaders: ["content-type", "authorization"],
  maxAge: 600,
});

/**
 * Hono's cors middleware on the read API only: preflights (OPTIONS) answer 204 there; on every other
 * path an OPTIONS request falls through to the 405 of the method guard.
 */
export function readCors(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const method = c.req.method === "OPTIONS" ? (c.req.header("access-control-request-method") ?? "GET").toUpperCase() : c.req.method;
    if (!READ_PATHS.test(c.req.path) || isIngestion(c.req.path, method)) return next();
    return handler(c, next);
  };
}
