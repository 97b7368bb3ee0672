import { OpenAPIHono } from "@hono/zod-openapi";
import { Scalar } from "@scalar/hono-api-reference";
import { bodyLimit } from "hono/body-limit";
import type { SearchIndex } from "../index";
import { readCors } from "./cors";
import type { AppEnv } from "./env";
import { mountPage } from "./page";
import { handleError, ProblemError, problemResponse } from "./problem";
import { mountArticles } from "./routes/articles";
import { mountAsk } from "./routes/ask";
import { mountHealth } from "./routes/health";
import { mountSearch } from "./routes/search";
import { mountSpeakers } from "./routes/speakers";
import { mountSummaries } from "./routes/summaries";
import { mountIntegrations } from "../integrations";

/** Largest request body accepted, in bytes. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The whole HTTP app around an index. `getIndex` is called per request and should return the
 * same instance every time (the Worker loads it once per isolate).
 */
export function createApp(getIndex: () => SearchIndex): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message, code: i.code }));
        throw new ProblemError("validation", issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), { issues });
      }
    },
  });
  app.onError(handleError);
  app.notFound((c) => problemResponse("not_found", `no route for ${c.req.method} ${c.req.path}`));

  app.use("*", readCors());
  app.use("*", async (c, next) => {
    c.set("index", getIndex());
    await next();
  });
  app.use("*", async (c, next) => {
    if (c.req.method === "POST" && c.req.path.startsWith("/v1/")) {
      const type = c.req.header("content-type") ?? "";
      if (!/^application\/json\b/i.test(type)) {
        throw new ProblemError("unsupported_media_type", `send the body as application/json (got "${type || "none"}")`);
      }
    }
    await next();
  });
  app.use(
    "*",
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ProblemError("payload_too_large", `the request body is over ${MAX_BODY_BYTES} bytes`);
      },
    }),
  );

  mountHealth(app);
  mountSearch(app);
  mountAsk(app);
  mountArticles(app);
  mountSpeakers(app);
  mountSummaries(app);
  mountIntegrations(app);
  mountPage(app);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Arabic news Q&A",
      version: "1.0.0",
      description:
        "Questions (Arabic and English), quotes with their speakers, and extractive summaries over a bundled corpus of Arabic news. Errors are RFC 9457 problem+json.",
    },
  });
  app.get("/docs", Scalar({ url: "/openapi.json", pageTitle: "Arabic news Q&A API" }));
  methodGuard(app);
  return app;
}

/** Answers 405 with an Allow header for known paths asked with another method. Call after mounting routes. */
function methodGuard(app: OpenAPIHono<AppEnv>): void {
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
