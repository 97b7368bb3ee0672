import { createHmac, createPrivateKey, sign } from "node:crypto";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { replyText } from "../../src/integrations/reply";

/**
 * The same questions through every door (REST, the openai client, the MCP SDK client, signed Slack,
 * Telegram and Discord requests) against wrangler dev: the same passages, quotes and speakers from each.
 */
const base = inject("baseURL");
const keys = inject("secrets");
const openai = new OpenAI({ baseURL: `${base}/v1`, apiKey: "not-needed" });
const mcp = new Client({ name: "parity", version: "1.0.0" });

beforeAll(async () => {
  await mcp.connect(new StreamableHTTPClientTransport(new URL(`${base}/mcp`)));
});
afterAll(async () => {
  await mcp.close();
});

async function rest(path: string, body?: unknown): Promise<any> {
  const res = await fetch(`${base}${path}`, body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  expect(res.status, path).toBe(200);
  return res.json();
}
const tool = async (name: string, args: Record<string, unknown>) => ((await mcp.callTool({ name, arguments: args })) as { structuredContent: any }).structuredContent;

async function chat(questions: string[]): Promise<string> {
  const messages = questions.flatMap((q, i) => [
    ...(i ? [{ role: "assistant" as const, content: "…" }] : []),
    { role: "user" as const, content: q },
  ]);
  const r = await openai.chat.completions.create({ model: "arabic-news-qa", messages });
  return r.choices[0]!.message.content!;
}

async function slack(text: string): Promise<any> {
  const body = new URLSearchParams({ command: "/ask", text }).toString();
  const ts = String(Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", keys.slack).update(`v0:${ts}:${body}`).digest("hex")}`;
  const res = await fetch(`${base}/integrations/slack`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": ts, "x-slack-signature": signature }, body });
  return res.json();
}

async function telegram(text: string): Promise<any> {
  const res = await fetch(`${base}/integrations/telegram`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": keys.telegram },
    body: JSON.stringify({ update_id: 1, message: { message_id: 9, chat: { id: 5 }, text } }),
  });
  return res.json();
}

async function discord(text: string): Promise<any> {
  const body = JSON.stringify({ type: 2, data: { name: "ask", options: [{ name: "question", type: 3, value: text }] } });
  const ts = String(Math.floor(Date.now() / 1000));
  const key = createPrivateKey({ key: JSON.parse(keys.discordPrivateJwk), format: "jwk" });
  const signature = sign(null, Buffer.from(ts + body), key).toString("hex");
  const res = await fetch(`${base}/integrations/discord`, { method: "POST", headers: { "content-type": "application/json", "x-signature-ed25519": signature, "x-signature-timestamp": ts }, body });
  return res.json();
}

/** Who is quoted in an answer's passages, and what: what every door must agree on. */
const quotesOf = (r: any) => r.passages.flatMap((p: any) => p.quotes.map((q: any) => `${p.article_id}§${p.paragraph} ${q.speaker}: ${q.text}`));

const questions: Array<{ q: string; found: boolean; speaker?: string; text?: string }> = [
  { q: "أين يلتقي رئيس فنلندا ورئيس البرتغال؟", found: true, text: "جنيف" },
  { q: "Where will Korhonen and Ferreira meet?", found: true, text: "جنيف" },
  { q: "ماذا قال العنزي؟", found: true, speaker: "خالد العنزي" },
  { q: "What did Koskinen say?", found: true, speaker: "يوهانس كوسكينن" },
  { q: "What did Zuckerberg say?", found: false },
];

describe("one question, every door, one answer", () => {
  for (const { q, found, speaker, text } of questions) {
    it(q, async () => {
      const answer = await rest("/v1/ask", { question: q });
      expect(answer.found).toBe(found);
      if (speaker) expect(answer.passages[0].quotes[0].speaker).toBe(speaker);
      if (text) expect(answer.passages[0].text).toContain(text);
      const reply = replyText(answer);

      expect(await tool("ask", { question: q })).toEqual(answer);
      expect(await chat([q])).toBe(reply);
      const s = await slack(q);
      expect(s.text).toBe(reply);
      for (const line of quotesOf(answer).filter((l: string) => !l.includes(" null: "))) expect(JSON.stringify(s.blocks)).toContain(line.split(": ").slice(1).join(": ").slice(0, 40));
      expect((await telegram(q)).text).toBe(reply.slice(0, 4096));
      expect((await discord(q)).data.content).toBe(reply.slice(0, 2000));
    });
  }
});

describe("follow-ups: the conversation's speaker, in REST, chat and MCP", () => {
  const conversations: Array<{ earlier: string; q: string; speaker: string; language: "ar" | "en" }> = [
    { earlier: "What did Koskinen say?", q: "And what did he say?", speaker: "يوهانس كوسكينن", language: "en" },
    { earlier: "ماذا قال العنزي؟", q: "وماذا قال أيضا؟", speaker: "خالد العنزي", language: "ar" },
    { earlier: "ماذا قال العنزي؟", q: "And what did he say?", speaker: "خالد العنزي", language: "en" },
  ];
  for (const { earlier, q, speaker, language } of conversations) {
    it(`${earlier} → ${q}`, async () => {
      const answer = await rest("/v1/ask", { question: q, context: [earlier] });
      expect(answer).toMatchObject({ found: true, language });
      expect(answer.passages[0].quotes[0].speaker).toBe(speaker);
      expect(quotesOf(answer)).toEqual(quotesOf(await rest("/v1/ask", { question: earlier })));
      expect(await tool("ask", { question: q, context: [earlier] })).toEqual(answer);
      expect(await chat([earlier, q])).toBe(replyText(answer));
    });
  }
});

describe("search, quotes and summaries: REST and MCP agree", () => {
  for (const q of ["جنيف", "Where will Korhonen and Ferreira meet?"]) {
    it(`search: ${q}`, async () => {
      const r = await rest(`/v1/search?q=${encodeURIComponent(q)}&limit=3`);
      expect(r.results[0].text).toContain("جنيف");
      expect(await tool("search", { query: q, limit: 3 })).toEqual(r);
    });
    // a one-word topic over this 14-paragraph fixture sits under the found line (its idf is tiny in so small
    // a corpus; on the SaudiNewsNet subset one-word topics are found): the summary asks about the meeting
    const asked = q === "جنيف" ? "اجتماع جنيف" : q;
    it(`summary: ${asked}`, async () => {
      const r = await rest("/v1/summarize", { question: asked, sentences: 2 });
      expect(r.found).toBe(true);
      expect(await tool("summarize", { question: asked, sentences: 2 })).toEqual(r);
    });
  }
  for (const who of ["Koskinen", "كوسكينن", "المتحدث باسم الرئاسة الفنلندية"]) {
    it(`quotes: ${who}`, async () => {
      const r = await rest(`/v1/quotes?speaker=${encodeURIComponent(who)}`);
      expect(r.speaker.name).toBe("يوهانس كوسكينن");
      expect(await tool("get_quotes", { speaker: who })).toEqual({ found: true, ...r });
      expect(await rest(`/v1/speakers/${r.speaker.id}`)).toEqual(r);
    });
  }
});
