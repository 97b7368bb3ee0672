import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answer";
import { createWorkerApp } from "../../src/app";
import { RATE_LIMIT_PERIOD_SECONDS, type RateLimiter } from "../../src/door/access";
import indexFile from "../../generated/index.bin";

const engine = loadEngine(indexFile);
const app = createWorkerApp(() => engine);
const bindings = env as unknown as Record<string, unknown>;
const ask = `/v1/ask?q=${encodeURIComponent("ماذا قال الوزير؟")}`;

describe("API key", () => {
  const withKey = { ...bindings, API_KEY: "s3cret-key", RATE_LIMITER: undefined };

  it("is not needed when API_KEY is unset", async () => {
    expect((await SELF.fetch(`http://worker${ask}`)).status).toBe(200);
  });

  it("when set, a request without the bearer token, or with another, is a 401 problem", async () => {
    for (const authorization of [undefined, "Bearer wrong", "Bearer s3cret-ke", "Basic s3cret-key", "s3cret-key"]) {
      const res = await app.request(ask, { headers: authorization ? { authorization } : {} }, withKey);
      expect(res.status).toBe(401);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("when set, the right bearer token passes, on REST, the OpenAI door and MCP alike", async () => {
    expect((await app.request(ask, { headers: { authorization: "Bearer s3cret-key" } }, withKey)).status).toBe(200);
    const chat = await app.request("/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, withKey);
    expect(chat.status).toBe(401);
    expect(((await chat.json()) as any).error.message).toMatch(/Bearer/);
    const mcp = await app.request("/mcp", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }, withKey);
    expect(mcp.status).toBe(401);
    expect(((await mcp.json()) as any).jsonrpc).toBe("2.0");
  });

  it("guards neither the health check, the docs nor the webhooks", async () => {
    expect((await app.request("/healthz", {}, withKey)).status).toBe(200);
    expect((await app.request("/openapi.json", {}, withKey)).status).toBe(200);
  });
});

describe("rate limit", () => {
  it("the Workers Rate Limiting binding from wrangler.toml answers 429 with Retry-After past the limit", async () => {
    expect(bindings.RATE_LIMITER).toBeDefined();
    const ip = `198.51.100.${Math.floor(Math.random() * 250)}`;
    let limited: Response | undefined;
    for (let i = 0; i < 400 && !limited; i++) {
      const res = await app.request("/v1/nothing-here", { headers: { "cf-connecting-ip": ip } }, bindings);
      if (res.status === 429) limited = res;
      else expect(res.status).toBe(404);
    }
    expect(limited).toBeDefined();
    expect(limited!.headers.get("retry-after")).toBe(String(RATE_LIMIT_PERIOD_SECONDS));
    expect(limited!.headers.get("content-type")).toContain("application/problem+json");
    // another client is not limited
    expect((await app.request("/v1/nothing-here", { headers: { "cf-connecting-ip": "203.0.113.9" } }, bindings)).status).toBe(404);
  });

  it("keys clients by API key when one is required, and skips cleanly when the binding is absent", async () => {
    const keys: string[] = [];
    const limiter: RateLimiter = { limit: async ({ key }: { key: string }) => (keys.push(key), { success: true }) };
    await app.request(ask, { headers: { authorization: "Bearer k1", "cf-connecting-ip": "203.0.113.1" } }, { ...bindings, API_KEY: "k1", RATE_LIMITER: limiter });
    expect(keys).toEqual(["key:k1"]);
    expect((await app.request(ask, { headers: { "cf-connecting-ip": "203.0.113.1" } }, { ...bindings, RATE_LIMITER: undefined })).status).toBe(200);
  });
});
