/**
 * Index build and load figures for a .jsonl corpus (default: the 3,361-article SaudiNewsNet subset).
 *   npx tsx scripts/bench/load.ts [file.jsonl]
 */
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { buildCorpusIndex, deserializeIndex, SearchIndex, serializeIndex } from "../../src/index";
import type { Article } from "../../src/corpus/schema";

const file = process.argv[2] ?? new URL("../../../shared/data/saudinewsnet/saudinewsnet_quotes_subset.jsonl", import.meta.url).pathname;
const articles: Article[] = readFileSync(file, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => {
    const a = JSON.parse(line);
    return { id: a.id, title: a.title ?? "", source: a.source, url: a.url, date: a.date_extracted, language: "ar", paragraphs: a.paragraphs };
  });

let t = performance.now();
const bytes = serializeIndex(buildCorpusIndex(articles));
const buildMs = performance.now() - t;
const loads: number[] = [];
for (let i = 0; i < 5; i++) {
  const copy = bytes.slice();
  t = performance.now();
  const index = new SearchIndex(deserializeIndex(copy));
  loads.push(performance.now() - t);
  if (i === 0) index.search("قال");
}
loads.sort((a, b) => a - b);
console.log(JSON.stringify({
  articles: articles.length,
  paragraphs: articles.reduce((n, a) => n + a.paragraphs.length, 0),
  build_ms: Math.round(buildMs),
  index_bytes: bytes.length,
  index_gzip_bytes: gzipSync(bytes).length,
  load_ms_median: +loads[2]!.toFixed(1),
}));
