/**
 * Latency of a running Worker (the archive under `npm run dev:archive`, or the bundled one under
 * `npm start`), for docs/benchmarks.md's archive section:
 *
 *   npx tsx scripts/bench/archive.ts --url http://localhost:8787 --corpus FILE.jsonl|DIR --route search|ask [--n 200]
 *
 * One route a run, a minute apart: the rate limit allows 300 requests a minute a client.
 *
 * Questions: the first five words of N paragraphs drawn with a fixed seed from the corpus file, sent one
 * at a time (no concurrency) to GET /v1/search and POST /v1/ask after a warm-up of 20; prints median
 * and p99 in ms, client side (loopback, so it includes wrangler dev's own overhead).
 */
import { readFileSync } from "node:fs";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { readIngestCorpus } from "../ingest-files";
import { random } from "../random";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const url = flag("url", "http://localhost:8787");
const n = Number(flag("n", "200"));
const corpus = flag("corpus", "");
// a .jsonl corpus file, or a folder as npm run ingest reads it (the SaudiNewsNet zips)
const articles = corpus.endsWith(".jsonl") ? parseJsonlArticles(readFileSync(corpus, "utf8"), "corpus") : readIngestCorpus(corpus);
const rnd = random(20261202);
const questions = Array.from({ length: n + 20 }, () => {
  const a = articles[Math.floor(rnd() * articles.length)]!;
  return a.paragraphs[Math.floor(rnd() * a.paragraphs.length)]!.split(/\s+/).slice(0, 5).join(" ");
});

const pct = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

// one route a run: the read API's rate limit (300 a minute a client) would cut a run of both short
const only = flag("route", "search") as "search" | "ask";
for (const route of [only]) {
  const times: number[] = [];
  let failed = 0;
  for (const [i, q] of questions.entries()) {
    const t0 = performance.now();
    const res = route === "search"
      ? await fetch(`${url}/v1/search?q=${encodeURIComponent(q)}&limit=10`)
      : await fetch(`${url}/v1/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: q }) });
    await res.arrayBuffer();
    if (!res.ok) failed++;
    if (i >= 20) times.push(performance.now() - t0);
  }
  console.log(`${route}: ${times.length} requests, median ${pct(times, 0.5).toFixed(1)} ms, p99 ${pct(times, 0.99).toFixed(1)} ms, failed ${failed}`);
}
