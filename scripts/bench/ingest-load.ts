/**
 * Ingestion under load (docs/benchmarks.md, archive): `wrangler dev --env archive` over a throwaway
 * local D1, the rate limiter left out (at 300 a minute a client it would answer the load 429):
 *
 *   npx tsx scripts/bench/ingest-load.ts [--base 500] [--posts 300] [--askers 4]
 *
 * Loads the first --base articles of the 3,361-article subset through POST /v1/articles (batches of
 * 50), then posts the next --posts one at a time while --askers loops send POST /v1/ask (questions:
 * the first five words of random paragraphs, fixed seed). After each POST returns it checks that the
 * article is there (GET /v1/articles/{id}) and searchable (GET /v1/search with its first paragraph's
 * first twelve words: the article among the top 10). Prints failed requests (any status but 2xx, or a
 * transport error), the checks, and latencies client side; every --every posts (default 100) the
 * workerd's RSS and its V8 heap after a full GC (through wrangler dev's inspector, workerd-memory.ts).
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseJsonlArticles } from "../../src/corpus/parse";
import { random } from "../random";
import { startWranglerDev } from "./wrangler";
import { workerdMemory, type WorkerdMemory } from "./workerd-memory";

function flag(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
}
const baseCount = Number(flag("base", "500"));
const posts = Number(flag("posts", "300"));
const askers = Number(flag("askers", "4"));
const every = Number(flag("every", "100"));
const file = "../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl";
const all = parseJsonlArticles(readFileSync(file, "utf8"), file);
const TOKEN = "bench-ingest-token";
const auth = { authorization: `Bearer ${TOKEN}`, "content-type": "application/json" };

/** wrangler.toml's archive environment without its rate limiter and without the build step, in generated/. */
function archiveConfig(): string {
  const blocks = readFileSync("wrangler.toml", "utf8").split(/\n(?=\[)/);
  const toml = blocks.filter((b) => !/^\[build\]|^\[\[(env\.archive\.)?ratelimits\]\]/.test(b)).join("\n").replace('main = "src/worker.ts"', 'main = "../src/worker.ts"').replace('migrations_dir = "migrations"', 'migrations_dir = "../migrations"');
  writeFileSync("generated/wrangler.archive-load.toml", toml);
  return "generated/wrangler.archive-load.toml";
}

const pct = (xs: number[], p: number) => ([...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? NaN).toFixed(1);

const dir = mkdtempSync(join(tmpdir(), "archive-load-"));
const config = archiveConfig();
execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "-c", config, "--env", "archive", "--local", "--persist-to", dir], { stdio: "ignore", env: { ...process.env, CI: "1" } });
const { base, stop, pid } = await startWranglerDev(config, ["--env", "archive", "--persist-to", dir, "--var", `INGEST_TOKEN:${TOKEN}`]);
const memory = async (label: string) => {
  const m: WorkerdMemory = await workerdMemory(pid);
  const heaps = Object.entries(m.heaps).map(([k, v]) => `${k} ${v.toFixed(1)}`).join(", ");
  console.log(`  workerd ${label}: RSS ${m.rssMiB.toFixed(0)} MiB; V8 heap after GC, MiB: ${heaps}`);
};
try {
  const t0 = performance.now();
  for (let i = 0; i < baseCount; i += 50) {
    const res = await fetch(`${base}/v1/articles`, { method: "POST", headers: auth, body: JSON.stringify(all.slice(i, Math.min(i + 50, baseCount))) });
    if (!res.ok) throw new Error(`preload: ${res.status} ${await res.text()}`);
  }
  console.log(`preloaded ${baseCount} articles through POST /v1/articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  await memory("after the preload");
  const rnd = random(20261125);
  const pool = all.slice(0, baseCount);
  const question = () => {
    const a = pool[Math.floor(rnd() * pool.length)]!;
    return a.paragraphs[Math.floor(rnd() * a.paragraphs.length)]!.split(/\s+/).slice(0, 5).join(" ");
  };
  let done = false;
  let asks = 0;
  let failed = 0;
  const askTimes: number[] = [];
  const asking = Array.from({ length: askers }, async () => {
    while (!done) {
      const t = performance.now();
      try {
        const res = await fetch(`${base}/v1/ask`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: question() }) });
        await res.arrayBuffer();
        if (!res.ok) failed++;
      } catch {
        failed++;
      }
      asks++;
      askTimes.push(performance.now() - t);
    }
  });
  const postTimes: number[] = [];
  let postFailed = 0;
  let present = 0;
  let searchable = 0;
  const missed: string[] = [];
  const started = performance.now();
  for (const [i, a] of all.slice(baseCount, baseCount + posts).entries()) {
    if (i > 0 && i % every === 0) await memory(`after ${i} posts, ${asks} asks`);
    const t = performance.now();
    try {
      const res = await fetch(`${base}/v1/articles`, { method: "POST", headers: auth, body: JSON.stringify(a) });
      await res.arrayBuffer();
      if (!res.ok) throw new Error(`status ${res.status}`);
    } catch (e) {
      postFailed++;
      if (postFailed <= 5) console.log(`  POST ${a.id} failed after ${((performance.now() - started) / 1000).toFixed(1)} s: ${(e as Error).message} ${String((e as Error).cause ?? "")}`);
      continue;
    }
    postTimes.push(performance.now() - t);
    if ((await fetch(`${base}/v1/articles/${encodeURIComponent(a.id)}`).then(async (r) => (await r.arrayBuffer(), r.ok)))) present++;
    const q = a.paragraphs[0]!.split(/\s+/).slice(0, 12).join(" ");
    const hits = (await (await fetch(`${base}/v1/search?q=${encodeURIComponent(q)}&limit=10`)).json()) as { results?: Array<{ article_id: string; text: string }> };
    if (hits.results?.some((h) => h.article_id === a.id)) searchable++;
    else missed.push(`${a.id}: ${hits.results?.filter((h) => h.text === a.paragraphs[0]).length ?? 0} other articles hold the same paragraph`);
  }
  const seconds = (performance.now() - started) / 1000;
  done = true;
  await Promise.all(asking);
  await memory(`after ${posts} posts, ${asks} asks`);
  console.log(`${posts} articles posted one at a time in ${seconds.toFixed(1)} s while ${askers} loops asked: ${postFailed} posts failed, POST median ${pct(postTimes, 0.5)} ms, p99 ${pct(postTimes, 0.99)} ms`);
  console.log(`after its POST: ${present}/${posts} articles readable, ${searchable}/${posts} in the top 10 of a search by their first paragraph`);
  for (const m of missed) console.log(`  not in the top 10: ${m}`);
  console.log(`/v1/ask meanwhile: ${asks} requests, ${failed} failed, median ${pct(askTimes, 0.5)} ms, p99 ${pct(askTimes, 0.99)} ms`);
} finally {
  stop();
  rmSync(dir, { recursive: true, force: true });
}
