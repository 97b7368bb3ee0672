import { readdirSync, readFileSync } from "node:fs";
import { unzipSync } from "fflate";
import type { Article } from "../../src/corpus/schema";
import { readCorpus } from "../corpus-files";

export interface BenchCorpus {
  name: string;
  articles: Article[];
}

const DATA = new URL("../../../shared/data/saudinewsnet/", import.meta.url).pathname;

/** The bundled corpus, as the indexer reads it. */
export function bundled(): BenchCorpus {
  return { name: "bundled corpus", articles: readCorpus("corpus") };
}

/** The 3,361-article SaudiNewsNet subset (paragraphs kept). */
export function subset(): BenchCorpus {
  const articles = readFileSync(`${DATA}saudinewsnet_quotes_subset.jsonl`, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const a = JSON.parse(line);
      return { id: a.id, title: a.title ?? "", source: a.source, url: a.url, date: a.date_extracted, language: "ar", paragraphs: a.paragraphs };
    });
  return { name: "SaudiNewsNet subset", articles };
}

/** All 31,030 articles of the 18 daily zips (fflate reads them), paragraphs split on line breaks. */
export function full(): BenchCorpus {
  const articles: Article[] = [];
  for (const file of readdirSync(`${DATA}full`).filter((f) => f.endsWith(".zip")).sort()) {
    for (const [, bytes] of Object.entries(unzipSync(readFileSync(`${DATA}full/${file}`)))) {
      if (!bytes.length) continue;
      const items = JSON.parse(new TextDecoder().decode(bytes)) as Array<{ title?: string; content?: string; source?: string; url?: string; date_extracted?: string }>;
      for (const item of items) {
        const paragraphs = (item.content ?? "").split(/\n+/).map((p) => p.trim()).filter(Boolean);
        if (!paragraphs.length) continue;
        articles.push({ id: `snn-full-${articles.length}`, title: item.title ?? "", source: item.source, url: item.url, date: item.date_extracted, language: "ar", paragraphs });
      }
    }
  }
  return { name: "SaudiNewsNet full", articles };
}
