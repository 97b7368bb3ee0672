/**
 * Speaker lookup by SQL (docs/archive.md "Speaker lookup by SQL"): the aliases a text's speaker lookup
 * may compare (SpeakerKeys, from src/answer/speaker-keys.ts) fetched from the lookup rows
 * (alias-rows.ts, migrations/0008) with their speakers, and laid out as a speaker cache holding those
 * alone, in the whole table's order: the resolver, which only ever compares the aliases it looks up by
 * these keys and the records of their speakers, decides over it as over the whole table.
 */
import { aliasWords, lazyKeys } from "../alias-keys";
import { reachName, type SoundReach, type SpeakerKeys } from "../store";
import type { RankingOptions } from "../types";
import { wordStems, storedMemo } from "./alias-memo";
import { markerHasSounds } from "./alias-rows";
import { matchSounds, pickOf, unionPicks, type LookupKeys } from "./alias-sounds";
import { checkedSpeakers, type TableSpeaker } from "./speaker-table";
import { subsetNames } from "./ranked-names";
import type { SpeakerCache } from "./speakers";
import { buildSlice } from "./slice";
import { SearchIndex } from "../search";

/**
 * The places of the aliases holding a key (?1 folded, ?2 near, ?3 folded prefixes, ?4 one of their
 * words, as an English name's words matched it; JSON arrays; an alias as written is found by its folded
 * form), each by its index; every alias of the speakers that hold, in their aliases, a word of each group
 * of one list of ?7 (lists of word groups: a name's parts, name-pick.ts; by the speaker index of 0010; in
 * one term with ?4's, as D1 allows 5 terms in a compound SELECT); and one longest alias (the resolver
 * tries spans as long as the longest alias of the table: with it, the subset's longest is the whole
 * table's).
 */
const HIT = `WITH hit(place) AS (
  SELECT place FROM speaker_aliases WHERE folded IN (SELECT value FROM json_each(?1))
  UNION SELECT place FROM speaker_aliases WHERE near IN (SELECT value FROM json_each(?2))
  UNION SELECT a.place FROM json_each(?3) q JOIN speaker_aliases a ON a.folded >= q.value || ' ' AND a.folded < q.value || '!'
  UNION SELECT place FROM speaker_aliases WHERE place IN (SELECT s.place FROM json_each(?4) q JOIN speaker_alias_words s ON s.word = q.value)
    OR speaker IN (SELECT a.speaker FROM json_each(?7) l JOIN json_each(l.value) g JOIN json_each(g.value) q JOIN speaker_alias_words s ON s.word = q.value
      JOIN speaker_aliases a ON a.place = s.place GROUP BY l.key, a.speaker HAVING COUNT(DISTINCT g.key) = json_array_length(l.value))
  UNION SELECT place FROM (SELECT place FROM speaker_aliases ORDER BY words DESC, place LIMIT 1))`;

export interface AliasRow {
  place: number;
  alias: string;
  folded: string;
  near: string;
  speaker: number;
}

export interface RecordRow {
  speaker: number;
  record: string;
  generation: number;
}

/** The two statements (to run in one batch) fetching the aliases `keys` may match and their speakers, with the rows' generation marker. */
export function lookupStatements(db: D1Database, keys: LookupKeys): D1PreparedStatement[] {
  const bound = [keys.folded, keys.near, keys.prefixes, keys.words ?? [], keys.ids].map((k) => JSON.stringify(k));
  const holders = JSON.stringify(keys.holders ?? []);
  // the most quoted (?6): by the record's statements (CheckedRow's sixth field), ties in the table's order
  const top = "SELECT speaker FROM speaker_records WHERE speaker >= 0 ORDER BY record ->> '$[5]' DESC, speaker LIMIT ?6";
  return [
    db.prepare(`${HIT} SELECT a.place, a.alias, a.folded, a.near, a.speaker FROM hit JOIN speaker_aliases a USING (place) ORDER BY a.place`).bind(...bound, 0, holders),
    db.prepare(`${HIT} SELECT speaker, record, generation FROM speaker_records WHERE speaker IN (SELECT a.speaker FROM hit JOIN speaker_aliases a USING (place)) OR id IN (SELECT value FROM json_each(?5)) OR speaker IN (${top}) OR speaker = -1 ORDER BY speaker`).bind(...bound, keys.top ?? 0, holders),
  ];
}

/** The lookup statements' keys but the ids, and what the rows are checked against (subsetCache), as one string: equal, the statements fetch the same aliases and, for ids whose speakers they hold, the same records. */
export const lookupId = (keys: LookupKeys): string =>
  JSON.stringify([keys.folded, keys.near, keys.prefixes, keys.words ?? [], keys.holders ?? [], keys.top ?? 0, keys.spanWords ?? null, keys.soundsGeneration ?? null, keys.sounds ? 1 : 0]);

type CheckedRow = [keys: string[], name: string, title: string | null, person: number, aliases: string[], statements: number];

/** Records parsed from the lookup rows of one generation, by speaker (kept by a store: a request builds its subset twice, and the next request of the generation reads many of the same). */
export interface ParsedRecords {
  generation: number;
  speakers: Map<number, TableSpeaker>;
}

/**
 * The speaker cache of the fetched rows (lookupStatements' results): their speakers renumbered in the
 * whole table's order, their aliases in its rank order, each alias's folded form and name key as stored.
 * Undefined when the rows are not of `generation` (none stored yet, or a write not stored yet), the
 * keys name sound keys and the rows were stored without the aliases by sound (an archive migrated to
 * 0009 before its next store), an id of the keys' is nobody's, or an alias is longer than the keys'
 * `spanWords`: the caller reads the whole table instead. What a speaker lookup by the keys reads
 * (aliases, their words, records) is exact; anything else over it is not.
 */
export function subsetCache(aliasRows: readonly AliasRow[], recordRows: readonly RecordRow[], generation: number, ranking: RankingOptions, keys?: LookupKeys, parsed?: ParsedRecords): SpeakerCache | undefined {
  const { ids = [], spanWords = Infinity } = keys ?? {};
  const marker = recordRows.find((r) => r.speaker === -1);
  if (!marker || marker.generation !== generation) return undefined;
  if (keys?.sounds && !markerHasSounds(marker.record)) return undefined;
  // the words the sounds were picked from were of another generation (a store in between)
  if (keys?.soundsGeneration !== undefined && keys.soundsGeneration !== generation) return undefined;
  // spans listed up to spanWords only: whole when no alias is longer (the longest alias is among the rows)
  if (aliasRows.some((a) => a.alias.split(" ").length > spanWords)) return undefined;
  // the records fetched with the statements (a later batch) must be of the same generation: numbered alike
  const rows = [...new Map(recordRows.filter((r) => r.speaker >= 0).map((r) => [r.speaker, r])).values()].sort((x, y) => x.speaker - y.speaker);
  if (rows.some((r) => r.generation !== generation)) return undefined;
  const local = new Map(rows.map((r, i) => [r.speaker, i]));
  if (parsed && parsed.generation !== generation) {
    parsed.generation = generation;
    parsed.speakers.clear();
  }
  const list: TableSpeaker[] = rows.map((r) => {
    const known = parsed?.speakers.get(r.speaker);
    if (known) return known;
    const [keys, name, title, person, aliases, statements] = JSON.parse(r.record) as CheckedRow;
    const s: TableSpeaker = { keys, first: 0, name, title, person: person === 1, aliases, statements, articles: 0 };
    parsed?.speakers.set(r.speaker, s);
    return s;
  });
  const { merged, byId } = checkedSpeakers(list, () => true);
  // an id nobody has is read on as an English name, which these rows do not bound
  if (ids.some((id) => !byId.has(id))) return undefined;
  const aliases = aliasRows.map((a): [string, number] => [a.alias, local.get(a.speaker)!]);
  const stored = new Map(aliasRows.map((a) => [a.alias, [a.folded, a.near] as [string, string]]));
  const aliasKeys = lazyKeys(aliases, () => aliasWords(aliases, wordStems(ranking)), () => merged.speakers.map((s) => s.statements), () => (a) => stored.get(a)!);
  // English names: their words kept in the whole table's order (ranked-names.ts), shared with another subset of the same rows
  const names = keys?.ranks ? { names: subsetNames(aliasRows, local, keys.ranks, keys.bare ?? []), ranks: keys.ranks, bare: keys.bare ?? [] } : {};
  return { generation, merged, aliases, byId, keys: aliasKeys, memo: storedMemo(), ...names };
}

/** Keys of several texts (and speaker ids) as one: the union of each list (a superset of what each text compares, as good: see speaker-keys.ts). */
export function unionKeys(keys: readonly LookupKeys[], ids: readonly string[] = []): LookupKeys {
  // one text's keys (most requests): as they are (an English name's sound keys run to tens of thousands)
  if (keys.length === 1) return ids.every((id) => keys[0]!.ids.includes(id)) ? keys[0]! : { ...keys[0]!, ids: [...new Set([...keys[0]!.ids, ...ids])] };
  const all = (pick: (k: LookupKeys) => readonly string[]) => [...new Set(keys.flatMap(pick))];
  const spans = keys.flatMap((k) => (k.spanWords === undefined ? [] : [k.spanWords]));
  // once every key's words are picked (matchSounds), the sounds only say that the lookup reads the rows of 0009
  const sounds = keys.some((k) => k.sounds) ? { sounds: keys.some((k) => k.matched || (k.sounds && !k.words)) ? [...new Map(keys.flatMap((k) => k.sounds ?? []).map((r) => [reachName(r), r])).values()] : [] } : {};
  // each key's own pick (the words of other keys' sounds are never its candidates: see names.ts), or all its sounds
  const matched = keys.some((k) => k.matched) ? { matched: (words: ReadonlyArray<readonly [string, string]>, fetched: (reach: readonly SoundReach[]) => boolean) => unionPicks(keys.map((k) => pickOf(k, words, fetched))) } : {};
  const top = Math.max(0, ...keys.map((k) => k.top ?? 0));
  // picked from the rows of one generation, or of none (-1: the lookup reads the whole table)
  const at = new Set(keys.flatMap((k) => (k.soundsGeneration === undefined ? [] : [k.soundsGeneration])));
  const picked = at.size ? { words: all((k) => k.words ?? []), holders: keys.flatMap((k) => k.holders ?? []), bare: all((k) => k.bare ?? []), ranks: [...new Map(keys.flatMap((k) => k.ranks ?? []).map((r) => [r[0], r])).values()], soundsGeneration: at.size === 1 ? [...at][0]! : -1 } : {};
  return { folded: all((k) => k.folded), near: all((k) => k.near), prefixes: all((k) => k.prefixes), ids: [...new Set([...keys.flatMap((k) => k.ids), ...ids])], ...sounds, ...matched, ...picked, ...(top ? { top } : {}), ...(spans.length ? { spanWords: Math.min(...spans) } : {}) };
}

/**
 * The records of the speakers of the statements of the articles ?1 (JSON nums) and of the paragraphs
 * holding a statement by a key of ?2 (JSON keys): what a slice's statements name (records that name no
 * fetched statement are inert, as for the aliases).
 */
export const STATEMENT_RECORDS = `SELECT r.speaker, r.record, r.generation FROM speaker_records r WHERE r.speaker IN (SELECT k.speaker FROM statements s JOIN speaker_keys k ON k.key = s.key
  WHERE s.article IN (SELECT value FROM json_each(?1)) OR s.doc IN (SELECT doc FROM statements WHERE key IN (SELECT value FROM json_each(?2))))`;

/** Fetches the subset cache for `keys` (one batch); undefined as subsetCache says. */
export async function fetchSubset(db: D1Database, given: SpeakerKeys, generation: number, ranking: RankingOptions): Promise<SpeakerCache | undefined> {
  const [keys] = await matchSounds(db, [given]);
  const [aliases, records] = await db.batch(lookupStatements(db, keys!));
  return subsetCache(aliases!.results as unknown as AliasRow[], records!.results as unknown as RecordRow[], generation, ranking, keys);
}


/** An index over a speaker cache alone (no article): what a speaker lookup reads, laid out as a slice lays it out. */
export function speakerIndex(cache: SpeakerCache, ranking: RankingOptions): SearchIndex {
  const { data, stats } = buildSlice({ ranking, corpus: { paragraphs: 0, length: 0 }, df: new Map(), articles: [], paragraphs: new Map(), forward: [], statements: [], speakers: cache });
  return new SearchIndex(data, stats);
}

// what store.ts reads of the sound words, from here as before
export { matchSounds, type LookupKeys, type SoundsMemo } from "./alias-sounds";
