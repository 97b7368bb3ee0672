/**
 * The alias words stored with the speaker table (speaker-store.ts, KIND.words): the bundle's aliasWords
 * section (src/index/alias-words.ts: words, speakers, stems, sound keys, each key's words, one JSON
 * line each) after a line of the stem extensions the stems were analyzed with. A new isolate's first
 * English speaker question parses the lines it reads, as over a bundled index, instead of building the
 * words from every alias; a cache merged from a later write builds them again (slice.ts).
 */
import { aliasWords, type AliasWords } from "../alias-keys";
import { encodeAliasWords, lazyAliasWords, type LoadedAliasWords } from "../alias-words";
import type { RankingOptions } from "../types";
import { aliasMemo, wordStems, type MemoHolder } from "./alias-memo";

/** The stored alias words of one table, read on first use. */
export interface StoredWords {
  words: LoadedAliasWords;
  /** Whether the stored stems were analyzed with the reader's stem extensions (else only the words, speakers and keys are read). */
  stemsFit: boolean;
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The alias words of `aliases` as KIND.words text: the holder's own (`words`) when made, else made from its memo (entries it lacks computed and kept). */
export function wordsText(aliases: ReadonlyArray<readonly [string, number]>, holder: MemoHolder & { words?: AliasWords }, ranking: RankingOptions): string {
  const words = holder.words ?? aliasWords(aliases, wordStems(ranking), aliasMemo(holder, ranking));
  return `${JSON.stringify(ranking.stemExtensions)}\n${new TextDecoder().decode(encodeAliasWords(words, new TextEncoder()))}`;
}

/** A KIND.words text read for `speakers` checked speakers: each line parsed when first read. */
export function storedWords(text: string, speakers: number, ranking: RankingOptions): StoredWords {
  const at = text.indexOf("\n");
  const ext = JSON.parse(text.slice(0, at)) as string[];
  return { words: lazyAliasWords(new TextEncoder().encode(text.slice(at + 1)), speakers, new TextDecoder()), stemsFit: sameList(ext, ranking.stemExtensions) };
}
