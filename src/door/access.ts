import type { MiddlewareHandler } from "hono";
import { timingSafeEqual } from "./timing";
import { ProblemError } from "./problem";

/** The Workers Rate Limiting binding's interface (wrangler.toml [[ratelimits]]). */
export interface RateLimiter {
  limit(options: { key: string }): Promise<{ success: boolean }>;
}

/** The bindings this middleware reads. */
export interface AccessBindings {
  /** Secret: when set, the read routes need `Authorization: Bearer <API_KEY>`. Default unset (open). */
  API_KEY?: string;
  /** Rate Limiting binding; absent (as in plain local runs) means no limit. */
  RATE_LIMITER?: RateLimiter;
}

/** The period of the [[ratelimits]] binding in wrangler.toml, in seconds: what Retry-After says. */
export const RATE_LIMIT_PERIOD_SECONDS = 60;

/** Paths the API key and the rate limit guard: the read API (/v1/…, the OpenAI-compatible chat included) and /mcp. */
const GUARDED = /^\/(v1\/|mcp$)/;

/** The bearer token of an Authorization header, or null. */
function bearer(header: string | undefined): string | null {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  return m ? m[1]! : null;
}

/**
 * API key and per-client rate limit on the read routes (CORS preflights pass). With API_KEY set, a
 * request without the right bearer token is a 401 (compared in constant time). With a RATE_LIMITER
 * binding, each client (by API key when one is required, else by CF-Connecting-IP; a request with
 * neither is not limited) gets the binding's limit, then 429 with Retry-After.
 */
export function apiAccess(): MiddlewareHandler {
  return async (c, next) => {
    if (!GUARDED.test(c.req.path) || c.req.method === "OPTIONS") return next();
    const env = (c.env ?? {}) as AccessBindings;
    const token = bearer(c.req.header("authorization"));
    if (env.API_KEY && !(token !== null && timingSafeEqual(token, env.API_KEY))) {
      throw new ProblemError("unauthorized", "this API needs Authorization: Bearer <API key>", { headers: { "www-authenticate": 'Bearer realm="api"' } });
    }
    await limitClient(env, env.API_KEY ? `key:${token}` : c.req.header("cf-connecting-ip"));
    await next();
  };
}

/** A 429 with Retry-After once this client (a key; none = not limited) is past the RATE_LIMITER binding's limit (absent = no limit). */
async function limitClient(env: AccessBindings, client: string | undefined): Promise<void> {
  if (!env.RATE_LIMITER || !client) return;
  const { success } = await env.RATE_LIMITER.limit({ key: client });
  if (!success) throw new ProblemError("rate_limited", `too many requests from this client; try again in ${RATE_LIMIT_PERIOD_SECONDS} seconds`, { headers: { "retry-after": String(RATE_LIMIT_PERIOD_SECONDS) } });
}

/**
 * The per-client rate limit alone, keyed by CF-Connecting-IP (a request without it is not limited):
 * for routes with their own token (ingestion), so guessing that token is limited like any read.
 */
export function rateLimitByIp(): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== "OPTIONS") await limitClient((c.env ?? {}) as AccessBindings, c.req.header("cf-connecting-ip"));
    await next();
  };
}
