import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { parseJsonlArticles } from "../src/corpus/parse";
import { ArticleSchema, type Article } from "../src/corpus/schema";
import { readCorpus } from "./corpus-files";

/** A SaudiNewsNet article as its daily zips hold it (../shared/data/saudinewsnet/README.md). */
interface SaudiNewsNetItem {
  source?: string;
  url?: string;
  date_extracted?: string;
  title?: string;
  content?: string;
}

/** The articles of one SaudiNewsNet zip (one JSON array), id snn-DATE-N; items without text are skipped. */
export function readSaudiNewsNetZip(path: string): Article[] {
  const date = path.replace(/^.*[\\/]/, "").replace(/\.zip$/i, "");
  const files = unzipSync(readFileSync(path));
  const out: Article[] = [];
  for (const [name, bytes] of Object.entries(files)) {
    if (!name.endsWith(".json")) continue;
    (JSON.parse(strFromU8(bytes)) as SaudiNewsNetItem[]).forEach((item, i) => {
      const paragraphs = (item.content ?? "").split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
      const parsed = ArticleSchema.safeParse({ id: `snn-${date}-${i}`, title: item.title ?? "", date: item.date_extracted || undefined, source: item.source || undefined, url: item.url || undefined, paragraphs });
      if (parsed.success) out.push(parsed.data);
    });
  }
  return out;
}

/** Every article of a folder (the corpus files readCorpus reads: .txt, .md, .jsonl; or else its SaudiNewsNet zips), or of one file. */
export function readIngestCorpus(path: string): Article[] {
  if (!statSync(path).isDirectory()) return /\.zip$/i.test(path) ? readSaudiNewsNetZip(path) : parseJsonlArticles(readFileSync(path, "utf8"), path);
  const zips = readdirSync(path).filter((n) => /\.zip$/i.test(n)).sort();
  if (zips.length && !readdirSync(path).some((n) => /\.(txt|md|jsonl)$/i.test(n))) return zips.flatMap((z) => readSaudiNewsNetZip(join(path, z)));
  return readCorpus(path);
}
