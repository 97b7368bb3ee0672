import type { Context, MiddlewareHandler } from "hono";
import { isJsonType } from "../../door/media-type";

/** Methods /mcp answers: POST (JSON-RPC over Streamable HTTP, stateless) and OPTIONS. */
export const MCP_ALLOW = "POST, OPTIONS";

/** A JSON-RPC 2.0 error response with no id (a transport-level failure), at an HTTP status. */
export function jsonRpcError(status: number, code: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ jsonrpc: "2.0", error: { code, message }, id: null }), {
    status,
    headers: { "content-type": "application/json", ...headers },
  });
}

/**
 * Whether a request's Origin may call /mcp: no Origin (server-side clients send none) passes; otherwise
 * the origin must be in MCP_ALLOWED_ORIGINS (comma-separated exact origins, or "*"), or, when that is
 * unset (the default), be the Worker's own origin. Against DNS rebinding, as the MCP specification asks.
 */
export function mcpOriginAllowed(setting: string | undefined, origin: string | undefined, self: string): boolean {
  if (origin === undefined) return true;
  const list = (setting ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (list.length === 0) return origin === self;
  return list.includes("*") || list.includes(origin);
}

/** JSON-RPC error codes used for transport failures: -32600 invalid request, -32000 server-defined. */
const INVALID_REQUEST = -32600;
const SERVER_ERROR = -32000;

/**
 * The MCP transport's own rules, before the body limit and the SDK: Origin allow-list (403), OPTIONS
 * with the true Allow, 405 for other methods, 415 for a body not declared as JSON, and every error the
 * app answers on /mcp (413 from the body limit included) rewritten as a JSON-RPC error object.
 */
export function mcpGuard(): MiddlewareHandler {
  return async (c, next) => {
    const env = c.env as { MCP_ALLOWED_ORIGINS?: string } | undefined;
    if (!mcpOriginAllowed(env?.MCP_ALLOWED_ORIGINS, c.req.header("origin"), new URL(c.req.url).origin)) {
      return jsonRpcError(403, SERVER_ERROR, `origin ${c.req.header("origin")} is not allowed to call /mcp (see MCP_ALLOWED_ORIGINS)`);
    }
    if (c.req.method === "OPTIONS") return c.body(null, 204, { allow: MCP_ALLOW });
    if (c.req.method !== "POST") return jsonRpcError(405, SERVER_ERROR, `${c.req.method} is not allowed on /mcp: this endpoint is stateless; POST JSON-RPC messages`, { allow: MCP_ALLOW });
    if (!isJsonType(c.req.header("content-type"))) return jsonRpcError(415, INVALID_REQUEST, "send JSON-RPC messages as application/json");
    await next();
    await asJsonRpc(c);
  };
}

/** Rewrites a problem+json answer (413, 400 …) as a JSON-RPC error with the same status and detail. */
async function asJsonRpc(c: Context): Promise<void> {
  if (!(c.res.headers.get("content-type") ?? "").includes("application/problem+json")) return;
  const problem = (await c.res.clone().json().catch(() => ({}))) as { detail?: string };
  const status = c.res.status;
  c.res = undefined;
  c.res = jsonRpcError(status, status < 500 ? INVALID_REQUEST : SERVER_ERROR, problem.detail ?? "request failed");
}
