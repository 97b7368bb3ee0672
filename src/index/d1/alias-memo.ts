/**
 * The alias memo (alias-keys.ts AliasMemo: each alias's folded form and name key, each alias word's
 * sound key and stems) kept with the speaker table in D1 (speaker-store.ts, KIND.memo), so a new
 * isolate's first speaker question reads what the table's aliases compute instead of folding, keying
 * and analyzing every alias again. The writer that stores a table fills in only the aliases the memo
 * does not hold yet (its cache carries the memo from generation to generation).
 */
import { analyze } from "../../analysis";
import { memoAliasKeys, memoWord, type AliasMemo } from "../alias-keys";
import { analyzerFor } from "../analyzer";
import type { RankingOptions } from "../types";

/** A memo as stored: the stem extensions its stems were analyzed with, then its two maps as entry lists. */
interface StoredMemo {
  ext: string[];
  keys: Array<[alias: string, folded: string, near: string]>;
  words: Array<[word: string, key: string, stems: string[][]]>;
}

/** A memo with, until first used, the stored JSON text it is read from (shared by every cache that carries it, so parsed once). */
export type PendingMemo = AliasMemo & { text?: string };

/** What holds a memo (a speaker cache, carried from generation to generation). */
export interface MemoHolder {
  memo?: PendingMemo;
}

/** A memo to be read from a stored KIND.memo text (none: an empty memo). */
export const storedMemo = (text?: string): PendingMemo => ({ keys: new Map(), words: new Map(), text });

/** A word's query stems as a D1 slice gives them: its analyzed terms, one alternative each. */
export function wordStems(ranking: RankingOptions): (word: string) => string[][] {
  const options = analyzerFor(ranking);
  return (w) => analyze(w, options).map((t) => [t.term]);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The holder's memo, parsed from its stored text on first use (the stored words' stems only when they
 * were analyzed with `ranking`'s stem extensions; the keys always, since they do not depend on it).
 */
export function aliasMemo(holder: MemoHolder, ranking: RankingOptions): AliasMemo {
  const memo = (holder.memo ??= storedMemo());
  if (memo.text === undefined) return memo;
  const stored = JSON.parse(memo.text) as StoredMemo;
  memo.text = undefined;
  for (const [alias, folded, near] of stored.keys) if (!memo.keys.has(alias)) memo.keys.set(alias, [folded, near]);
  if (sameList(stored.ext, ranking.stemExtensions)) {
    for (const [word, key, stems] of stored.words) if (!memo.words.has(word)) memo.words.set(word, [key, stems]);
  }
  return memo;
}

/** The memo of `aliases` as stored JSON text: the holder's entries, the missing ones computed (and kept in the holder). */
export function memoText(aliases: ReadonlyArray<readonly [string, number]>, holder: MemoHolder, ranking: RankingOptions): string {
  const memo = aliasMemo(holder, ranking);
  const stems = wordStems(ranking);
  const out: StoredMemo = { ext: [...ranking.stemExtensions], keys: [], words: [] };
  const seen = new Set<string>();
  for (const [alias] of aliases) {
    if (seen.has(alias)) continue;
    seen.add(alias);
    const [folded, near] = memoAliasKeys(memo, alias);
    out.keys.push([alias, folded, near]);
    for (const w of alias.split(" ")) {
      if (seen.has(` ${w}`)) continue;
      seen.add(` ${w}`);
      const [key, s] = memoWord(memo, w, stems);
      out.words.push([w, key, s]);
    }
  }
  return JSON.stringify(out);
}
