import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const client = new Client({ name: "e2e", version: "1.0.0" });

beforeAll(async () => {
  await client.connect(new StreamableHTTPClientTransport(new URL(`${inject("baseURL")}/mcp`)));
});
afterAll(async () => {
  await client.close();
});

const structured = (r: unknown) => (r as { structuredContent: any }).structuredContent;

describe("the MCP SDK client against wrangler dev", () => {
  it("lists the five tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["ask", "get_quotes", "list_articles", "search", "summarize"]);
    for (const t of tools) expect(t.outputSchema).toBeDefined();
  });

  it("ask", async () => {
    const r = structured(await client.callTool({ name: "ask", arguments: { question: "ماذا قال كوسكينن؟" } }));
    expect(r.found).toBe(true);
    expect(r.passages[0].quotes[0].text).toBe("ستكون القمة فرصة لتعزيز التجارة بين البلدين");
  });

  it("search", async () => {
    const r = structured(await client.callTool({ name: "search", arguments: { query: "جنيف", limit: 3 } }));
    expect(r.results[0].text).toContain("جنيف");
  });

  it("summarize", async () => {
    const r = structured(await client.callTool({ name: "summarize", arguments: { article_id: "fx-oil-02", sentences: 2 } }));
    expect(r.summary).toHaveLength(2);
  });

  it("list_articles", async () => {
    const r = structured(await client.callTool({ name: "list_articles", arguments: {} }));
    expect(r.total).toBeGreaterThan(0);
    expect(r.articles.map((a: any) => a.id)).toContain("fx-summit-01");
  });

  it("get_quotes", async () => {
    const r = structured(await client.callTool({ name: "get_quotes", arguments: { speaker: "كوسكينن" } }));
    expect(r.found).toBe(true);
    expect(r.speaker.name).toBe("يوهانس كوسكينن");
  });

  it("rejects arguments that break the input schema", async () => {
    const r = (await client.callTool({ name: "ask", arguments: { question: 5 } })) as { isError?: boolean };
    expect(r.isError).toBe(true);
  });

  it("serves concurrent clients", async () => {
    const others = await Promise.all(
      [1, 2, 3].map(async () => {
        const c = new Client({ name: "e2e-parallel", version: "1.0.0" });
        await c.connect(new StreamableHTTPClientTransport(new URL(`${inject("baseURL")}/mcp`)));
        const r = structured(await c.callTool({ name: "search", arguments: { query: "النفط", limit: 1 } }));
        await c.close();
        return r.results.length;
      }),
    );
    expect(others).toEqual([1, 1, 1]);
  });
});
