import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { MAX_BODY_BYTES } from "../../src/http/app";
import { mcpOriginAllowed } from "../../src/integrations/mcp/guard";
import { MAX_MCP_BATCH } from "../../src/integrations/mcp/server";

const INIT = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } };

function mcp(init: RequestInit & { headers?: Record<string, string> } = {}) {
  return SELF.fetch("http://worker/mcp", {
    method: "POST",
    ...init,
    headers: { "content-type": "application/json", accept: "application/json, text/event-stream", ...init.headers },
    body: init.method && init.method !== "POST" ? undefined : (init.body ?? JSON.stringify(INIT)),
  });
}

async function expectJsonRpcError(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  const body = (await res.json()) as any;
  expect(body.jsonrpc).toBe("2.0");
  expect(body.id).toBeNull();
  expect(typeof body.error.code).toBe("number");
  expect(body.error.message).toBeTruthy();
}

describe("MCP transport rules", () => {
  it("OPTIONS advertises only what /mcp answers", async () => {
    const res = await SELF.fetch("http://worker/mcp", { method: "OPTIONS" });
    expect(res.status).toBe(204);
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
  });

  it.each(["GET", "DELETE", "PUT", "PATCH"])("%s is a 405 JSON-RPC error with Allow", async (method) => {
    const res = await mcp({ method });
    expect(res.headers.get("allow")).toBe("POST, OPTIONS");
    await expectJsonRpcError(res, 405);
  });

  it("a body over the limit is a 413 JSON-RPC error", async () => {
    await expectJsonRpcError(await mcp({ body: JSON.stringify({ ...INIT, pad: "x".repeat(MAX_BODY_BYTES) }) }), 413);
  });

  it("a body not declared as JSON is a 415 JSON-RPC error", async () => {
    await expectJsonRpcError(await mcp({ headers: { "content-type": "text/plain" } }), 415);
    await expectJsonRpcError(await mcp({ headers: { "content-type": "application/json; charset=utf-16" } }), 415);
  });

  it("checks Origin: none passes, the Worker's own passes, another is a 403", async () => {
    expect((await mcp()).status).toBe(200);
    expect((await mcp({ headers: { origin: "http://worker" } })).status).toBe(200);
    await expectJsonRpcError(await mcp({ headers: { origin: "https://evil.example" } }), 403);
  });

  it("a batch of more than MAX_MCP_BATCH messages is a 400 JSON-RPC error; one within it is answered", async () => {
    const call = (id: number) => ({ jsonrpc: "2.0", id, method: "tools/call", params: { name: "summarize", arguments: { text: "قال الوزير إن الاجتماع انتهى." } } });
    await expectJsonRpcError(await mcp({ body: JSON.stringify(Array.from({ length: MAX_MCP_BATCH + 1 }, (_, i) => call(i))) }), 400);
    const res = await mcp({ body: JSON.stringify(Array.from({ length: MAX_MCP_BATCH }, (_, i) => call(i))) });
    expect(res.status).toBe(200);
    const answers = (await res.json()) as any[];
    expect(answers).toHaveLength(MAX_MCP_BATCH);
    for (const a of answers) expect(a.result.content[0].text).toBeTruthy();
  });

  it("reads MCP_ALLOWED_ORIGINS as a list or *", () => {
    expect(mcpOriginAllowed("https://a.example, https://b.example", "https://b.example", "http://w")).toBe(true);
    expect(mcpOriginAllowed("https://a.example", "https://c.example", "http://w")).toBe(false);
    expect(mcpOriginAllowed("*", "https://c.example", "http://w")).toBe(true);
    expect(mcpOriginAllowed(undefined, undefined, "http://w")).toBe(true);
  });

  it("rejects a blank question as REST does", async () => {
    const call = { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "ask", arguments: { question: "   " } } };
    const res = await mcp({ body: JSON.stringify(call) });
    const body = (await res.json()) as any;
    const failed = body.error !== undefined || body.result?.isError === true;
    expect(failed).toBe(true);
    expect(JSON.stringify(body)).toMatch(/blank/);
  });
});
