import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import { z } from "zod";
import { answer, speakerByName, statementsBy } from "../../answer";
import { summarizeArticle, summarizeQuestion, summarizeText, MAX_SUMMARY_TEXT } from "../../answer/summaries";
import type { SearchIndex } from "../../index";

const Passage = z.object({
  article_id: z.string(),
  paragraph: z.number().int(),
  text: z.string(),
  score: z.number(),
  quotes: z.array(z.object({ speaker: z.string().nullable(), speaker_title: z.string().nullable().optional(), text: z.string(), kind: z.enum(["direct", "reported"]).optional() })),
});
const SummaryItem = z.object({ text: z.string(), article_id: z.string().optional(), paragraph: z.number().int().optional() });

/** A string argument with something to read: blank ones are rejected, as REST rejects them. */
function notBlank(name: string) {
  return z.string().regex(/\S/, `${name} must not be blank`);
}

function result<T extends Record<string, unknown>>(structured: T, text: string) {
  return { content: [{ type: "text" as const, text }], structuredContent: structured };
}

/**
 * A new MCP server with the product's tools. Built per request (stateless): one shared transport
 * hangs under concurrent clients. Validation uses the Workers-safe @cfworker/json-schema validator,
 * since the default (Ajv) compiles code with new Function, which workerd refuses.
 */
export function createMcpServer(index: SearchIndex): McpServer {
  const server = new McpServer(
    { name: "arabic-news-qa", version: "1.0.0" },
    { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() },
  );

  server.registerTool(
    "ask",
    {
      description: "Answer a question (Arabic or English) from the Arabic news corpus; 'what did X say' questions return X's quotes with speaker and source.",
      inputSchema: { question: notBlank("question").max(1000), top_k: z.number().int().min(1).max(20).optional() },
      outputSchema: { question: z.string(), language: z.enum(["ar", "en"]), found: z.boolean(), answer: z.string(), passages: z.array(Passage) },
    },
    async ({ question, top_k }) => {
      const r = answer(index, question, top_k ?? 3);
      return result({ ...r }, r.answer);
    },
  );

  server.registerTool(
    "search",
    {
      description: "Rank the corpus's paragraphs by BM25 for a query.",
      inputSchema: { query: notBlank("query").max(1000), limit: z.number().int().min(1).max(100).optional() },
      outputSchema: { query: z.string(), results: z.array(z.object({ article_id: z.string(), paragraph: z.number().int(), text: z.string(), score: z.number() })) },
    },
    async ({ query, limit }) => {
      const results = index.search(query, { limit: limit ?? 10 }).map((h) => ({
        article_id: index.articleOf(h.doc).id,
        paragraph: index.paragraphNumber(h.doc),
        text: index.text(h.doc),
        score: Math.round(h.score * 1000) / 1000,
      }));
      return result({ query, results }, results.map((r) => `${r.article_id} §${r.paragraph}: ${r.text}`).join("\n\n") || "no result");
    },
  );

  server.registerTool(
    "summarize",
    {
      description: "Extractive summary of an article (article_id), of Arabic text (text), or of what the corpus says on a question (question). Give exactly one.",
      inputSchema: {
        text: notBlank("text").max(MAX_SUMMARY_TEXT).optional(),
        article_id: z.string().min(1).optional(),
        question: notBlank("question").max(1000).optional(),
        sentences: z.number().int().min(1).max(10).optional(),
      },
      outputSchema: { summary: z.array(SummaryItem), truncated: z.object({ sentences_used: z.number().int(), words_used: z.number().int(), detail: z.string() }).optional() },
    },
    async ({ text, article_id, question, sentences }) => {
      const n = sentences ?? 3;
      const given = [text, article_id, question].filter((x) => x !== undefined).length;
      if (given !== 1) return { isError: true, content: [{ type: "text" as const, text: "give exactly one of text, article_id, question" }] };
      let summary;
      if (text !== undefined) {
        const r = summarizeText(text, n);
        return result({ ...r }, [r.truncated?.detail, r.summary.map((s) => s.text).join(" ")].filter(Boolean).join("\n"));
      }
      else if (article_id !== undefined) {
        const s = summarizeArticle(index, article_id, n);
        if (!s) return { isError: true, content: [{ type: "text" as const, text: `no article with id "${article_id}"` }] };
        summary = s.summary.map((x) => ({ ...x, article_id }));
      } else summary = summarizeQuestion(index, question!, n).summary;
      return result({ summary }, summary.map((s) => s.text).join(" "));
    },
  );

  server.registerTool(
    "list_articles",
    {
      description: "List the corpus's articles (id, title, date, source, number of paragraphs).",
      inputSchema: { limit: z.number().int().min(1).max(1000).optional(), offset: z.number().int().min(0).optional() },
      outputSchema: { total: z.number().int(), articles: z.array(z.object({ id: z.string(), title: z.string(), date: z.string().nullable(), source: z.string().nullable(), paragraphs: z.number().int() })) },
    },
    async ({ limit, offset }) => {
      const start = offset ?? 0;
      const articles = index.articles.slice(start, start + (limit ?? 100)).map((a) => ({ id: a.id, title: a.title, date: a.date ?? null, source: a.source ?? null, paragraphs: a.paragraphCount }));
      return result({ total: index.articles.length, articles }, articles.map((a) => `${a.id}: ${a.title}`).join("\n"));
    },
  );

  server.registerTool(
    "get_quotes",
    {
      description: "A speaker's statements (any alias: name, family name, title), direct quotes first.",
      inputSchema: { speaker: notBlank("speaker").max(200) },
      outputSchema: {
        found: z.boolean(),
        speaker: z.object({ id: z.string(), name: z.string(), title: z.string().nullable() }).nullable(),
        quotes: z.array(z.object({ text: z.string(), kind: z.enum(["direct", "reported"]), article_id: z.string(), paragraph: z.number().int() })),
      },
    },
    async ({ speaker }) => {
      const i = speakerByName(index, speaker);
      if (i === null) return result({ found: false, speaker: null, quotes: [] }, `no speaker known as "${speaker}"`);
      const s = index.data.extras.speakers[i]!;
      const quotes = statementsBy(index, i).map((q) => ({ text: q.text, kind: q.kind, article_id: index.articleOf(q.doc).id, paragraph: index.paragraphNumber(q.doc) }));
      return result({ found: true, speaker: { id: s.id, name: s.name, title: s.title }, quotes }, quotes.map((q) => `«${q.text}» (${q.article_id} §${q.paragraph})`).join("\n"));
    },
  );
  return server;
}

/** Handles one MCP request over Streamable HTTP, statelessly. */
export async function handleMcp(index: SearchIndex, request: Request): Promise<Response> {
  const server = createMcpServer(index);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  return transport.handleRequest(request);
}
