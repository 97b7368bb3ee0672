/**
 * The alias memo (alias-keys.ts AliasMemo: each alias's folded form and name key, each alias word's
 * sound key and stems) kept with the speaker table in D1 (speaker-store.ts, KIND.memoLines; KIND.memo before), so a new
 * isolate's first speaker question reads what the table's aliases compute instead of folding, keying
 * and analyzing every alias again. The writer that stores a table fills in only the aliases the memo
 * does not hold yet (its cache carries the memo from generation to generation). Stored as four JSON
 * lines (the stem extensions; the aliases' keys; the words' sound keys; the words' stems), so an
 * English name question can parse the words' sound keys alone (memoWordKey).
 */
import { analyze, arabicKey } from "../../analysis";
import { memoAliasKeys, memoWord, type AliasMemo } from "../alias-keys";
import { analyzerFor } from "../analyzer";
import type { RankingOptions } from "../types";

/** A memo as stored before the line format (one JSON object): still read, and replaced by the next table stored. */
interface StoredMemo {
  ext: string[];
  keys: Array<[alias: string, folded: string, near: string]>;
  words: Array<[word: string, key: string, stems: string[][]]>;
}

/** A memo with, until first used, the stored text it is read from (shared by every cache that carries it, so parsed once), and the aliases' or the words' keys when only their line was read. */
export type PendingMemo = AliasMemo & { text?: string; wordKeys?: Map<string, string>; aliasKeys?: Map<string, [string, string]> };

/** What holds a memo (a speaker cache, carried from generation to generation). */
export interface MemoHolder {
  memo?: PendingMemo;
}

/** A memo to be read from a stored KIND.memoLines (or KIND.memo) text (none: an empty memo). */
export const storedMemo = (text?: string): PendingMemo => ({ keys: new Map(), words: new Map(), text });

/** A word's query stems as a D1 slice gives them: its analyzed terms, one alternative each. */
export function wordStems(ranking: RankingOptions): (word: string) => string[][] {
  const options = analyzerFor(ranking);
  return (w) => analyze(w, options).map((t) => [t.term]);
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The stored text's lines (the line format), or undefined for the one-object format. */
const lines = (text: string): string[] | undefined => (text.startsWith("{") ? undefined : text.split("\n"));

/**
 * The holder's memo, parsed from its stored text on first use (the stored words' stems only when they
 * were analyzed with `ranking`'s stem extensions; the keys always, since they do not depend on it).
 */
export function aliasMemo(holder: MemoHolder, ranking: RankingOptions): AliasMemo {
  const memo = (holder.memo ??= storedMemo());
  if (memo.text === undefined) return memo;
  const parts = lines(memo.text);
  const stored: StoredMemo = parts
    ? { ext: JSON.parse(parts[0]!), keys: JSON.parse(parts[1]!), words: zip(JSON.parse(parts[2]!), JSON.parse(parts[3]!)) }
    : JSON.parse(memo.text);
  memo.text = undefined;
  memo.wordKeys = undefined;
  memo.aliasKeys = undefined;
  for (const [alias, folded, near] of stored.keys) if (!memo.keys.has(alias)) memo.keys.set(alias, [folded, near]);
  if (sameList(stored.ext, ranking.stemExtensions)) {
    for (const [word, key, stems] of stored.words) if (!memo.words.has(word)) memo.words.set(word, [key, stems]);
  }
  return memo;
}

const zip = (keys: Array<[string, string]>, stems: string[][][]): StoredMemo["words"] => keys.map(([w, k], i) => [w, k, stems[i]!]);

/**
 * An alias word's sound key (arabicKey) from the holder's memo: when the memo is still stored text in
 * the line format, only its line of sound keys is parsed (an English name question needs no stems).
 */
export function memoWordKey(holder: MemoHolder): (word: string) => string {
  const memo = (holder.memo ??= storedMemo());
  const parts = memo.text === undefined ? undefined : lines(memo.text);
  if (parts && !memo.wordKeys) memo.wordKeys = new Map(JSON.parse(parts[2]!) as Array<[string, string]>);
  const keys = parts ? memo.wordKeys : undefined;
  return (w) => keys?.get(w) ?? memo.words.get(w)?.[0] ?? arabicKey(w);
}

/**
 * An alias's [folded form, name key] from the holder's memo: when the memo is still stored text in the
 * line format, only its line of alias keys is parsed (an Arabic title question needs no words).
 */
export function memoAliasKeyOf(holder: MemoHolder, ranking: RankingOptions): (alias: string) => [string, string] {
  const memo = (holder.memo ??= storedMemo());
  const parts = memo.text === undefined ? undefined : lines(memo.text);
  if (!parts) {
    const whole = aliasMemo(holder, ranking);
    return (a) => memoAliasKeys(whole, a);
  }
  memo.aliasKeys ??= new Map((JSON.parse(parts[1]!) as StoredMemo["keys"]).map(([a, folded, near]) => [a, [folded, near]]));
  const keys = memo.aliasKeys;
  return (a) => keys.get(a) ?? memoAliasKeys(memo, a);
}

/** The memo of `aliases` as stored text (the line format): the holder's entries, the missing ones computed (and kept in the holder). */
export function memoText(aliases: ReadonlyArray<readonly [string, number]>, holder: MemoHolder, ranking: RankingOptions): string {
  const memo = aliasMemo(holder, ranking);
  const stems = wordStems(ranking);
  const keys: StoredMemo["keys"] = [];
  const words: Array<[string, string]> = [];
  const wordStemList: string[][][] = [];
  const seen = new Set<string>();
  for (const [alias] of aliases) {
    if (seen.has(alias)) continue;
    seen.add(alias);
    const [folded, near] = memoAliasKeys(memo, alias);
    keys.push([alias, folded, near]);
    for (const w of alias.split(" ")) {
      if (seen.has(` ${w}`)) continue;
      seen.add(` ${w}`);
      const [key, s] = memoWord(memo, w, stems);
      words.push([w, key]);
      wordStemList.push(s);
    }
  }
  return [ranking.stemExtensions, keys, words, wordStemList].map((l) => JSON.stringify(l)).join("\n");
}
