import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { idFromFileName, parseJsonlArticles, parseTextArticle } from "../src/corpus/parse";
import type { Article } from "../src/corpus/schema";

const ARTICLE_FILE = /\.(txt|md|jsonl)$/i;

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "lexicon") continue; // corpus/lexicon holds the English-Arabic lexicon
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

/** A lexicon file: "english TAB arabic|arabic" lines; # starts a comment. */
export function readLexicon(path: string): Array<[string, string[]]> {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [en, ar] = l.split("\t");
      return [en!.trim().toLowerCase(), (ar ?? "").split("|").map((x) => x.trim()).filter(Boolean)] as [string, string[]];
    })
    .filter(([, ar]) => ar.length > 0);
}

/** The FreeDict lexicon with the glossary's entries replacing its own for the words it lists. */
export function readLexicons(dir: string): Array<[string, string[]]> {
  const glossary = readLexicon(join(dir, "glossary.tsv"));
  const listed = new Set(glossary.map(([en]) => en));
  let freedict: Array<[string, string[]]> = [];
  try {
    freedict = readLexicon(join(dir, "en-ar.tsv")).filter(([en]) => !listed.has(en));
  } catch {
    // no FreeDict file: the glossary alone
  }
  return [...glossary, ...freedict];
}
