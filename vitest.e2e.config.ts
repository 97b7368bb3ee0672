import { defineConfig } from "vitest/config";

/** End-to-end tests: Node clients (openai, the MCP SDK) against `wrangler dev` on loopback. */
export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.test.ts"],
    environment: "node",
    globalSetup: ["tests/e2e/wrangler-dev.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
