import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "../../door/env";
import { ProblemError } from "../../door/problem";
import { json, problems, queryInt, QuotesResponseSchema, SpeakerSchema } from "../schemas";

const tags = ["Quotes"];

/** A speaker as asked for: an id from /v1/speakers (sp_…), or a name, family name, title or role in Arabic or Latin script. */
const speakerRef = z.string().trim().min(1).max(200);

/** Most speakers `limit` may ask for; without `limit` the list is whole. */
const MAX_LIST = 10_000;

const list = createRoute({
  method: "get",
  path: "/v1/speakers",
  tags,
  summary: "Everyone the corpus quotes, with aliases and statement counts; with limit, only the most quoted, most statements first",
  request: {
    query: z.object({
      limit: queryInt("limit", 1, MAX_LIST, MAX_LIST).openapi({ param: { name: "limit", in: "query", description: `1..${MAX_LIST}: the most quoted speakers only, most statements first (default: all, in index order)` } }),
    }),
  },
  responses: { 200: json(z.object({ speakers: z.array(SpeakerSchema) }), "All speakers, or the most quoted"), ...problems(400) },
});

const one = createRoute({
  method: "get",
  path: "/v1/speakers/{id}",
  tags,
  summary: "One speaker and their statements: an id (sp_…), name or title, Arabic or Latin script",
  request: { params: z.object({ id: speakerRef.openapi({ param: { name: "id", in: "path" }, example: "Obama" }) }) },
  responses: { 200: json(QuotesResponseSchema, "The speaker and their statements, direct first"), ...problems(400, 404) },
});

const quotes = createRoute({
  method: "get",
  path: "/v1/quotes",
  tags,
  summary: "A speaker's statements: an id (sp_…), name, family name, title or role, Arabic or Latin script",
  request: { query: z.object({ speaker: speakerRef.openapi({ param: { name: "speaker", in: "query" }, example: "خليل" }) }) },
  responses: { 200: json(QuotesResponseSchema, "The speaker and their statements, direct first"), ...problems(400, 404) },
});

export function mountSpeakers(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, async (c) => {
    const { limit } = c.req.valid("query");
    // without limit the whole list in index order, as before
    const speakers = await c.get("engine").speakers(c.req.query("limit") === undefined ? undefined : limit);
    return c.json({ speakers }, 200);
  });
  const found = async (engine: AppEnv["Variables"]["engine"], wanted: string) => {
    const result = await engine.quotes(wanted);
    if (!result) throw new ProblemError("not_found", `no speaker known as "${wanted}"`);
    return result;
  };
  app.openapi(one, async (c) => c.json(await found(c.get("engine"), c.req.valid("param").id), 200));
  app.openapi(quotes, async (c) => c.json(await found(c.get("engine"), c.req.valid("query").speaker), 200));
}
