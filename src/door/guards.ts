import type { Hono, MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "./env";
import { ProblemError } from "./problem";

/** Largest request body accepted by any door, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/** Refuses a body over MAX_BODY_BYTES with payload_too_large (rendered by the door's own onError). */
export function limitBody(): MiddlewareHandler<AppEnv> {
  return bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: () => {
      throw new ProblemError("payload_too_large", `the request body is over ${MAX_BODY_BYTES} bytes`);
    },
  });
}

/**
 * Answers 405 with an Allow header for the app's known paths asked with another method. Call after
 * mounting the app's routes; it guards only the paths of `app` itself.
 */
export function methodGuard<A extends Hono<AppEnv>>(app: A): void {
  const allowed = new Map<string, Set<string>>();
  for (const r of app.routes) {
    if (r.method === "ALL") continue;
    const set = allowed.get(r.path) ?? new Set<string>();
    set.add(r.method);
    if (r.method === "GET") set.add("HEAD");
    allowed.set(r.path, set);
  }
  for (const [path, methods] of allowed) {
    app.all(path, (c) => {
      if (methods.has(c.req.method)) return c.notFound();
      const allow = [...methods].join(", ");
      throw new ProblemError("method_not_allowed", `${c.req.method} is not allowed on ${path}; use ${allow}`, { headers: { allow } });
    });
  }
}
