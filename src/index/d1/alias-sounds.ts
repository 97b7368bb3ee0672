/**
 * An English name's alias words by sound key (docs/archive.md "Speaker lookup by SQL", migrations/0009):
 * the words of a SpeakerKeys' sound keys fetched, and what its `matched` picks of them (src/answer's
 * name-pick.ts: the aliases to fetch next, by alias-lookup.ts), one more batch while a pick wants more
 * keys (the keys listed by reach in D1: sound-reach.ts). Split from alias-lookup.ts, which lays the
 * fetched aliases out.
 */
import { keyDistance } from "../../analysis";
import { reachName, type NamePick, type SoundReach, type SpeakerKeys } from "../store";
import { LOOKUP_GENERATION } from "./alias-rows";
import type { RankedWord } from "./ranked-names";
import { FetchedReach, reachStatement, unshapedKey } from "./sound-reach";

export type Picked = NamePick | { more: SoundReach[] };

/** A SpeakerKeys' pick of the alias words of its sound keys (`fetched`): its `matched`, or every word of its keys' as `words`. */
export function pickOf(k: SpeakerKeys, words: ReadonlyArray<readonly [string, string]>, fetched: (reach: readonly SoundReach[]) => boolean): Picked {
  if (k.matched) return k.matched(words, fetched);
  const own = k.sounds ?? [];
  const within = (key: string) => own.some(([centre, distance]) => keyDistance(centre, key, distance) <= distance);
  return { words: words.filter(([, key]) => within(key)).map(([w]) => w), holders: [], bare: [] };
}

/** Picks as one: each list's union (a word bare in one and fetched in another is fetched), or every key still wanted. */
export function unionPicks(picks: readonly Picked[]): Picked {
  const more = picks.flatMap((p) => ("more" in p ? p.more : []));
  if (more.length) return { more: [...new Map(more.map((r) => [reachName(r), r])).values()] };
  const all = (f: (p: NamePick) => readonly string[]) => [...new Set((picks as NamePick[]).flatMap(f))];
  return { words: all((p) => p.words), holders: (picks as NamePick[]).flatMap((p) => p.holders), bare: all((p) => p.bare) };
}

/** SpeakerKeys as a store fetches them: an English name's words picked from its sound keys' (matchSounds). */
export interface LookupKeys extends SpeakerKeys, Partial<NamePick> {
  /** The alias words whose aliases are fetched: what `matched` picked (default none); `holders` and `bare` as NamePick says. */
  words?: string[];
  /** The alias words of the `sounds` keys as fetched, with their place in the table's word list: the order the subset's name words keep (ranked-names.ts). */
  ranks?: readonly RankedWord[];
  /** The generation of the lookup rows they were fetched from: the rows read next must be of it. */
  soundsGeneration?: number;
}

/** What matchSounds picked for a SpeakerKeys (by object: a request's second look-up passes the same). */
export type SoundsMemo = WeakMap<SpeakerKeys, Required<Pick<LookupKeys, "words" | "holders" | "bare" | "ranks" | "soundsGeneration">>>;

/**
 * The alias words fetched by sound so far (of one request), the reaches whose words they are, and the
 * generation of their rows (-1: of two); matchSounds replaces its fields as it fetches (never changing
 * the arrays it held), so a request's later index may start from an earlier's (IndexNeed.earlier).
 */
export interface SoundsFetched {
  ranks: readonly RankedWord[];
  reach: FetchedReach;
  generation?: number;
}

/** Nothing fetched yet. */
export const noSounds = (): SoundsFetched => ({ ranks: [], reach: new FetchedReach() });

/**
 * The keys with their sounds' words picked: the alias words of their sound keys fetched (one batch for
 * all, with the lookup rows' generation), and each one's `matched` (default: every word) applied, with
 * one more batch while a pick wants more reaches (an English name's far ring: name-pick.ts); kept in
 * `memo`, and taken from it when there: no fetch. Reaches `sounds` holds already are not fetched again.
 * Keys without sounds as they are.
 */
export async function matchSounds(db: D1Database, keys: readonly SpeakerKeys[], memo: SoundsMemo = new WeakMap(), sounds: SoundsFetched = noSounds()): Promise<LookupKeys[]> {
  const picks = (k: SpeakerKeys) => (k.sounds?.length ?? 0) > 0;
  const todo = keys.filter((k) => picks(k) && !memo.has(k));
  const holds = (reach: readonly SoundReach[]) => sounds.reach.holds(reach);
  const done = new Map<SpeakerKeys, NamePick>();
  for (let want = todo.flatMap((k) => k.sounds!); done.size < todo.length; ) {
    const fresh = want.filter((r) => !sounds.reach.holds([r]));
    if (fresh.length) await fetchReach(db, sounds, fresh);
    const words = sounds.ranks.map(([w, key]) => [w, key] as const);
    want = [];
    for (const k of todo) {
      if (done.has(k)) continue;
      const p = pickOf(k, words, holds);
      // a pick that wants only reaches it has would never end: every word of its keys instead
      if ("more" in p) !holds(p.more) ? want.push(...p.more) : done.set(k, pickOf({ ...k, matched: undefined }, words, holds) as NamePick);
      else done.set(k, p);
    }
  }
  return keys.map((k) => {
    if (!picks(k)) return k;
    let picked = memo.get(k);
    if (!picked) {
      picked = { ...done.get(k)!, ranks: sounds.ranks, soundsGeneration: sounds.generation ?? -1 };
      memo.set(k, picked);
    }
    const { matched: _, ...rest } = k;
    return { ...rest, ...picked };
  });
}

/** Fetches the words of the reaches `fresh` into `sounds` (one batch, with the lookup rows' generation). */
async function fetchReach(db: D1Database, sounds: SoundsFetched, fresh: readonly SoundReach[]): Promise<void> {
  const [rows, marker] = await db.batch([reachStatement(db, fresh, sounds.reach.all), lookupGeneration(db)]);
  const got = (rows!.results as Array<{ key: string; word: string; rank: number }>).filter((r) => !unshapedKey(r.key));
  sounds.ranks = [...sounds.ranks, ...got.map((r): RankedWord => [r.word, r.key, r.rank])];
  sounds.reach = sounds.reach.with(fresh);
  // the words of two batches are of one generation, or the lookup reads the whole table (-1)
  const g = (marker!.results[0] as { generation: number | null } | undefined)?.generation ?? -1;
  sounds.generation = sounds.generation === undefined || sounds.generation === g ? g : -1;
}

/** The statement reading the lookup rows' generation (`{ generation }`, null when none are stored). */
export const lookupGeneration = (db: D1Database): D1PreparedStatement => db.prepare(`SELECT ${LOOKUP_GENERATION} AS generation`);
