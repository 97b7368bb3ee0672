import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { mergeLexicons, parseLexicon } from "../src/index/english";
import { join, relative, resolve } from "node:path";
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

/** A lexicon file: "english TAB arabic|arabic" lines; # starts a comment (parseLexicon). */
export function readLexicon(path: string): Array<[string, string[]]> {
  return parseLexicon(readFileSync(path, "utf8"));
}

/** Hand-kept lexicons, first listed first: the news glossary, the gazetteer, the common words. */
export const HAND_KEPT_LEXICONS = ["glossary.tsv", "places.tsv", "common.tsv"];

/** The hand-kept lexicons in order, then FreeDict, merged by `mergeLexicons` (src/index/english.ts). */
export function readLexicons(dir: string, handKept: string[] = HAND_KEPT_LEXICONS): Array<[string, string[]]> {
  const read = (name: string) => {
    try {
      return readLexicon(join(dir, name));
    } catch {
      return []; // a list that is not there (a corpus without FreeDict) counts as empty
    }
  };
  return mergeLexicons(handKept.flatMap(read), read("en-ar.tsv"));
}

/** The lexicon folder for a corpus: the corpus's own lexicon/ if it has a glossary.tsv, else the project's corpus/lexicon. */
export function lexiconDirFor(corpusDir: string): string {
  return existsSync(join(corpusDir, "lexicon", "glossary.tsv")) ? join(corpusDir, "lexicon") : resolve("corpus/lexicon");
}
