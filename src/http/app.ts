import { OpenAPIHono } from "@hono/zod-openapi";
import { apiAccess } from "../door/access";
import { requireJson } from "../door/media-type";
import { mountDocs } from "./docs";
import type { AppEnv } from "../door/env";
import { limitBody, methodGuard } from "../door/guards";
import { handleError, ProblemError } from "../door/problem";
import { mountPage } from "./page";
import { mountArticles } from "./routes/articles";
import { mountAsk } from "./routes/ask";
import { mountHealth } from "./routes/health";
import { documentIngestion } from "./routes/ingest-doc";
import { mountSearch } from "./routes/search";
import { mountSpeakers } from "./routes/speakers";
import { mountSummaries } from "./routes/summaries";

export { MAX_BODY_BYTES } from "../door/guards";

/**
 * The REST API (/healthz, /v1/…, /openapi.json, /docs) as a Hono app with its problem+json errors.
 * It reads the engine from the context (`c.get("engine")`), which the entry (src/worker.ts) sets.
 */
export function createApp(): OpenAPIHono<AppEnv> {
  const app = new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        const issues = result.error.issues.map((i) => ({ path: i.path.join("."), message: i.message, code: i.code }));
        throw new ProblemError("validation", issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; "), { issues });
      }
    },
  });
  app.onError(handleError);

  app.use("*", apiAccess());
  app.use("/v1/*", requireJson());
  app.use("*", limitBody());

  mountHealth(app);
  mountSearch(app);
  mountAsk(app);
  mountArticles(app);
  mountSpeakers(app);
  mountSummaries(app);
  mountPage(app);
  documentIngestion(app);
  app.doc31("/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Arabic news Q&A",
      version: "1.0.0",
      description:
        "Questions (Arabic and English), quotes with their speakers, and extractive summaries over a bundled corpus of Arabic news. Errors are RFC 9457 problem+json.",
    },
  });
  mountDocs(app);
  methodGuard(app);
  return app;
}
