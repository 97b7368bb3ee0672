import { z, type OpenAPIHono } from "@hono/zod-openapi";
import { ArticleSchema as CorpusArticle } from "../../corpus/schema";
import type { AppEnv } from "../../door/env";
import { json, problems } from "../schemas";
import { ArticleIdParam } from "./articles";
import { MAX_INGEST_ARTICLES, MAX_INGEST_BYTES } from "./ingest";

const tags = ["Ingestion"];
const security = [{ ingestToken: [] }];
const note = `Archive only (docs/archive.md): answers 404 unless the Worker has the D1 binding DB and the secret INGEST_TOKEN. Written in one D1 batch: a reader sees all of it or none; searchable and quotable when the response comes. Body at most ${MAX_INGEST_BYTES} bytes.`;

const ArticleInput = z.object(CorpusArticle.shape).openapi("ArticleInput", { description: "An article as the corpus holds it (src/corpus/schema.ts)" });
const IngestResult = z
  .object({ id: z.string(), status: z.enum(["created", "replaced"]), paragraphs: z.number().int(), statements: z.number().int() })
  .openapi("IngestResult");

/**
 * Adds the ingestion routes (src/http/routes/ingest.ts, a plain Hono app mounted beside this one) to
 * /openapi.json: their request and response shapes and the bearer token. Documentation only; the
 * handlers and their validation stay in ingest.ts.
 */
export function documentIngestion(app: OpenAPIHono<AppEnv>): void {
  app.openAPIRegistry.registerComponent("securitySchemes", "ingestToken", { type: "http", scheme: "bearer", description: "the INGEST_TOKEN secret" });
  const refused = problems(400, 401, 404, 413, 415);
  app.openAPIRegistry.registerPath({
    method: "post",
    path: "/v1/articles",
    tags,
    security,
    summary: "Add or replace articles in the archive",
    description: `One article, an array of up to ${MAX_INGEST_ARTICLES}, or {"articles": [...]}. Idempotent by id: an id already stored is replaced in place. A bad article is a 400 naming its field (articles.1.paragraphs) and nothing is written. ${note}`,
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: z.union([ArticleInput, z.array(ArticleInput).min(1).max(MAX_INGEST_ARTICLES), z.object({ articles: z.array(ArticleInput).min(1).max(MAX_INGEST_ARTICLES) })]) } },
      },
    },
    responses: {
      201: json(z.object({ articles: z.array(IngestResult) }), "Written; at least one article is new"),
      200: json(z.object({ articles: z.array(IngestResult) }), "Written; every article replaced one with its id"),
      ...refused,
    },
  });
  app.openAPIRegistry.registerPath({
    method: "put",
    path: "/v1/articles/{id}",
    tags,
    security,
    summary: "Add or replace one article",
    description: `The body is the article; its id, when given, must be the path's. ${note}`,
    request: { params: ArticleIdParam, body: { required: true, content: { "application/json": { schema: ArticleInput.partial({ id: true }) } } } },
    responses: { 201: json(IngestResult, "Created"), 200: json(IngestResult, "Replaced"), ...refused },
  });
  app.openAPIRegistry.registerPath({
    method: "delete",
    path: "/v1/articles/{id}",
    tags,
    security,
    summary: "Remove an article with its statements and statistics",
    description: note,
    request: { params: ArticleIdParam },
    responses: { 204: { description: "Removed" }, ...problems(401, 404) },
  });
}
