import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import { CfWorkerJsonSchemaValidator } from "@modelcontextprotocol/sdk/validation/cfworker";
import { z } from "zod";
import { jsonRpcError } from "./guard";
import {
  ArticleListItemSchema,
  AskResultSchema,
  EngineError,
  MAX_CONTEXT_TURNS,
  MAX_QUESTION_CHARS,
  MAX_SUMMARY_TEXT,
  QuotesResultSchema,
  SearchResultSchema,
  SummarizeResultSchema,
  type StoreEngine,
} from "../../answer";

function result<T extends Record<string, unknown>>(structured: T, text: string) {
  return { content: [{ type: "text" as const, text }], structuredContent: structured };
}

function failure(text: string) {
  return { isError: true, content: [{ type: "text" as const, text }] };
}

/** A string argument with something to read: blank ones are rejected, as REST rejects them. */
function notBlank(name: string) {
  return z.string().regex(/\S/, `${name} must not be blank`);
}
const question = notBlank("question").max(MAX_QUESTION_CHARS);

/**
 * A new MCP server with the product's tools. Built per request (stateless): one shared transport
 * hangs under concurrent clients. The output schemas are the engine's result schemas, the ones the REST
 * responses use. Validation uses the Workers-safe @cfworker/json-schema validator, since the default
 * (Ajv) compiles code with new Function, which workerd refuses.
 */
export function createMcpServer(engine: StoreEngine): McpServer {
  const server = new McpServer({ name: "arabic-news-qa", version: "1.0.0" }, { jsonSchemaValidator: new CfWorkerJsonSchemaValidator() });

  server.registerTool(
    "ask",
    {
      description:
        "Answer a question (Arabic or English) from the Arabic news corpus; 'what did X say' questions return X's quotes with speaker and source. " +
        "Pass the earlier questions of the conversation as `context` so a follow-up ('and what did he say?') keeps its speaker.",
      inputSchema: {
        question,
        top_k: z.number().int().min(1).max(20).optional(),
        context: z.array(question).max(MAX_CONTEXT_TURNS).optional().describe("earlier questions of the conversation, oldest first"),
      },
      outputSchema: AskResultSchema,
    },
    async ({ question: q, top_k, context }) => {
      const r = await engine.ask(q, { topK: top_k ?? 3, context: context ?? [] });
      return result(r, r.answer);
    },
  );

  server.registerTool(
    "search",
    {
      description: "Rank the corpus's paragraphs by BM25 for a query (Arabic or English).",
      inputSchema: { query: question, limit: z.number().int().min(1).max(100).optional() },
      outputSchema: SearchResultSchema,
    },
    async ({ query, limit }) => {
      const r = await engine.search(query, limit ?? 10);
      return result(r, r.results.map((x) => `${x.article_id} §${x.paragraph}: ${x.text}`).join("\n\n") || "no result");
    },
  );

  server.registerTool(
    "summarize",
    {
      description: "Extractive summary of an article (article_id), of Arabic text (text), or of what the corpus says on a question in Arabic or English (question). Give exactly one.",
      inputSchema: {
        text: notBlank("text").max(MAX_SUMMARY_TEXT).optional(),
        article_id: z.string().min(1).optional(),
        question: question.optional(),
        sentences: z.number().int().min(1).max(10).optional(),
      },
      outputSchema: SummarizeResultSchema,
    },
    async ({ text, article_id, question: q, sentences }) => {
      const given = [text, article_id, q].filter((x) => x !== undefined).length;
      if (given !== 1) return failure("give exactly one of text, article_id, question");
      const input = text !== undefined ? { text } : article_id !== undefined ? { article_id } : { question: q! };
      try {
        const r = await engine.summarize(input, sentences ?? 3);
        return result(r, [r.truncated?.detail, r.summary.map((s) => s.text).join(" ")].filter(Boolean).join("\n"));
      } catch (e) {
        if (e instanceof EngineError) return failure(e.message);
        throw e;
      }
    },
  );

  server.registerTool(
    "list_articles",
    {
      description: "List the corpus's articles (id, title, date, source, number of paragraphs).",
      inputSchema: { limit: z.number().int().min(1).max(1000).optional(), offset: z.number().int().min(0).optional() },
      outputSchema: z.object({ total: z.number().int(), articles: z.array(ArticleListItemSchema) }),
    },
    async ({ limit, offset }) => {
      const all = await engine.articles();
      const start = offset ?? 0;
      const articles = all.slice(start, start + (limit ?? 100));
      return result({ total: all.length, articles }, articles.map((a) => `${a.id}: ${a.title}`).join("\n"));
    },
  );

  server.registerTool(
    "get_quotes",
    {
      description: "A speaker's statements, direct quotes first. The speaker: an id (sp_…), name, family name, title or role, in Arabic or Latin script.",
      inputSchema: { speaker: notBlank("speaker").max(200) },
      outputSchema: QuotesResultSchema.extend({ found: z.boolean(), speaker: QuotesResultSchema.shape.speaker.nullable() }),
    },
    async ({ speaker }) => {
      const r = await engine.quotes(speaker);
      if (!r) return result({ found: false, speaker: null, quotes: [] }, `no speaker known as "${speaker}"`);
      return result({ found: true, ...r }, r.quotes.map((q) => `«${q.text}» (${q.article_id} §${q.paragraph})`).join("\n"));
    },
  );
  return server;
}

/**
 * Most JSON-RPC messages one POST to /mcp may carry (a batch, which protocol versions before 2025-06-18
 * allow). Default 4: every message's work is bounded (a posted text by src/answer/text-budget.ts), and so
 * is a request's only when the messages are few; 60 summarize calls in one body cost 60 texts' work.
 */
export const MAX_MCP_BATCH = 4;

/** Handles one MCP request over Streamable HTTP, statelessly; a batch over MAX_MCP_BATCH messages is a JSON-RPC error (400). */
export async function handleMcp(engine: StoreEngine, request: Request): Promise<Response> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await request.clone().text());
  } catch {
    parsed = undefined; // the SDK reads the body again and answers its own parse error
  }
  if (Array.isArray(parsed) && parsed.length > MAX_MCP_BATCH) {
    return jsonRpcError(400, -32600, `a JSON-RPC batch on /mcp holds at most ${MAX_MCP_BATCH} messages; this one has ${parsed.length}`);
  }
  const server = createMcpServer(engine);
  const transport = new WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
  await server.connect(transport);
  return transport.handleRequest(request, parsed === undefined ? undefined : { parsedBody: parsed });
}
