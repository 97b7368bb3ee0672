import { createRoute, z, type OpenAPIHono } from "@hono/zod-openapi";
import { isLatin } from "../../analysis";
import { speakerByName, statementsBy } from "../../answer";
import { findSpeakerEnglish } from "../../answer/english";
import type { AppEnv } from "../env";
import { ProblemError } from "../problem";
import { json, problems } from "../schemas";

const tags = ["Quotes"];

const SpeakerSchema = z
  .object({
    id: z.string(),
    name: z.string().openapi({ example: "سامر خليل" }),
    title: z.string().nullable().openapi({ example: "المتحدث باسم الوزارة" }),
    aliases: z.array(z.string()),
    statements: z.number().int(),
  })
  .openapi("Speaker");

const list = createRoute({
  method: "get",
  path: "/v1/speakers",
  tags,
  summary: "Everyone the corpus quotes, with aliases and statement counts",
  responses: { 200: json(z.object({ speakers: z.array(SpeakerSchema) }), "All speakers") },
});

const quotes = createRoute({
  method: "get",
  path: "/v1/quotes",
  tags,
  summary: "A speaker's statements (any alias: name, family name, title; Arabic or Latin script)",
  request: {
    query: z.object({
      speaker: z.string().trim().min(1).max(200).openapi({ param: { name: "speaker", in: "query" }, example: "خليل" }),
    }),
  },
  responses: {
    200: json(
      z.object({
        speaker: SpeakerSchema,
        quotes: z.array(z.object({ text: z.string(), kind: z.enum(["direct", "reported"]), article_id: z.string(), paragraph: z.number().int() })),
      }),
      "The speaker and their statements, direct first",
    ),
    ...problems(400, 404),
  },
});

export function mountSpeakers(app: OpenAPIHono<AppEnv>): void {
  app.openapi(list, (c) => {
    const speakers = c.get("index").data.extras.speakers.map(({ id, name, title, aliases, statements }) => ({ id, name, title, aliases, statements }));
    return c.json({ speakers }, 200);
  });
  app.openapi(quotes, (c) => {
    const index = c.get("index");
    const { speaker: wanted } = c.req.valid("query");
    const i = isLatin(wanted) ? (findSpeakerEnglish(index, wanted)?.speaker ?? null) : speakerByName(index, wanted);
    if (i === null) throw new ProblemError("not_found", `no speaker known as "${wanted}"`);
    const { id, name, title, aliases, statements } = index.data.extras.speakers[i]!;
    const found = statementsBy(index, i).map((s) => ({
      text: s.text,
      kind: s.kind,
      article_id: index.articleOf(s.doc).id,
      paragraph: index.paragraphNumber(s.doc),
    }));
    return c.json({ speaker: { id, name, title, aliases, statements }, quotes: found }, 200);
  });
}
