/**
 * npm run eval -- --only archive: the D1 store against the bundled index on the same articles.
 * XQuAD and ARCD (each paragraph an article) are loaded into a throwaway local D1 (wrangler's own
 * SQLite, as `wrangler dev --env archive` runs it) through the ingestion code; every question is then
 * searched through both stores with the same StoreEngine. Reports recall@1 for each and the share of
 * questions whose top 10 are in the same order.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { getPlatformProxy } from "wrangler";
import { StoreEngine, storeEngine } from "../../src/answer";
import { buildIndex, SearchIndex } from "../../src/index";
import { articleRows, D1Store, writeBatches } from "../../src/index/d1";
import { fmt } from "./report-retrieval";
import { asArticles, loadSquad, rankMetrics, type QaSet } from "./squad";
import { table } from "./table";

/** Paragraph indexes best first, through a store engine's search (article ids are paragraph ids here). */
async function rankings(engine: StoreEngine, set: QaSet): Promise<number[][]> {
  const at = new Map(set.paragraphs.map((p, i) => [p.id, i]));
  const out: number[][] = [];
  for (const q of set.questions) out.push((await engine.search(q.question, 10)).results.map((r) => at.get(r.article_id)!));
  return out;
}

export async function runArchive(data: string): Promise<void> {
  const rows: string[][] = [];
  for (const [name, set] of [
    ["XQuAD dev (ar)", loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false })],
    ["ARCD train", loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true })],
  ] as const) {
    const dir = mkdtempSync(join(tmpdir(), "archive-eval-"));
    try {
      execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--env", "archive", "--local", "--persist-to", dir], { stdio: "ignore", env: { ...process.env, CI: "1" } });
      const proxy = await getPlatformProxy<{ DB: D1Database }>({ environment: "archive", persist: { path: join(dir, "v3") } });
      try {
        const articles = asArticles(set);
        for (let i = 0; i < articles.length; i += 50) await proxy.env.DB.batch(writeBatches(proxy.env.DB, articles.slice(i, i + 50).map((a) => articleRows(a))));
        const gold = set.questions.map((q) => q.gold);
        const bundled = await rankings(storeEngine(new SearchIndex(buildIndex(articles))), set);
        const t0 = performance.now();
        const archive = await rankings(new StoreEngine(new D1Store(proxy.env.DB)), set);
        const ms = (performance.now() - t0) / set.questions.length;
        const same = bundled.filter((r, i) => JSON.stringify(r) === JSON.stringify(archive[i])).length / bundled.length;
        const b = rankMetrics(bundled, gold);
        const d = rankMetrics(archive, gold);
        rows.push([name, fmt(b.recallAt1), fmt(d.recallAt1), fmt(d.recallAt1 - b.recallAt1), fmt(b.mrrAt10), fmt(d.mrrAt10), fmt(same), String(b.n), `${ms.toFixed(1)} ms`]);
      } finally {
        await proxy.dispose();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  console.log("\n## Archive (D1) against the bundled index\n");
  console.log(table(["set", "bundled R@1", "D1 R@1", "difference", "bundled MRR@10", "D1 MRR@10", "same top 10", "questions", "D1 per question"], rows));
}
