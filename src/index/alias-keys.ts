import { arabicKey, foldTitle, nameKey } from "../analysis";

/**
 * What speaker lookup computes over the alias table, computed once at build time (index sections
 * `aliasKeys` and `aliasWords`, docs/index-format.md), so an isolate's first speaker question reads it
 * instead of folding 17,000 aliases or keying 9,000 words (the 3,361-article set) before it can answer.
 * An Arabic or role question reads the first, an English name the second.
 */
export interface AliasKeys {
  /** foldTitle of each alias of Extras.aliases(), in the same order. */
  folded: string[];
  /** nameKey of each alias of Extras.aliases(), in the same order. */
  near: string[];
  /**
   * Indexes into Extras.aliases() in the order English role subjects matched by stems prefer them:
   * fewest distinct stems, then most statements, then the alias list's order; each (alias, speaker) once.
   */
  order: number[];
}

/**
 * Every distinct word of the aliases (split on spaces) in first-seen order, with its sound key
 * (arabicKey, for English name candidates), the speakers whose aliases hold it, in alias rank order,
 * and its query stems (SearchIndex.queryTerms: each term's alternatives, for English role subjects).
 */
export type AliasWords = Array<[word: string, key: string, speakers: number[], stems: string[][]]>;

/** A word's query stems as the index analyzes a question's words: each term's alternatives. */
export type WordStems = (word: string) => string[][];

/** Per alias or alias word, what aliasKeys and aliasWords compute from it alone: kept by a caller that makes them again for a changed alias list (the archive, once per write). */
export interface AliasMemo {
  /** Alias -> [foldTitle, nameKey]. */
  keys: Map<string, [string, string]>;
  /** Alias word -> [arabicKey, its stems]. */
  words: Map<string, [string, string[][]]>;
}

/** An alias's [foldTitle, nameKey] from the memo, computed and kept there when missing. */
export const memoAliasKeys = (memo: AliasMemo, alias: string): [string, string] =>
  memo.keys.get(alias) ?? memo.keys.set(alias, [foldTitle(alias), nameKey(alias)]).get(alias)!;

/** An alias word's [arabicKey, stems] from the memo, computed and kept there when missing. */
export const memoWord = (memo: AliasMemo, word: string, stems: WordStems): [string, string[][]] =>
  memo.words.get(word) ?? memo.words.set(word, [arabicKey(word), stems(word)]).get(word)!;

/**
 * The keys of an alias table ranked as Extras.aliases() returns it, given its words (aliasWords) and
 * each speaker's statements. `memo`: each alias's folded form and name key from an earlier call (default none).
 */
export function aliasKeys(aliases: ReadonlyArray<readonly [alias: string, speaker: number]>, words: AliasWords, statements: readonly number[], memo?: AliasMemo): AliasKeys {
  const order = aliasOrder(aliases, words, statements);
  if (!memo) return { folded: aliases.map(([a]) => foldTitle(a)), near: aliases.map(([a]) => nameKey(a)), order };
  const keys = aliases.map(([a]) => memoAliasKeys(memo, a));
  return { folded: keys.map((k) => k[0]), near: keys.map((k) => k[1]), order };
}

/**
 * aliasKeys with each of its three arrays computed when first read, from `keyOf` (folded, near: an
 * alias's [foldTitle, nameKey], e.g. from a memo) or the alias words (order): an Arabic speaker
 * question reads no `order`, and so needs no alias words.
 */
export function lazyKeys(aliases: ReadonlyArray<readonly [alias: string, speaker: number]>, words: () => AliasWords, statements: () => readonly number[], keyOf: () => (alias: string) => [string, string]): AliasKeys {
  let keys: Array<[string, string]> | undefined;
  const memoKeys = () => {
    if (keys) return keys;
    const key = keyOf();
    return (keys = aliases.map(([a]) => key(a)));
  };
  let folded: string[] | undefined;
  let near: string[] | undefined;
  let order: number[] | undefined;
  return {
    get folded() {
      return (folded ??= memoKeys().map((k) => k[0]));
    },
    get near() {
      return (near ??= memoKeys().map((k) => k[1]));
    },
    get order() {
      return (order ??= aliasOrder(aliases, words(), statements()));
    },
  };
}

/** AliasKeys.order: fewest distinct stems, then most statements, then the alias list's order; each (alias, speaker) once. */
function aliasOrder(aliases: ReadonlyArray<readonly [alias: string, speaker: number]>, words: AliasWords, statements: readonly number[]): number[] {
  // each word's stems: one per group of alternatives (its first)
  const firsts = new Map<string, string[]>();
  for (const [w, , , stems] of words) firsts.set(w, stems.map((g) => g[0]!));
  const seen: Array<Set<string> | undefined> = [];
  const kept: number[] = [];
  const stemCount: number[] = [];
  aliases.forEach(([alias, speaker], i) => {
    const mine = (seen[speaker] ??= new Set());
    if (mine.has(alias)) return;
    mine.add(alias);
    kept.push(i);
    // distinct stems over the alias's words (a few words of a few stems each)
    const distinct: string[] = [];
    for (const w of alias.split(" ")) for (const f of firsts.get(w) ?? []) if (!distinct.includes(f)) distinct.push(f);
    stemCount[i] = distinct.length;
  });
  const most = statements.reduce((m, n) => Math.max(m, n), 0);
  if (aliases.length < 2 ** 20 && most < 2 ** 20 && stemCount.every((n) => n < 2 ** 12)) {
    // one number per alias, sorted as numbers: stems (12 bits), fewer statements (20 bits), place (20 bits)
    const keys = Float64Array.from(kept, (i) => stemCount[i]! * 2 ** 40 + (most - statements[aliases[i]![1]]!) * 2 ** 20 + i).sort();
    return Array.from(keys, (k) => k % 2 ** 20);
  }
  return kept.sort((x, y) => stemCount[x]! - stemCount[y]! || statements[aliases[y]![1]]! - statements[aliases[x]![1]]! || x - y);
}

/** The words of an alias table ranked as Extras.aliases() returns it, with their keys and speakers. */
export function aliasWords(aliases: ReadonlyArray<readonly [alias: string, speaker: number]>, stems: WordStems = () => [], memo?: AliasMemo): AliasWords {
  const { words, lists } = wordLists(aliases);
  if (!memo) return words.map((w, i) => [w, arabicKey(w), lists[i]!, stems(w)]);
  return words.map((w, i) => {
    const [key, wordStems] = memoWord(memo, w, stems);
    return [w, key, lists[i]!, wordStems];
  });
}

/** aliasWords without the stems (each word's an empty list): what NameWords reads, each word's sound key from `key`. */
export function aliasWordKeys(aliases: ReadonlyArray<readonly [alias: string, speaker: number]>, key: (word: string) => string): AliasWords {
  const { words, lists } = wordLists(aliases);
  return words.map((w, i) => [w, key(w), lists[i]!, []]);
}

/** The distinct words of the aliases in first-seen order, and the speakers holding each in alias order. */
function wordLists(aliases: ReadonlyArray<readonly [alias: string, speaker: number]>): { words: string[]; lists: number[][] } {
  const at = new Map<string, number>();
  const lists: number[][] = [];
  // each speaker's words met so far (a common word's list runs to hundreds of speakers: no list search)
  const met: Array<Set<number> | undefined> = [];
  for (const [alias, speaker] of aliases) {
    const mine = (met[speaker] ??= new Set());
    for (const w of alias.split(" ")) {
      let i = at.get(w);
      if (i === undefined) at.set(w, (i = lists.push([]) - 1));
      if (mine.has(i)) continue;
      mine.add(i);
      lists[i]!.push(speaker);
    }
  }
  return { words: [...at.keys()], lists };
}
