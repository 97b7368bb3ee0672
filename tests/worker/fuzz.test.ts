import { SELF } from "cloudflare:test";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_TEXT_SENTENCES } from "../../src/answer/summaries";
import { MAX_GRAPH_SENTENCES, summaryWork } from "../../src/corpus/summary";
import { attributionBound } from "../../src/answer/text-budget";
import { attributionWork } from "../../src/corpus/attribution-work";
import { MAX_MCP_BATCH } from "../../src/integrations/mcp/server";
import { adversarialText } from "../adversarial-texts";
import { loadEngine } from "../../src/answer";
import { createWorkerApp } from "../../src/app";
import { worstCases } from "../../scripts/bench/worst-inputs";
import indexFile from "../../generated/index.bin";

/** Every route the app mounts, its {params} filled in by the generators. */
const ROUTES = [...new Set(createWorkerApp(() => loadEngine(indexFile)).routes.map((r) => r.path.replace(/:(\w+)/g, "{$1}")))].filter((p) => !p.includes("*")); // middleware patterns are not routes

const METHODS = ["GET", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"];
const TYPES = ["application/json", "application/json; charset=utf-8", "text/plain", "application/x-www-form-urlencoded", "application/json-patch+json", "application/json; charset=utf-16", "multipart/form-data", ""];
const nasty = fc.constantFrom("", " ", "\u200d", "null", "0x3", "-1", "1e9", "NaN", "ماذا قال بيسكوف؟", "What did Peskov say?", "<script>", "../../etc/passwd", "%", "\u0000", "ب! ".repeat(300), "x".repeat(1500));
const text = fc.oneof(fc.string({ maxLength: 40 }), fc.string({ unit: "grapheme", maxLength: 40 }), nasty);
const adversarial = worstCases().map((c) => c.body);

/** A request body: random JSON, JSON-shaped request objects with hostile fields, or raw text. */
const body = fc.oneof(
  fc.json({ maxDepth: 3 }),
  fc.record({ question: text, top_k: fc.oneof(fc.integer(), text), summary: fc.oneof(fc.boolean(), text) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.record({ text, article_id: text, question: text, sentences: fc.oneof(fc.integer({ min: -5, max: 30 }), text) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.record({ model: text, messages: fc.oneof(fc.array(fc.record({ role: fc.constantFrom("user", "system", "assistant", "tool", "x"), content: fc.oneof(text, fc.json()) }), { maxLength: 3 }), text) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.record({ jsonrpc: fc.constantFrom("2.0", "1.0"), id: fc.oneof(fc.integer(), text, fc.constant(null)), method: fc.constantFrom("initialize", "tools/list", "tools/call", "ping", "x"), params: fc.oneof(fc.json({ maxDepth: 2 }), fc.record({ name: fc.constantFrom("ask", "search", "summarize", "get_quotes", "list_articles", "nope"), arguments: fc.oneof(fc.constantFrom(...adversarial), fc.dictionary(fc.constantFrom("question", "query", "text", "article_id", "speaker", "sentences", "top_k", "limit", "offset"), fc.oneof(text, fc.integer()))) })) }, { requiredKeys: [] }).map((o) => JSON.stringify(o)),
  fc.constantFrom(...adversarial.map((b) => JSON.stringify(b))),
  text,
);

const request = fc.record({
  route: fc.constantFrom(...ROUTES),
  param: text,
  method: fc.constantFrom(...METHODS),
  type: fc.constantFrom(...TYPES),
  query: fc.array(fc.tuple(fc.constantFrom("q", "top_k", "limit", "offset", "sentences", "speaker", "summary", "x"), text), { maxLength: 4 }),
  headers: fc.dictionary(fc.constantFrom("accept", "origin", "authorization", "x-slack-signature", "x-slack-request-timestamp", "x-signature-ed25519", "x-signature-timestamp", "x-telegram-bot-api-secret-token"), fc.string({ maxLength: 30 }).filter((s) => /^[\x20-\x7e]*$/.test(s)), { maxKeys: 3 }),
  body,
});

/** Longest a request may take to answer in full before the property fails (a hang, not a slow answer). */
const ANSWER_MS = 5_000;

type Req = typeof request extends fc.Arbitrary<infer T> ? T : never;

/** Sends one generated request; returns what the properties look at. */
async function send(r: Req) {
  const path = r.route.replace(/\{\w+\}/g, encodeURIComponent(r.param) || "x");
  const query = new URLSearchParams(r.query).toString();
  const withBody = !["GET", "HEAD"].includes(r.method);
  const headers: Record<string, string> = { ...r.headers, ...(r.type ? { "content-type": r.type } : {}) };
  const before = { ...summaryWork };
  const attributed = { ...attributionWork };
  const answer = (async () => {
    const res = await SELF.fetch(`http://worker${path}${query ? `?${query}` : ""}`, { method: r.method, headers, body: withBody ? r.body : undefined });
    return { res, text: await res.text() };
  })();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ANSWER_MS} ms`)), ANSWER_MS)));
  const { res, text } = await Promise.race([answer, late]).finally(() => clearTimeout(timer));
  return { path, res, text, pairs: summaryWork.pairs - before.pairs, sentences: summaryWork.sentences - before.sentences, work: workSince(attributed) };
}

const WORK_KEYS = ["tokens", "refs", "interned", "compared"] as const;

/** Attribution's operations since a copy of attributionWork was taken. */
function workSince(before: typeof attributionWork): typeof attributionWork {
  return Object.fromEntries(WORK_KEYS.map((k) => [k, attributionWork[k] - before[k]])) as typeof attributionWork;
}

/** Expects the attribution work of `texts` posted texts within attributionBound() each. */
function expectAttributionWithin(work: typeof attributionWork, texts: number) {
  const bound = attributionBound();
  for (const k of WORK_KEYS) expect(work[k], k).toBeLessThanOrEqual(texts * bound[k]);
}

/** One posted text through a door that attributes it: REST /v1/summarize or MCP tools/call summarize. */
async function postText(door: "rest" | "mcp", text: string) {
  const attributed = { ...attributionWork };
  const res =
    door === "rest"
      ? await SELF.fetch("http://worker/v1/summarize", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }) })
      : await SELF.fetch("http://worker/mcp", {
          method: "POST",
          headers: { "content-type": "application/json", accept: "application/json, text/event-stream" },
          body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "summarize", arguments: { text } } }),
        });
  await res.text();
  return { res, work: workSince(attributed) };
}

/** The error shape of the door a path belongs to. */
function expectDoorError(path: string, status: number, type: string, text: string) {
  if (type.startsWith("text/html")) {
    // the page door: an unknown article is the article page, answering 404
    expect(path).toMatch(/^\/articles\//);
    return;
  }
  const body = JSON.parse(text);
  if (/^\/v1\/(chat\/|models(\/|$))/.test(path)) {
    expect(typeof body.error?.message).toBe("string");
  } else if (path === "/mcp") {
    expect(body.jsonrpc).toBe("2.0");
    expect(typeof body.error?.code).toBe("number");
  } else {
    expect(type).toContain("application/problem+json");
    expect(body).toMatchObject({ status, title: expect.any(String), detail: expect.any(String), type: expect.any(String) });
  }
}

const LEAK = /\bat \S+ \(|\.ts:\d+|\/work\/|node_modules|file:\/\/|Error: .*\n\s+at /;

describe("property: every route, any request", () => {
  it("never answers 5xx, answers errors in its door's shape, leaks no stack or path, and does bounded work", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const { path, res, text, pairs, sentences, work } = await send(r);
        expect(res.status).toBeLessThan(500);
        expect(text).not.toMatch(LEAK);
        if (res.status >= 400 && r.method !== "HEAD" && text) expectDoorError(path, res.status, res.headers.get("content-type") ?? "", text);
        // a request ranks at most a few sentence sets, each within the graph cap
        expect(pairs).toBeLessThanOrEqual(8 * MAX_GRAPH_SENTENCES ** 2);
        expect(sentences).toBeLessThanOrEqual(8 * 200);
        // posted text is attributed by /v1/summarize (one text) and MCP summarize (one a message, MAX_MCP_BATCH messages at most)
        expectAttributionWithin(work, MAX_MCP_BATCH);
      }),
      // 400 a run: SELF.fetch counts as a subrequest, and one test may make about 1,000 before workerd stalls it
      { numRuns: 400, seed: Number(process.env.FUZZ_SEED ?? 19) },
    );
  });

  it.each(["rest", "mcp"] as const)("%s: any adversarial posted text is answered with attribution work within attributionBound()", { timeout: 120_000 }, async (door) => {
    await fc.assert(
      fc.asyncProperty(adversarialText, async (text) => {
        const { res, work } = await postText(door, text);
        expect(res.status).toBe(200);
        expectAttributionWithin(work, 1);
      }),
      { numRuns: 60, seed: Number(process.env.FUZZ_SEED ?? 19) },
    );
  });

  it.each(worstCases().map((c) => [c.name, c] as const))("worst case %s: 200 within the budget", async (_, c) => {
    const before = { ...summaryWork };
    const attributed = { ...attributionWork };
    const res = await SELF.fetch(`http://worker${c.path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(c.body) });
    expect(res.status).toBe(200);
    const body = (await res.json()) as any;
    expect(summaryWork.pairs - before.pairs).toBeLessThanOrEqual(MAX_GRAPH_SENTENCES ** 2);
    expectAttributionWithin(workSince(attributed), 1);
    if ("text" in c.body) {
      expect(summaryWork.sentences - before.sentences).toBeLessThanOrEqual(MAX_TEXT_SENTENCES);
      const texts = body.summary.map((s: { text: string }) => s.text);
      expect(new Set(texts).size).toBe(texts.length);
    }
  });
});
