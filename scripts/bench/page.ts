/**
 * The chat page: its weight (HTML + CSS + JS as served, gzip) and, in headless Chromium against
 * `wrangler dev` on loopback, the time to load it and to answer. `npm run bench:page` writes the
 * section into docs/benchmarks.md; `npm run bench` includes it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { transliterate } from "../../src/answer/english";
import { launch, skipReason } from "../../tests/e2e/browser/chromium";
import { table } from "../eval/table";
import { startWranglerDev } from "./wrangler";

/** Page loads measured, each in a new browser context (empty cache), each followed by one question. */
const ROUNDS = 12;

const CHAT_FILES = ["/", "/page/style.css", "/page/chat.js", "/page/api.js", "/page/render.js"];
const ARTICLE_FILES = ["/articles/{id}", "/page/style.css", "/page/article.js", "/page/api.js"];

async function weight(base: string, files: string[], id: string): Promise<string[][]> {
  const rows: string[][] = [];
  let raw = 0;
  let gz = 0;
  for (const f of files) {
    const body = Buffer.from(await (await fetch(base + f.replace("{id}", encodeURIComponent(id)))).arrayBuffer());
    const z = gzipSync(body).length;
    raw += body.length;
    gz += z;
    rows.push([f, String(body.length), String(z)]);
  }
  rows.push(["**total**", `**${raw}**`, `**${gz}** (${(gz / 1024).toFixed(1)} KiB)`]);
  return rows;
}

/** In the page: submits a question, resolves to ms until the first streamed text and until the rendered answer. */
const TIME_ANSWER = `(q) => new Promise((resolve) => {
  const log = document.getElementById("log");
  const before = log.querySelectorAll(".msg.bot").length;
  const t0 = performance.now();
  let first = 0;
  const obs = new MutationObserver(() => {
    const bubble = log.querySelectorAll(".msg.bot")[before];
    if (!bubble) return;
    if (!first && bubble.textContent) first = performance.now() - t0;
    if (bubble.hasAttribute("data-found")) { obs.disconnect(); resolve({ first: first || performance.now() - t0, done: performance.now() - t0 }); }
  });
  obs.observe(log, { subtree: true, childList: true, characterData: true, attributes: true });
  document.getElementById("q").value = q;
  document.getElementById("ask").requestSubmit();
})`;

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `${at(0.5).toFixed(0)} / ${at(0.9).toFixed(0)} / ${s.at(-1)!.toFixed(0)}`;
};

/** The page section of docs/benchmarks.md. */
export async function pageBench(): Promise<string> {
  const reason = skipReason();
  if (reason) return `Not measured: ${reason}.`;
  const { base, stop } = await startWranglerDev();
  const browser = await launch();
  try {
    const { articles } = (await (await fetch(`${base}/v1/articles`)).json()) as { articles: { id: string }[] };
    const { speakers } = (await (await fetch(`${base}/v1/speakers`)).json()) as { speakers: { name: string; statements: number }[] };
    const top = [...speakers].sort((a, b) => b.statements - a.statements).slice(0, ROUNDS / 2);
    const questions = top.flatMap((s) => [`ماذا قال ${s.name}؟`, `What did ${transliterate(s.name.split(" ").at(-1)!)} say?`]);
    const load: number[] = [];
    const ready: number[] = [];
    const first: number[] = [];
    const done: number[] = [];
    for (let i = -1; i < questions.length; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const t0 = Date.now();
      await page.goto(`${base}/`, { waitUntil: "load" });
      const loaded = Date.now() - t0;
      await page.locator(".example").first().waitFor();
      const examples = Date.now() - t0;
      const t = (await page.evaluate(`(${TIME_ANSWER})(${JSON.stringify(questions[Math.max(i, 0)])})`)) as { first: number; done: number };
      await context.close();
      if (i < 0) continue; // the first round warms the isolate (the index is decoded on first use)
      load.push(loaded);
      ready.push(examples);
      first.push(t.first);
      done.push(t.done);
    }
    return [
      "Page weight, as `wrangler dev` serves it (bytes; gzip at zlib's default level, as a CDN would send it):\n",
      table(["chat page file", "bytes", "gzip"], await weight(base, CHAT_FILES, articles[0]!.id)),
      "",
      table(["article page file", "bytes", "gzip"], await weight(base, ARTICLE_FILES, articles[0]!.id)),
      `\nIn headless Chromium against \`wrangler dev\` on loopback, bundled corpus: ${questions.length} page loads, each in a new browser context (empty cache) and followed by one question (the ${top.length} most quoted speakers, once in Arabic and once in English by the Latin spelling of the family name), after one warm-up round. ms, median / p90 / max:\n`,
      table(["measure", "ms"], [
        ["page load (navigation to load event)", stats(load)],
        ["examples shown (after GET /v1/speakers)", stats(ready)],
        ["question to first streamed text", stats(first)],
        ["question to the rendered answer (quotes, sources)", stats(done)],
      ]),
    ].join("\n");
  } finally {
    await browser.close();
    stop();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]!).href) {
  const section = `## The page\n\n${await pageBench()}\n`;
  console.log(section);
  const doc = readFileSync("docs/benchmarks.md", "utf8");
  const start = doc.indexOf("## The page\n");
  const next = (from: number) => {
    const at = doc.indexOf("\n## ", from);
    return at < 0 ? doc.length : at + 1;
  };
  const out = start >= 0 ? doc.slice(0, start) + section + "\n" + doc.slice(next(start + 1)) : doc.replace("## Reading the figures", `${section}\n## Reading the figures`);
  writeFileSync("docs/benchmarks.md", out);
}
