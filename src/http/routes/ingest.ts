import { Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { createMiddleware } from "hono/factory";
import type { StoreEngine } from "../../answer";
import { ArticleSchema, type Article } from "../../corpus/schema";
import { rateLimitByIp } from "../../door/access";
import type { AppEnv } from "../../door/env";
import { isJsonType } from "../../door/media-type";
import { handleError, ProblemError } from "../../door/problem";
import { timingSafeEqual } from "../../door/timing";

/** Largest ingestion body, in bytes: 4 MiB (a batch of articles). */
export const MAX_INGEST_BYTES = 4 * 1024 * 1024;
/** Most articles in one POST. */
export const MAX_INGEST_ARTICLES = 100;

/** Passes when the bearer token matches INGEST_TOKEN; 404 while the secret is unset or the store takes no writes (no DB). */
function authorize(c: { env: AppEnv["Bindings"] | undefined; req: { header(name: string): string | undefined }; get(key: "engine"): StoreEngine }): void {
  const token = c.env?.INGEST_TOKEN;
  if (!token || !c.get("engine").writable) throw new ProblemError("not_found", "ingestion is not configured (it needs the DB binding and the INGEST_TOKEN secret)");
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

/** A 400 problem naming one field. */
const invalid = (path: string, message: string, code = "custom") => new ProblemError("validation", `${path}: ${message}`, { issues: [{ path, message, code }] });

/** Validates articles with the corpus schema; a 400 naming each bad field (articles.2.paragraphs; articles.2 for the article's size) on the first failure. */
function validate(raw: unknown[], prefix: string): Article[] {
  return raw.map((item, i) => {
    const parsed = ArticleSchema.safeParse(item);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues.map((x) => ({ path: [prefix, prefix ? i : "", ...x.path].filter((p) => p !== "").join(".") || "article", message: x.message, code: x.code }));
    throw new ProblemError("validation", issues.map((x) => `${x.path}: ${x.message}`).join("; "), { issues });
  });
}

/**
 * The POST body's articles: a batch (an array, or an object with `articles`) of 1 to
 * MAX_INGEST_ARTICLES, each validated and no id twice; anything else is one article.
 */
function postedArticles(raw: unknown): Article[] {
  const list = Array.isArray(raw) ? raw : raw && typeof raw === "object" && "articles" in raw ? (raw as { articles: unknown }).articles : undefined;
  if (list === undefined) return validate([raw], "");
  if (!Array.isArray(list)) throw invalid("articles", "expected an array of articles", "invalid_type");
  if (list.length < 1) throw invalid("articles", "at least 1 article", "too_small");
  if (list.length > MAX_INGEST_ARTICLES) throw invalid("articles", `at most ${MAX_INGEST_ARTICLES} articles in one request (got ${list.length})`, "too_big");
  const articles = validate(list, "articles");
  const seen = new Set<string>();
  articles.forEach((a, i) => {
    if (seen.has(a.id)) throw invalid(`articles.${i}.id`, `id "${a.id}" appears twice`);
    seen.add(a.id);
  });
  return articles;
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
  const limited = rateLimitByIp();
  const guard = createMiddleware<AppEnv>(async (c, next) => {
    authorize(c);
    await next();
  });
  app.post("/v1/articles", limited, guard, limit, async (c) => {
    const results = await c.get("engine").put(postedArticles(await body(c)));
    return c.json({ articles: results }, results.some((r) => r.status === "created") ? 201 : 200);
  });
  app.put("/v1/articles/:id", limited, guard, limit, async (c) => {
    const id = c.req.param("id");
    const raw = await body(c);
    const withId = raw && typeof raw === "object" && !Array.isArray(raw) ? { id, ...raw } : raw;
    const [article] = validate([withId], "");
    if (article!.id !== id) throw invalid("id", `the body's id "${article!.id}" is not the path's "${id}"`);
    const [result] = await c.get("engine").put([article!]);
    return c.json(result, result!.status === "created" ? 201 : 200);
  });
  app.delete("/v1/articles/:id", limited, guard, async (c) => {
    const id = c.req.param("id");
    if (!(await c.get("engine").remove(id))) throw new ProblemError("not_found", `no article with id "${id}"`);
    return c.body(null, 204);
  });
  return app;
}
