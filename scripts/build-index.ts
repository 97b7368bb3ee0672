/**
 * The indexer: corpus folder -> generated/index.bin (the file the Worker imports).
 *   npm run build:index [-- --corpus DIR] [-- --out FILE]      (or CORPUS_DIR=DIR)
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { CorpusError } from "../src/corpus/parse";
import { lexiconDirFor, readCorpus, readLexicons } from "./corpus-files";
import { buildCorpusIndex, serializeIndex } from "../src/index";

function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const corpusDir = resolve(flag("corpus") ?? process.env.CORPUS_DIR ?? "corpus");
const outFile = resolve(flag("out") ?? process.env.INDEX_OUT ?? "generated/index.bin");

try {
  const t0 = performance.now();
  const articles = readCorpus(corpusDir);
  if (articles.length === 0) throw new Error(`no articles (.txt, .md, .jsonl) in ${corpusDir}`);
  // the corpus's own lexicon folder if it has one, else the project's
  const bytes = serializeIndex(buildCorpusIndex(articles, undefined, readLexicons(lexiconDirFor(corpusDir))));
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, bytes);
  const paragraphs = articles.reduce((n, a) => n + a.paragraphs.length, 0);
  console.log(
    `indexed ${articles.length} articles, ${paragraphs} paragraphs from ${corpusDir} -> ${outFile} ` +
      `(${(bytes.length / 1024).toFixed(0)} KiB, ${(performance.now() - t0).toFixed(0)} ms)`,
  );
} catch (e) {
  if (e instanceof CorpusError) console.error(`corpus error: ${e.message}`);
  else console.error(`index build failed: ${(e as Error).message}`);
  process.exit(1);
}
