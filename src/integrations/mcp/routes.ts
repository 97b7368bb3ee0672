import type { Hono } from "hono";
import type { AppEnv } from "../../http/env";
import { ProblemError } from "../../http/problem";
import { handleMcp } from "./server";

export function mountMcp(app: Hono<AppEnv>): void {
  app.post("/mcp", (c) => handleMcp(c.get("index"), c.req.raw));
  app.on(["GET", "DELETE"], "/mcp", () => {
    throw new ProblemError("method_not_allowed", "this MCP endpoint is stateless: POST JSON-RPC messages to /mcp", { headers: { allow: "POST" } });
  });
}
