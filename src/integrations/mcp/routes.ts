import type { Hono } from "hono";
import type { AppEnv } from "../../door/env";
import { ProblemError } from "../../door/problem";
import { handleMcp } from "./server";

export function mountMcp(app: Hono<AppEnv>): void {
  app.post("/mcp", (c) => handleMcp(c.get("engine"), c.req.raw));
  app.on(["GET", "DELETE"], "/mcp", () => {
    throw new ProblemError("method_not_allowed", "this MCP endpoint is stateless: POST JSON-RPC messages to /mcp", { headers: { allow: "POST" } });
  });
}
