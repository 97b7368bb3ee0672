/**
 * Loads a corpus folder into the archive's D1 database (docs/archive.md):
 *
 *   npm run ingest -- --corpus DIR [--remote] [--batch N] [--limit N]
 *
 * DIR holds corpus files (.txt, .md, .jsonl, as build:index reads them) or SaudiNewsNet zips (DIR or
 * DIR/full). Applies migrations/ first (wrangler d1 migrations apply), then writes the articles in D1
 * batches of N (default 100; one transaction each) through the same code as POST /v1/articles, so the archive answers as a
 * bundled index of the same articles. Resumable: articles already stored (by id) are skipped. Local D1
 * is the one `wrangler dev --env archive` uses (.wrangler/state); --remote needs `wrangler login` and
 * the database id in wrangler.toml. --limit N loads only the first N articles of the folder (default all;
 * the speaker model still reads the whole folder's word counts), for a trial run. The English lexicon
 * (DIR/lexicon or corpus/lexicon, as build:index reads it) is loaded first, replacing the stored one.
 */
import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { getPlatformProxy } from "wrangler";
import { articleRows, D1Store, lexiconStatements, writeBatches } from "../src/index/d1";
import { analyzerFor } from "../src/index/analyzer";
import { DEFAULT_RANKING } from "../src/index/types";
import { lexiconDirFor, readLexicons } from "./corpus-files";
import { readIngestCorpus } from "./ingest-files";
import { wordStats } from "../src/corpus/word-stats";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const corpusDir = resolve(flag("corpus") ?? process.env.CORPUS_DIR ?? "corpus");
const remote = process.argv.includes("--remote");
const batchSize = Number(flag("batch") ?? 100);
const limit = Number(flag("limit") ?? Infinity);

function bar(done: number, total: number, started: number): string {
  const width = 30;
  const full = Math.round((done / Math.max(total, 1)) * width);
  const rate = done / Math.max((Date.now() - started) / 1000, 0.001);
  return `\r[${"#".repeat(full)}${".".repeat(width - full)}] ${done}/${total} articles, ${rate.toFixed(0)}/s `;
}

execFileSync("npx", ["wrangler", "d1", "migrations", "apply", "DB", "--env", "archive", remote ? "--remote" : "--local"], { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, CI: "1" } });
const proxy = await getPlatformProxy<{ DB: D1Database }>({ environment: "archive", remoteBindings: remote });
const db = proxy.env.DB;
try {
  // the English lexicon (the corpus's own or the project's, as build:index reads it), replaced whole each run
  const lexicon = readLexicons(lexiconDirFor(statSync(corpusDir).isDirectory() ? corpusDir : dirname(corpusDir)));
  await db.batch(lexiconStatements(db, lexicon, analyzerFor(DEFAULT_RANKING)));
  const articles = readIngestCorpus(corpusDir);
  const { results } = await db.prepare("SELECT id FROM articles").all<{ id: string }>();
  const stored = new Set(results.map((r) => r.id));
  const todo = articles.slice(0, limit).filter((a) => !stored.has(a.id));
  // the speaker model reads word counts of the whole corpus, as build:index gives it
  const stats = wordStats(articles.map((a) => a.paragraphs));
  const seen = new Set<string>();
  const started = Date.now();
  let paragraphs = 0;
  let statements = 0;
  console.log(`${corpusDir}: ${articles.length} articles, ${Math.min(articles.length, limit) - todo.length} already stored, loading ${todo.length} into ${remote ? "remote" : "local"} D1`);
  for (let i = 0; i < todo.length; i += batchSize) {
    const batch = todo.slice(i, i + batchSize).filter((a) => !seen.has(a.id) && seen.add(a.id));
    const rows = batch.map((a) => articleRows(a, undefined, stats));
    await db.batch(writeBatches(db, rows));
    for (const r of rows) {
      paragraphs += r.paragraphs.length;
      statements += r.statements.length;
    }
    process.stderr.write(bar(Math.min(i + batchSize, todo.length), todo.length, started));
  }
  const corpus = await db.prepare("SELECT articles, paragraphs FROM corpus").first<{ articles: number; paragraphs: number }>();
  const seconds = (Date.now() - started) / 1000;
  // the merged, checked speaker table, stored for new isolates (docs/archive.md)
  const tableStarted = Date.now();
  const tableStored = await new D1Store(db).storeSpeakers();
  console.log(`\nspeaker table ${tableStored ? "stored" : "not stored (a write came in between)"} in ${((Date.now() - tableStarted) / 1000).toFixed(1)} s`);
  console.log(`\nloaded ${todo.length} articles (${paragraphs} paragraphs, ${statements} statements) in ${seconds.toFixed(1)} s; the archive now holds ${corpus?.articles} articles, ${corpus?.paragraphs} paragraphs`);
} finally {
  await proxy.dispose();
}
