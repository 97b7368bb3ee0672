import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { idFromFileName, parseJsonlArticles, parseTextArticle } from "../src/corpus/parse";
import type { Article } from "../src/corpus/schema";

const ARTICLE_FILE = /\.(txt|md|jsonl)$/i;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...walk(path));
    else if (ARTICLE_FILE.test(name) && !/^(README|LICENSE)/i.test(name)) out.push(path);
  }
  return out;
}

/** Every article under a corpus folder, in file-name order; a bad file throws CorpusError. */
export function readCorpus(dir: string): Article[] {
  const articles: Article[] = [];
  for (const path of walk(dir)) {
    const content = readFileSync(path, "utf8");
    const file = relative(process.cwd(), path);
    if (/\.jsonl$/i.test(path)) articles.push(...parseJsonlArticles(content, file));
    else articles.push(parseTextArticle(content, file, idFromFileName(path)));
  }
  return articles;
}
