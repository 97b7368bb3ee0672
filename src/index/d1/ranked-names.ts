/**
 * The name words of a subset of the alias table (alias-lookup.ts) in the whole table's order. English
 * name matching (src/answer/names.ts) scans the words grouped by sound key, keys in the order of their
 * first word, words in first-seen order (alias-words.ts NameWords), and the order it meets equal matches
 * in can break a tie. A subset fetched by the words a name matched holds every alias of those words, but
 * not always the first word of their key, so its own first-seen order could put a key elsewhere: the
 * words are ordered by their place in the whole table's word list (`rank`, stored in
 * speaker_sound_words, migrations/0009) and each key by its first word's place there, known for every
 * word of the keys fetched by sound. Only those words are listed: a word of another key is no name
 * word's candidate (its key is out of every name word's reach) and is never looked up.
 */
import type { NameWords } from "../alias-words";

/** An alias word of the fetched sound keys: [word, sound key, place in the table's word list]. */
export type RankedWord = readonly [word: string, key: string, rank: number];

/**
 * NameWords over `aliases` (ranked aliases of the subset, [plainWords form, local speaker]): the words of
 * `ranked` they hold, in its order, and the `bare` words of `ranked` (held or not; a word no fetched alias
 * holds has no speaker: it only tells a name word's matching that a near word matches, name-pick.ts).
 */
export function rankedNames(aliases: ReadonlyArray<readonly [string, number]>, ranked: readonly RankedWord[], bare: readonly string[] = []): NameWords {
  const entry = new Map<string, RankedWord>();
  const keyRank = new Map<string, number>();
  for (const r of ranked) {
    entry.set(r[0], r);
    if (!(keyRank.get(r[1])! <= r[2])) keyRank.set(r[1], r[2]);
  }
  // each held word's speakers in alias order, once each
  const speakers = new Map<string, Set<number>>();
  for (const [alias, speaker] of aliases) {
    for (const w of alias.split(" ")) if (entry.has(w)) (speakers.get(w) ?? speakers.set(w, new Set()).get(w)!).add(speaker);
  }
  for (const w of bare) if (entry.has(w) && !speakers.has(w)) speakers.set(w, new Set());
  const words = [...speakers.keys()].sort((x, y) => entry.get(x)![2] - entry.get(y)![2]);
  const groups = new Map<string, number[]>();
  words.forEach((w, i) => {
    const key = entry.get(w)![1];
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(i);
  });
  const keys = [...groups.keys()].sort((x, y) => keyRank.get(x)! - keyRank.get(y)!);
  const lists = keys.map((k) => groups.get(k)!);
  const held = words.map((w) => [...speakers.get(w)!]);
  return { words, speakers: (i) => held[i]!, keys, keyWords: (k) => lists[k]! };
}

/** rankedNames of fetched rows in the whole table's numbering, by the rows (as fetched: the same array when a request's second index takes them again). */
const shared = new WeakMap<object, { ranked: readonly RankedWord[]; bare: readonly string[]; names: NameWords }>();

/**
 * rankedNames of a subset's aliases, numbered by `local` (the whole table's speaker -> the subset's),
 * from the lookup rows as fetched ([alias, speaker of the whole table], alias-lookup.ts): made once per
 * rows, so a request's look-up and its answer's index, which read the same rows numbered apart (the
 * answer's holds more speakers), share the words, keys and groups (and the name tables over them:
 * src/answer/names.ts); a word's speakers are renumbered when read. Made when first read.
 */
export function subsetNames(rows: ReadonlyArray<{ alias: string; speaker: number }>, local: ReadonlyMap<number, number>, ranked: readonly RankedWord[], bare: readonly string[] = []): NameWords {
  let whole: NameWords | undefined;
  const made = (): NameWords => {
    if (whole) return whole;
    const kept = shared.get(rows);
    if (kept && kept.ranked === ranked && kept.bare === bare) return (whole = kept.names);
    whole = rankedNames(rows.map((r) => [r.alias, r.speaker] as const), ranked, bare);
    shared.set(rows, { ranked, bare, names: whole });
    return whole;
  };
  return {
    get words() {
      return made().words;
    },
    get keys() {
      return made().keys;
    },
    keyWords: (k) => made().keyWords(k),
    speakers: (i) => made().speakers(i).map((s) => local.get(s)!),
  };
}
