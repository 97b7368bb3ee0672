import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { readCorpus, readLexicons } from "../../scripts/corpus-files";
import { buildCorpusIndex, serializeIndex } from "../../src/index";

/** The index file the Worker suite runs on (vitest.config.ts aliases generated/index.bin to it). */
export const FIXTURE_INDEX = resolve("generated/fixture-index.bin");
/** The articles it is built from: written for the tests, not the seed or any corpus. */
export const FIXTURE_ARTICLES = resolve("tests/fixtures/articles");

/** vitest globalSetup: builds the fixture index (in Node, before the Worker starts). */
export default function setup(): void {
  const bytes = serializeIndex(buildCorpusIndex(readCorpus(FIXTURE_ARTICLES), undefined, readLexicons(resolve("corpus/lexicon"))));
  mkdirSync(dirname(FIXTURE_INDEX), { recursive: true });
  writeFileSync(FIXTURE_INDEX, bytes);
}
