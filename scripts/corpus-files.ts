import { readdirSync, readFileSync, statSync } from "node:fs";
import { ACRONYM, englishStem } from "../src/index/english";
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
      const head = en!.trim();
      return [ACRONYM.test(head) ? head : head.toLowerCase(), (ar ?? "").split("|").map((x) => x.trim()).filter(Boolean)] as [string, string[]];
    })
    .filter(([, ar]) => ar.length > 0);
}

/** Hand-kept lexicons, first listed first: the news glossary, then the common-words list. */
export const HAND_KEPT_LEXICONS = ["glossary.tsv", "places.tsv", "common.tsv"];

/**
 * The hand-kept lexicons, then FreeDict: a hand-kept entry replaces FreeDict's entries for every
 * headword with the same English stem (so "use" also drops FreeDict's "used" and "uses").
 */
export function readLexicons(dir: string): Array<[string, string[]]> {
  const hand = HAND_KEPT_LEXICONS.flatMap((name) => {
    try {
      return readLexicon(join(dir, name));
    } catch {
      return [];
    }
  });
  const listed = new Set(hand.map(([en]) => englishStem(en)));
  let freedict: Array<[string, string[]]> = [];
  try {
    freedict = readLexicon(join(dir, "en-ar.tsv")).filter(([en]) => !listed.has(englishStem(en)));
  } catch {
    // no FreeDict file: the hand-kept lists alone
  }
  return [...hand, ...freedict];
}
