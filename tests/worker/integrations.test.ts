import { env, SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { loadEngine } from "../../src/answer";
import { verifySlack } from "../../src/integrations/slack/verify";
import { createWorkerApp } from "../../src/app";
import indexFile from "../../generated/index.bin";

const testEnv = env as unknown as Record<string, string>;

async function hmac(secret: string, message: string): Promise<string> {
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["sign"]);
  const sig = await crypto.subtle.sign("HMAC", key, new TextEncoder().encode(message));
  return [...new Uint8Array(sig)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

async function slack(body: string, { secret = testEnv.SLACK_SIGNING_SECRET!, age = 0 } = {}) {
  const ts = String(Math.floor(Date.now() / 1000) - age);
  const signature = `v0=${await hmac(secret, `v0:${ts}:${body}`)}`;
  return SELF.fetch("http://worker/integrations/slack", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": ts, "x-slack-signature": signature },
    body,
  });
}

async function discord(payload: unknown, { tamper = false, raw, age = 0 }: { tamper?: boolean; raw?: string; age?: number } = {}) {
  const body = raw ?? JSON.stringify(payload);
  const timestamp = String(Math.floor(Date.now() / 1000) - age);
  const key = await crypto.subtle.importKey("jwk", JSON.parse(testEnv.TEST_DISCORD_PRIVATE_JWK!), { name: "Ed25519" }, false, ["sign"]);
  const sig = new Uint8Array(await crypto.subtle.sign({ name: "Ed25519" }, key, new TextEncoder().encode(timestamp + body)));
  if (tamper) sig[0] = sig[0]! ^ 1;
  const hex = [...sig].map((b) => b.toString(16).padStart(2, "0")).join("");
  return SELF.fetch("http://worker/integrations/discord", {
    method: "POST",
    headers: { "content-type": "application/json", "x-signature-ed25519": hex, "x-signature-timestamp": timestamp },
    body,
  });
}

describe("Slack slash command", () => {
  it("verifies Slack's published test vector", async () => {
    const body =
      "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    const secret = "8f742231b10e8888abcd99yyyzzz85a5";
    const signature = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    expect(await verifySlack(secret, "1531420618", signature, body, 1531420618)).toBe(true);
    expect(await verifySlack(secret, "1531420618", signature, body + "x", 1531420618)).toBe(false);
    expect(await verifySlack(secret, "1531420618", signature, body)).toBe(false); // stale today
  });

  it("answers a signed command with blocks: the quote, its speaker and source", async () => {
    const res = await slack(new URLSearchParams({ command: "/ask", text: "ماذا قال كوسكينن؟" }).toString());
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(body.response_type).toBe("in_channel");
    expect(body.text).toContain("ستكون القمة فرصة");
    const texts = JSON.stringify(body.blocks);
    expect(texts).toContain("> ستكون القمة فرصة");
    expect(texts).toContain("يوهانس كوسكينن");
    expect(texts).toContain("§2");
  });

  it("a wrong or stale signature is 401", async () => {
    expect((await slack("text=x", { secret: "wrong" })).status).toBe(401);
    expect((await slack("text=x", { age: 301 })).status).toBe(401);
  });
});

describe("Telegram webhook", () => {
  const post = (update: unknown, token = testEnv.TELEGRAM_SECRET_TOKEN!) =>
    SELF.fetch("http://worker/integrations/telegram", {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": token },
      body: JSON.stringify(update),
    });

  it("answers a message inline with sendMessage", async () => {
    const res = await post({ update_id: 1, message: { message_id: 7, chat: { id: 42 }, text: "ماذا قال كوسكينن؟" } });
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ method: "sendMessage", chat_id: 42, reply_to_message_id: 7 });
    expect(body.text).toContain("ستكون القمة فرصة");
  });

  it("ignores other update kinds with 200", async () => {
    const res = await post({ update_id: 2, edited_message: { message_id: 1, chat: { id: 1 }, text: "x" } });
    expect(res.status).toBe(200);
  });

  it("a wrong secret token is 401", async () => {
    expect((await post({ update_id: 3 }, "nope")).status).toBe(401);
  });
});

describe("Discord interactions", () => {
  it("answers PING with PONG", async () => {
    const res = await discord({ type: 1 });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });

  it("answers a slash command with type 4 content", async () => {
    const res = await discord({ type: 2, data: { name: "ask", options: [{ name: "question", type: 3, value: "ماذا قال كوسكينن؟" }] } });
    const body = (await res.json()) as any;
    expect(body.type).toBe(4);
    expect(body.data.content).toContain("ستكون القمة فرصة");
  });

  it("a bad signature is 401", async () => {
    expect((await discord({ type: 1 }, { tamper: true })).status).toBe(401);
  });

  it("a signed body that is not an interaction (null, an array, no type, options not an array) is 400 problem+json, never 500", async () => {
    for (const raw of ["null", "[]", "{}", '{"type":"2"}', "5", '{"type":2,"data":{"name":"ask","options":5}}', '{"type":2,"data":{"name":"ask","options":{"question":"x"}}}']) {
      const res = await discord(null, { raw });
      expect(res.status, raw).toBe(400);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    }
    expect((await discord(null, { raw: "{not json" })).status).toBe(400);
  });
});

describe("integrations without their secret", () => {
  const app = createWorkerApp(() => loadEngine(indexFile));
  for (const path of ["/integrations/slack", "/integrations/telegram", "/integrations/discord"]) {
    it(`${path} is 404 and listed as disabled`, async () => {
      const res = await app.request(path, { method: "POST", body: "{}" }, {});
      expect(res.status).toBe(404);
      expect(res.headers.get("content-type")).toContain("application/problem+json");
    });
  }
  it("/healthz lists them as disabled", async () => {
    const body = (await (await app.request("/healthz", {}, {})).json()) as any;
    expect(body.integrations).toEqual({ slack: "disabled", telegram: "disabled", discord: "disabled" });
  });
  it("and as enabled when set", async () => {
    const body = (await (await SELF.fetch("http://worker/healthz")).json()) as any;
    expect(body.integrations).toEqual({ slack: "enabled", telegram: "enabled", discord: "enabled" });
  });
});

describe("OpenAI-compatible chat (shapes; the real client runs in tests/e2e)", () => {
  const chat = (body: unknown) =>
    SELF.fetch("http://worker/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

  it("lists the model", async () => {
    const body = (await (await SELF.fetch("http://worker/v1/models")).json()) as any;
    expect(body.object).toBe("list");
    expect(body.data[0]).toMatchObject({ id: "arabic-news-qa", object: "model", owned_by: expect.any(String), created: expect.any(Number) });
  });

  it("answers the last user message and cites its sources", async () => {
    const res = await chat({ model: "arabic-news-qa", messages: [{ role: "user", content: "ماذا قال كوسكينن؟" }] });
    expect(res.headers.get("content-type")).toContain("application/json");
    const body = (await res.json()) as any;
    expect(body).toMatchObject({ object: "chat.completion", model: "arabic-news-qa", choices: [{ index: 0, finish_reason: "stop", logprobs: null, message: { role: "assistant" } }] });
    expect(body.choices[0].message.content).toContain("ستكون القمة فرصة");
    expect(body.choices[0].message.content).toContain("fx-summit-01 §2");
    expect(body.usage.total_tokens).toBeGreaterThan(0);
  });

  it("a follow-up takes its speaker from an earlier turn", async () => {
    const res = await chat({
      messages: [
        { role: "user", content: "ماذا قال وزير الطاقة الكويتي؟" },
        { role: "assistant", content: "…" },
        { role: "user", content: "وماذا قال أيضا؟" },
      ],
    });
    const body = (await res.json()) as any;
    expect(body.choices[0].message.content).toContain("الأسواق تحتاج إلى الاستقرار");
  });

  it("streams SSE chunks ending with [DONE]", async () => {
    const res = await chat({ messages: [{ role: "user", content: "ماذا قال كوسكينن؟" }], stream: true });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    const events = (await res.text()).split("\n\n").filter(Boolean).map((e) => e.replace(/^data: /, ""));
    expect(events.at(-1)).toBe("[DONE]");
    const chunks = events.slice(0, -1).map((e) => JSON.parse(e));
    expect(chunks[0].choices[0].delta).toEqual({ role: "assistant", content: "" });
    expect(chunks.at(-1).choices[0].finish_reason).toBe("stop");
    expect(chunks.every((c: any) => c.object === "chat.completion.chunk" && c.choices[0].index === 0)).toBe(true);
    expect(chunks.map((c: any) => c.choices[0].delta.content ?? "").join("")).toContain("ستكون القمة فرصة");
  });

  it("errors come in OpenAI's shape, a body over the limit and a wrong method too", async () => {
    const big = await SELF.fetch("http://worker/v1/chat/completions", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ messages: [{ role: "user", content: "x".repeat(70_000) }] }) });
    expect(big.status).toBe(413);
    expect(((await big.json()) as any).error.type).toBe("invalid_request_error");
    const get = await SELF.fetch("http://worker/v1/chat/completions");
    expect(get.status).toBe(405);
    expect(((await get.json()) as any).error).toBeDefined();
    const res = await chat({ messages: [] });
    expect(res.status).toBe(400);
    const body = (await res.json()) as any;
    expect(body.error).toMatchObject({ message: expect.any(String), type: "invalid_request_error" });
    expect((await chat({ model: "gpt-4", messages: [{ role: "user", content: "x" }] })).status).toBe(404);
  });
});

describe("MCP endpoint", () => {
  it("GET and DELETE are 405", async () => {
    expect((await SELF.fetch("http://worker/mcp")).status).toBe(405);
    expect((await SELF.fetch("http://worker/mcp", { method: "DELETE" })).status).toBe(405);
  });
});

describe("webhook replay protection", () => {
  it("Discord refuses a validly signed interaction whose timestamp is more than five minutes off", async () => {
    expect((await discord({ type: 1 }, { age: 301 })).status).toBe(401);
    expect((await discord({ type: 1 }, { age: -301 })).status).toBe(401);
    expect((await discord({ type: 1 }, { age: 365 * 86400 })).status).toBe(401);
    expect((await discord({ type: 1 }, { age: 60 })).status).toBe(200);
  });

  it("Slack refuses an exact replay of a request it accepted, within the window", async () => {
    const body = new URLSearchParams({ command: "/ask", text: `ماذا قال الوزير؟ ${crypto.randomUUID()}` }).toString();
    const ts = String(Math.floor(Date.now() / 1000));
    const signature = `v0=${await hmac(testEnv.SLACK_SIGNING_SECRET!, `v0:${ts}:${body}`)}`;
    const send = () =>
      SELF.fetch("http://worker/integrations/slack", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": ts, "x-slack-signature": signature },
        body,
      });
    expect((await send()).status).toBe(200);
    const replay = await send();
    expect(replay.status).toBe(401);
    expect(((await replay.json()) as any).detail).toMatch(/replay/);
  });

  it("Slack refuses a signature more than five minutes old", async () => {
    expect((await slack("command=%2Fask&text=x", { age: 301 })).status).toBe(401);
  });
});
