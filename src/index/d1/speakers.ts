import { rankAliases } from "../extras";
import type { MergedSpeakers } from "../speaker-merge";
import { countSpeakerWords } from "../speaker-list";
import type { AliasKeys, AliasWords } from "../alias-keys";
import type { NameWords } from "../alias-words";
import { CheckState, type CountRow } from "./speaker-check";
import type { TableIndex } from "./speaker-delta";
import { fetchCounts, merge } from "./speaker-apply";
import { storedMemo, type MemoHolder, type PendingMemo } from "./alias-memo";
import type { StoredWords } from "./alias-words-store";
import type { RankedWord } from "./ranked-names";
import { groupParts, KIND, parseAll, parseSpeakers, readParts, type StoredParts } from "./speaker-store";
import { checkedSpeakers, MENTIONS, mergeMentions, type MentionRow, type TableSpeaker } from "./speaker-table";
import { prunedAt, prunedThrough } from "./prune";

/** The merged speakers of one generation of the archive, with their ranked aliases. */
export interface SpeakerCache extends MemoHolder {
  generation: number;
  /** The speakers after the speaker-list check, as a bundled index of the same articles has them. */
  merged: MergedSpeakers;
  aliases: Array<[string, number]>;
  /** The aliases' keys and words (alias-keys.ts), computed when a slice first needs them. */
  keys?: AliasKeys;
  words?: AliasWords;
  names?: NameWords;
  /** A subset's (alias-lookup.ts) alias words of the sound keys it fetched, ranked as in the whole table: the order its name words keep (ranked-names.ts). */
  ranks?: readonly RankedWord[];
  /** A subset's words of `ranks` listed among its name words with no alias (name-pick.ts `bare`). */
  bare?: readonly string[];
  /** Speaker id (sp_…) -> index. */
  byId: Map<string, number>;
  /** Each alias's and alias word's keys and stems, kept from generation to generation (the alias tables are made again per generation); read from the stored KIND.memoLines (or KIND.memo) on first use (alias-memo.ts). */
  memo?: PendingMemo;
  /** The stored table's alias words (KIND.words) as text, until read (alias-words-store.ts): a cache read from a stored table only, never a merged one. */
  wordsText?: string;
  stored?: StoredWords;
  /** Every merged speaker before the check, with its score (speaker-table.ts): what the next generation starts from. */
  all?: TableSpeaker[];
  check?: CheckState;
  /** The table by key and family name, made when a write is first merged into it. */
  index?: TableIndex;
  /** The stored table this cache was read from (speaker-store.ts): its generation, and its checked rows while `all` is not parsed yet. */
  storedAt?: number;
  rows?: ReturnType<typeof parseSpeakers>["rows"];
}

/** The stored table's generation, as SQL (null, so nothing is newer, when none is stored). */
const STORED = "(SELECT max(generation) FROM speaker_table)";


/**
 * What the writes after `since` (SQL) changed: the name keys they touched, the word and speaker-name
 * counts they moved; then the generation the logs are pruned through (prune.ts): the rows are whole
 * only for a `since` at or above it.
 */
function changes(db: D1Database, since: string): D1PreparedStatement[] {
  return [
    db.prepare(`SELECT DISTINCT key FROM key_changes WHERE generation > ${since}`),
    db.prepare(`SELECT word, count, after_speech FROM word_counts WHERE generation > ${since}`),
    db.prepare(`SELECT word, count AS in_speakers FROM speaker_words WHERE generation > ${since}`),
    prunedThrough(db),
  ];
}

/**
 * The archive's speakers at `generation`: every article's speaker mentions merged by name key as the
 * indexer merges them (speaker-merge.ts), then the speaker-list check: the same speakers, ids, aliases
 * and counts as a bundled index of the same articles. From `previous` (an earlier generation's cache)
 * or else from the table stored in D1 (speaker-store.ts), it merges only the name keys the writes since
 * touched (key_changes) and rescores only the speakers whose inputs or read counts moved; with
 * neither, it merges every mention and scores every speaker.
 */
export async function loadSpeakers(db: D1Database, generation: number, previous?: SpeakerCache): Promise<SpeakerCache> {
  if (previous?.all || previous?.rows) {
    // a newer table than asked for is as good (a reader may see a write that came after its own read)
    if (previous.generation >= generation) return previous;
    const [keys, words, names, pruned] = await db.batch(changes(db, String(previous.generation)));
    // the writes since were pruned from the logs: the stored table (newer than the prune point) instead
    if (prunedAt(pruned) > previous.generation) return fromStored(db, generation, [KIND.speakers, KIND.aliases]);
    const base = previous.all ? previous : await withAll(db, previous);
    if (!base) return fromStored(db, generation, [KIND.speakers, KIND.aliases, KIND.table, KIND.reads]);
    return merge(db, generation, base, keys!.results as Array<{ key: string }>, [...words!.results, ...names!.results] as CountRow[]);
  }
  return fromStored(db, generation, [KIND.speakers, KIND.aliases]);
}

/**
 * A new isolate's load: the stored table's `kinds` and what changed since it, in one batch (one
 * transaction); the parts that only a merge reads are fetched when one is needed.
 */
async function fromStored(db: D1Database, generation: number, kinds: number[]): Promise<SpeakerCache> {
  // the alias memo with them when stored (a table stored before KIND.memoLines has a KIND.memo, or none)
  const [table, keys, words, names, pruned] = await db.batch([readParts(db, [...kinds, KIND.memo, KIND.memoLines, KIND.words]), ...changes(db, STORED)]);
  const stored = groupParts(table!.results as Array<{ kind: number; generation: number; data: string }>, kinds);
  // a table older than the prune point never happens (the writer prunes below the table it stores), but would miss changes
  if (!stored || prunedAt(pruned) > stored.generation) return fullLoad(db, generation);
  const base = storedCache(stored);
  const touched = keys!.results as Array<{ key: string }>;
  const moved = [...words!.results, ...names!.results] as CountRow[];
  if (!touched.length && !moved.length) {
    base.generation = Math.max(generation, stored.generation);
    return base;
  }
  const full = kinds.includes(KIND.table) ? withParts(base, stored) : await withAll(db, base);
  if (!full) return kinds.includes(KIND.table) ? fullLoad(db, generation) : fromStored(db, generation, [KIND.speakers, KIND.aliases, KIND.table, KIND.reads]);
  return merge(db, Math.max(generation, stored.generation), full, touched, moved);
}

/** The cache of a stored table: its checked speakers parsed, its ranked aliases parsed on first use. */
export function storedCache(stored: StoredParts): SpeakerCache {
  const { rows, merged, byId } = parseSpeakers(stored.text.get(KIND.speakers)!);
  const cache = { generation: stored.generation, merged, byId, storedAt: stored.generation, rows, check: new CheckState(), memo: storedMemo(stored.text.get(KIND.memoLines) ?? stored.text.get(KIND.memo)), wordsText: stored.text.get(KIND.words) } as SpeakerCache;
  const aliases = stored.text.get(KIND.aliases)!;
  Object.defineProperty(cache, "aliases", {
    configurable: true,
    enumerable: true,
    get() {
      Object.defineProperty(cache, "aliases", { value: JSON.parse(aliases) as Array<[string, number]>, writable: true, enumerable: true });
      return cache.aliases;
    },
  });
  return cache;
}

/** `cache` with every speaker before the check, from the stored parts that merging reads; undefined when they do not fit. */
function withParts(cache: SpeakerCache, stored: StoredParts): SpeakerCache | undefined {
  const all = parseAll(cache.rows!, stored.text.get(KIND.table)!, stored.text.get(KIND.reads)!);
  if (!all) return undefined;
  cache.all = all;
  cache.rows = undefined;
  return cache;
}

/** Fetches the parts merging reads for a cache read from a stored table; undefined when a newer table replaced them. */
async function withAll(db: D1Database, cache: SpeakerCache): Promise<SpeakerCache | undefined> {
  const kinds = [KIND.table, KIND.reads];
  const { results } = await readParts(db, kinds, cache.storedAt).all<{ kind: number; generation: number; data: string }>();
  const stored = groupParts(results, kinds);
  return stored && withParts(cache, stored);
}

/** Every mention merged and every speaker scored (a new isolate with no stored table; scripts/bench/archive-write-cpu.ts times it). */
export async function fullLoad(db: D1Database, generation: number): Promise<SpeakerCache> {
  const { results } = await db.prepare(`${MENTIONS} ORDER BY article, ord`).all<MentionRow>();
  const all = mergeMentions(results);
  const check = new CheckState(countSpeakerWords(results.map((r) => r.name)), true);
  await check.score(all, (words) => fetchCounts(db, check, words));
  const checked = checkedSpeakers(all);
  return { generation, ...checked, aliases: rankAliases(checked.merged.speakers), all, check, memo: storedMemo() };
}
