import type { MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";

/**
 * Hono's secureHeaders for the API's responses (JSON, problem+json, text): nothing may load or frame
 * them (CSP default-src 'none', frame-ancestors 'none'), X-Content-Type-Options nosniff, no referrer;
 * Cross-Origin-Resource-Policy cross-origin, so the read API stays callable from allowed origins (CORS).
 */
const apiHeaders = secureHeaders({
  contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  crossOriginResourcePolicy: "cross-origin",
  referrerPolicy: "no-referrer",
});

/**
 * Security headers on every route: the API's policy, unless the route set its own (the page at /, /docs),
 * which is kept. Mount first, so it sees every response, errors included.
 */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!c.res.headers.has("content-security-policy")) await apiHeaders(c, async () => {});
  };
}
