import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import { z } from "zod";
import { ArticleSchema, type Article } from "../../corpus/schema";
import type { AppEnv } from "../../door/env";
import { isJsonType } from "../../door/media-type";
import { handleError, ProblemError } from "../../door/problem";
import { timingSafeEqual } from "../../door/timing";
import { deleteArticle, ingestArticles } from "../../index/d1";

/** Largest ingestion body, in bytes: 4 MiB (a batch of articles). */
export const MAX_INGEST_BYTES = 4 * 1024 * 1024;
/** Most articles in one POST. */
export const MAX_INGEST_ARTICLES = 100;

const Batch = z.union([z.array(z.unknown()).min(1).max(MAX_INGEST_ARTICLES), z.object({ articles: z.array(z.unknown()).min(1).max(MAX_INGEST_ARTICLES) }).transform((o) => o.articles)]);

/** Passes when the bearer token matches INGEST_TOKEN; 404 while the secret or the DB is unset. */
function authorize(c: { env: AppEnv["Bindings"] | undefined; req: { header(name: string): string | undefined } }): void {
  const token = c.env?.INGEST_TOKEN;
  const db = c.env?.DB;
  if (!token || !db) throw new ProblemError("not_found", "ingestion is not configured (it needs the DB binding and the INGEST_TOKEN secret)");
  const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("authorization") ?? "")?.[1];
  if (!given || !timingSafeEqual(given, token)) throw new ProblemError("unauthorized", "Authorization: Bearer <INGEST_TOKEN> is missing or wrong", { headers: { "www-authenticate": "Bearer" } });
}

/** The JSON body, or a problem. */
async function body(c: { req: { header(name: string): string | undefined; json(): Promise<unknown> } }): Promise<unknown> {
  if (!isJsonType(c.req.header("content-type"))) throw new ProblemError("unsupported_media_type", "send the article(s) as application/json");
  try {
    return await c.req.json();
  } catch {
    throw new ProblemError("malformed_json", "the body is not valid JSON");
  }
}

/** Validates articles with the corpus schema; a 400 naming each bad field (articles.2.paragraphs) on the first failure. */
function validate(raw: unknown[], prefix: string): Article[] {
  return raw.map((item, i) => {
    const parsed = ArticleSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((x) => ({ path: [prefix, prefix ? i : "", ...x.path].filter((p) => p !== "").join("."), message: x.message, code: x.code }));
    throw new ProblemError("validation", issues.map((x) => `${x.path}: ${x.message}`).join("; "), { issues });
  });
}

/**
 * Live ingestion into the archive (D1): POST /v1/articles (one article, an array, or {articles: [...]}),
 * PUT and DELETE /v1/articles/{id}. Bearer token INGEST_TOKEN; never CORS (src/door/cors.ts). Every
 * request writes in one D1 batch, so readers never see half an article, and nothing when any article is bad.
 */
export function createIngestion(): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.onError(handleError);
  const limit = bodyLimit({ maxSize: MAX_INGEST_BYTES, onError: () => { throw new ProblemError("payload_too_large", `the request body is over ${MAX_INGEST_BYTES} bytes`); } });
  const guard = createMiddleware<AppEnv>(async (c, next) => {
    authorize(c);
    await next();
  });
  app.post("/v1/articles", guard, limit, async (c) => {
    const raw = await body(c);
    const many = Batch.safeParse(raw);
    const articles = many.success ? validate(many.data, "articles") : validate([raw], "");
    const ids = new Set<string>();
    for (const a of articles) {
      if (ids.has(a.id)) throw new ProblemError("validation", `articles: id "${a.id}" appears twice`, { issues: [{ path: "id", message: "duplicate id", code: "custom" }] });
      ids.add(a.id);
    }
    const results = await ingestArticles(c.env!.DB!, articles);
    return c.json({ articles: results }, results.some((r) => r.status === "created") ? 201 : 200);
  });
  app.put("/v1/articles/:id", guard, limit, async (c) => {
    const id = c.req.param("id");
    const raw = await body(c);
    const withId = raw && typeof raw === "object" && !Array.isArray(raw) ? { id, ...raw } : raw;
    const [article] = validate([withId], "");
    if (article!.id !== id) throw new ProblemError("validation", `id: the body's id "${article!.id}" is not the path's "${id}"`, { issues: [{ path: "id", message: "does not match the path", code: "custom" }] });
    const [result] = await ingestArticles(c.env!.DB!, [article!]);
    return c.json(result, result!.status === "created" ? 201 : 200);
  });
  app.delete("/v1/articles/:id", guard, async (c) => {
    const id = c.req.param("id");
    if (!(await deleteArticle(c.env!.DB!, id))) throw new ProblemError("not_found", `no article with id "${id}"`);
    return c.body(null, 204);
  });
  return app;
}
