import { rankAliases } from "../extras";
import type { MergedSpeakers } from "../speaker-merge";
import { countSpeakerWords } from "../speaker-list";
import type { AliasKeys, AliasWords } from "../alias-keys";
import type { NameWords } from "../alias-words";
import { rerankAliases } from "./alias-rank";
import { CheckState, type CountRow } from "./speaker-check";
import { affectedKeys, indexTable, mergeDelta, updateIndex, type TableIndex } from "./speaker-delta";
import { groupParts, KIND, parseAll, parseSpeakers, readParts, type StoredParts } from "./speaker-store";
import { checkedSpeakers, kept, mergeMentions, type MentionRow, type TableSpeaker } from "./speaker-table";

/** The merged speakers of one generation of the archive, with their ranked aliases. */
export interface SpeakerCache {
  generation: number;
  /** The speakers after the speaker-list check, as a bundled index of the same articles has them. */
  merged: MergedSpeakers;
  aliases: Array<[string, number]>;
  /** The aliases' keys and words (alias-keys.ts), computed when a slice first needs them. */
  keys?: AliasKeys;
  words?: AliasWords;
  names?: NameWords;
  /** Speaker id (sp_…) -> index. */
  byId: Map<string, number>;
  /** Every merged speaker before the check, with its score (speaker-table.ts): what the next generation starts from. */
  all?: TableSpeaker[];
  check?: CheckState;
  /** The table by key and family name, made when a write is first merged into it. */
  index?: TableIndex;
  /** The stored table this cache was read from (speaker-store.ts): its generation, and its checked rows while `all` is not parsed yet. */
  storedAt?: number;
  rows?: ReturnType<typeof parseSpeakers>["rows"];
}

const MENTIONS = "SELECT article, ord, key, name, title, person, aliases, count FROM speaker_mentions";
/** Words a statement looks up at most (a JSON array of ~20 bytes each, under D1's 2 MB string). */
const WORDS_PER_STATEMENT = 20_000;
/** The stored table's generation, as SQL (null, so nothing is newer, when none is stored). */
const STORED = "(SELECT max(generation) FROM speaker_table)";

/** What the writes after `since` (SQL) changed: the name keys they touched, the word and speaker-name counts they moved. */
function changes(db: D1Database, since: string): D1PreparedStatement[] {
  return [
    db.prepare(`SELECT DISTINCT key FROM key_changes WHERE generation > ${since}`),
    db.prepare(`SELECT word, count, after_speech FROM word_counts WHERE generation > ${since}`),
    db.prepare(`SELECT word, count AS in_speakers FROM speaker_words WHERE generation > ${since}`),
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
    const [keys, words, names] = await db.batch(changes(db, String(previous.generation)));
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
  const [table, keys, words, names] = await db.batch([readParts(db, kinds), ...changes(db, STORED)]);
  const stored = groupParts(table!.results as Array<{ kind: number; generation: number; data: string }>, kinds);
  if (!stored) return fullLoad(db, generation);
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
function storedCache(stored: StoredParts): SpeakerCache {
  const { rows, merged, byId } = parseSpeakers(stored.text.get(KIND.speakers)!);
  const cache = { generation: stored.generation, merged, byId, storedAt: stored.generation, rows, check: new CheckState() } as SpeakerCache;
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
  return { generation, ...checked, aliases: rankAliases(checked.merged.speakers), all, check };
}

/** `base` with the writes since merged in: the touched keys' speakers merged again, the speakers whose inputs moved scored again. */
async function merge(db: D1Database, generation: number, base: SpeakerCache, touched: Array<{ key: string }>, moved: CountRow[]): Promise<SpeakerCache> {
  const check = base.check!;
  check.set([], moved, true);
  if (!touched.length && !moved.length) return Object.assign(base, { generation });
  const index = base.index ?? indexTable(base.all!);
  const affected = affectedKeys(index, touched.map((r) => r.key));
  const results = affected.size ? (await db.prepare(`${MENTIONS} WHERE key IN (SELECT value FROM json_each(?1)) ORDER BY article, ord`).bind(JSON.stringify([...affected])).all<MentionRow>()).results : [];
  const fresh = mergeMentions(results);
  const changedWords = new Set(moved.map((r) => r.word));
  // the speakers kept whose score read a moved count: scored again, as copies (the last table stays as it was)
  const origin = new Map<TableSpeaker, TableSpeaker>();
  const all = mergeDelta(base.all!, affected, fresh).map((s) => {
    if (!s.read || !s.read.some((w) => changedWords.has(w))) return s;
    const copy = { ...s };
    origin.set(copy, s);
    return copy;
  });
  await check.score([...fresh, ...origin.keys()], (words) => fetchCounts(db, check, words));
  const checked = checkedSpeakers(all);
  // the ranked aliases: the unchanged speakers' entries renumbered, the others' made again
  const was = new Map<TableSpeaker, number>();
  for (const s of base.all!) if (kept(s)) was.set(s, was.size);
  const renumber = new Int32Array(was.size).fill(-1);
  const changed: number[] = [];
  let i = 0;
  for (const s of all) {
    if (!kept(s)) continue;
    const old = was.get(origin.get(s) ?? s);
    if (old === undefined) changed.push(i);
    else renumber[old] = i;
    i++;
  }
  const aliases = rerankAliases(base.aliases, renumber, checked.merged.speakers, changed);
  const gone = base.all!.filter((s) => affected.has(s.keys[0]!));
  updateIndex(index, [...gone, ...origin.values()], [...fresh, ...origin.keys()]);
  return { generation, ...checked, aliases, all, check, index, storedAt: base.storedAt };
}

/** Fetches the counts of `words` (word_counts, and speaker_words unless the check counted those whole) into the check's state, in one batch. */
async function fetchCounts(db: D1Database, check: CheckState, words: string[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_STATEMENT) {
    const json = JSON.stringify(words.slice(i, i + WORDS_PER_STATEMENT));
    statements.push(db.prepare("SELECT word, count, after_speech FROM word_counts WHERE word IN (SELECT value FROM json_each(?1))").bind(json));
    if (!check.inSpeakersWhole) statements.push(db.prepare("SELECT word, count AS in_speakers FROM speaker_words WHERE word IN (SELECT value FROM json_each(?1))").bind(json));
  }
  const results = await db.batch(statements);
  check.set(words, results.flatMap((r) => r.results as unknown as CountRow[]));
}
