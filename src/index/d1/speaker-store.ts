/**
 * The speaker table kept in D1 (speaker_table, migrations/0005): written after a write (D1Store.writer)
 * and by `npm run ingest`, read by a new isolate instead of merging every mention and scoring every
 * speaker. Seven kinds of parts (KIND, one of them the alias memo's earlier format): what every new isolate parses (the checked speakers), what a
 * speaker question parses (the ranked aliases, the alias memo, the alias words) and what only merging a later write reads (every speaker
 * before the check with its place, article count and score; the words each score read).
 */
import { checkedSpeakers, kept, type TableSpeaker } from "./speaker-table";
import { guard } from "./write";
import { memoText, type MemoHolder } from "./alias-memo";
import { wordsText } from "./alias-words-store";
import type { AliasWords } from "../alias-keys";
import { DEFAULT_RANKING, type RankingOptions } from "../types";
import { PRUNE_MARGIN, pruneStatements } from "./prune";
import { SOUNDS_GENERATION, lookupRowStatements } from "./alias-rows";
import { aliasMemo, memoWordKey } from "./alias-memo";
import { memoAliasKeys } from "../alias-keys";
import type { MergedSpeakers } from "../speaker-merge";

/** Characters of JSON per stored row: at most 2 bytes of UTF-8 each here, under D1's 2 MB string. */
const PART = 500_000;
/** Speaker-name counts a statement writes at most (a JSON array of ~25 bytes each, under D1's 2 MB string). */
const WORDS_PER_STATEMENT = 20_000;

/** The kinds of stored parts: each a JSON text split over rows, read together or apart. */
export const KIND = {
  /** The checked speakers ([keys, name, title, person, aliases, statements]) and the generation: every new isolate reads these. */
  speakers: 0,
  /** Each speaker's read words (before the check, in order): read only to merge a later write. */
  reads: 1,
  /** The ranked aliases ([plain, checked index]): parsed on a speaker question's first use. */
  aliases: 2,
  /** Every speaker before the check ([checked index or -1, first place, articles, score], a dropped one's fields after): read only to merge a later write. */
  table: 3,
  /** The alias memo as one JSON object (alias-memo.ts), as stored before KIND.memoLines: still read when a table has no memoLines. */
  memo: 4,
  /** The alias memo (alias-memo.ts: each alias's folded form and name key, each alias word's key and stems) as four JSON lines, parsed in parts on a speaker question's first use; a table stored before it has none (or a KIND.memo). */
  memoLines: 5,
  /** The alias words (alias-words-store.ts: the bundle's aliasWords section after the stem extensions): parsed line by line on an English speaker question's first use; a table stored before it has none. */
  words: 6,
} as const;

type CheckedRow = [keys: string[], name: string, title: string | null, person: number, aliases: string[], statements: number];
type TableRow = [checked: number, first: number, articles: number, score: number, ...dropped: CheckedRow | []];

/** A stored table's parts as text, by kind, all of one generation. */
export interface StoredParts {
  generation: number;
  text: Map<number, string>;
}

/** `text` in parts of at most PART characters, never between the two halves of a surrogate pair. */
function split(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    let end = Math.min(text.length, i + PART);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1]!)) end--;
    out.push(text.slice(i, end));
    i = end;
  }
  return out;
}

const checkedRow = (s: TableSpeaker): CheckedRow => [s.keys, s.name, s.title, s.person ? 1 : 0, s.aliases, s.statements];

/** The rows (kind, seq, data) that store a table at `generation` (every speaker scored and its read words known). */
export function tableParts(generation: number, all: readonly TableSpeaker[], aliases: ReadonlyArray<[string, number]>, memo?: string, words?: string): Array<[number, number, string]> {
  const checked: CheckedRow[] = [];
  const table: TableRow[] = all.map((s) => kept(s) ? [checked.push(checkedRow(s)) - 1, s.first, s.articles, s.score!] : [-1, s.first, s.articles, s.score!, ...checkedRow(s)]);
  const texts: Array<[number, string]> = [[KIND.speakers, JSON.stringify({ generation, speakers: checked })], [KIND.reads, JSON.stringify(all.map((s) => s.read!))], [KIND.aliases, JSON.stringify(aliases)], [KIND.table, JSON.stringify(table)]];
  if (memo !== undefined) texts.push([KIND.memoLines, memo]);
  if (words !== undefined) texts.push([KIND.words, words]);
  return texts.flatMap(([kind, text]) => split(text).map((d, i): [number, number, string] => [kind, i, d]));
}

/** Statements that replace the stored table (run after a guard on the generation, in one batch). */
export function storeStatements(db: D1Database, generation: number, parts: ReadonlyArray<[number, number, string]>): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM speaker_table"),
    ...parts.map(([kind, seq, data]) => db.prepare("INSERT INTO speaker_table (kind, seq, generation, data) VALUES (?1, ?2, ?3, ?4)").bind(kind, seq, generation, data)),
  ];
}

/** The statement reading the stored parts of `kinds`, in order (`generation`: that generation's alone). */
export function readParts(db: D1Database, kinds: readonly number[], generation?: number): D1PreparedStatement {
  const sql = `SELECT kind, generation, data FROM speaker_table WHERE kind IN (${kinds.join(", ")})`;
  return generation === undefined ? db.prepare(`${sql} ORDER BY kind, seq`) : db.prepare(`${sql} AND generation = ?1 ORDER BY kind, seq`).bind(generation);
}

/** The parts read, joined by kind; undefined when a kind of `kinds` is missing or the rows are of two generations (met mid-store). */
export function groupParts(rows: ReadonlyArray<{ kind: number; generation: number; data: string }>, kinds: readonly number[]): StoredParts | undefined {
  // rows of other kinds (an optional KIND.memoLines or KIND.memo) are kept too when read
  if (!rows.length || rows.some((r) => r.generation !== rows[0]!.generation)) return undefined;
  const text = new Map<number, string>();
  for (const r of rows) text.set(r.kind, (text.get(r.kind) ?? "") + r.data);
  return kinds.every((k) => text.has(k)) ? { generation: rows[0]!.generation, text } : undefined;
}

/** The checked speakers of a KIND.speakers text, as checkedSpeakers gives them, with the rows (what parseAll reads). */
export function parseSpeakers(text: string): { rows: CheckedRow[] } & ReturnType<typeof checkedSpeakers> {
  const rows = (JSON.parse(text) as { speakers: CheckedRow[] }).speakers;
  return { rows, ...checkedSpeakers(rows.map((r) => fromRow(r, 0, 0, 0)), () => true) };
}

function fromRow([keys, name, title, person, aliases, statements]: CheckedRow, first: number, articles: number, score: number): TableSpeaker {
  return { keys, first, name, title, person: person === 1, aliases, statements, articles, score };
}

/** Every speaker before the check (KIND.table and KIND.reads texts), with the checked rows parseSpeakers gave. */
export function parseAll(rows: readonly CheckedRow[], table: string, reads: string): TableSpeaker[] | undefined {
  const all = (JSON.parse(table) as TableRow[]).map(([checked, first, articles, score, ...dropped]) => fromRow(checked >= 0 ? rows[checked]! : (dropped as CheckedRow), first, articles, score));
  return withReads(all, reads) ? all : undefined;
}

/** Sets each speaker's read words from the KIND.reads text; false when it does not fit the table. */
export function withReads(all: readonly TableSpeaker[], text: string): boolean {
  const reads = JSON.parse(text) as string[][];
  if (reads.length !== all.length) return false;
  all.forEach((s, i) => (s.read = reads[i]));
  return true;
}

/** What storeTable stores: a loaded table (speakers.ts SpeakerCache). */
export interface TableToStore extends MemoHolder {
  /** The aliases' words when a question made them (stored as KIND.words; made from the memo otherwise). */
  words?: AliasWords;
  generation: number;
  all?: TableSpeaker[];
  aliases: ReadonlyArray<[string, number]>;
  /** The checked speakers (default: checked from `all`): what the lookup rows (alias-rows.ts) hold. */
  merged?: MergedSpeakers;
  /** The generation of the stored table it was read from, if it was (then without `all` when nothing changed since). */
  storedAt?: number;
  /** The speaker-name counts when counted whole over every mention (a full load): written to speaker_words too. */
  check?: { inSpeakers: ReadonlyMap<string, number>; inSpeakersWhole: boolean };
}

/**
 * Stores `table` as the archive's speaker table in one batch, unless a write moved the corpus past its
 * generation (then false: the next writer stores). A table counted whole also sets speaker_words to its
 * counts (rows that differ only, stamped with its generation), which an archive loaded before
 * migration 0005 lacks. The alias memo (KIND.memoLines) and the alias words (KIND.words) are stored too,
 * their stems analyzed as `ranking` does (default DEFAULT_RANKING); only the aliases the table's memo
 * lacks are computed. The same batch prunes the change logs below the table's generation less
 * `pruneMargin` (prune.ts; default PRUNE_MARGIN).
 */
export async function storeTable(db: D1Database, table: TableToStore, ranking: RankingOptions = DEFAULT_RANKING, pruneMargin = PRUNE_MARGIN): Promise<boolean> {
  if (!table.all) return table.storedAt === table.generation && (await storeLookupRows(db, table, ranking));
  const g = table.generation;
  const counts: D1PreparedStatement[] = [];
  if (table.check?.inSpeakersWhole) {
    // words at 0 left out (the UPDATE below sets a stored count to 0): their rows would come back at every store, past pruning
    const rows = [...table.check.inSpeakers].filter(([, n]) => n !== 0);
    // words in no name now: 0 (the word list alone, a few hundred KB on the whole SaudiNewsNet)
    counts.push(db.prepare("UPDATE speaker_words SET count = 0, generation = ?2 WHERE count <> 0 AND word NOT IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(rows.map(([w]) => w)), g));
    for (let i = 0; i < rows.length; i += WORDS_PER_STATEMENT) {
      counts.push(db.prepare(`INSERT INTO speaker_words (word, count, generation) SELECT value ->> 0, value ->> 1, ?2 FROM json_each(?1) WHERE true
        ON CONFLICT (word) DO UPDATE SET count = excluded.count, generation = excluded.generation WHERE count <> excluded.count`).bind(JSON.stringify(rows.slice(i, i + WORDS_PER_STATEMENT)), g));
    }
  }
  try {
    const parts = tableParts(g, table.all, table.aliases, memoText(table.aliases, table, ranking), wordsText(table.aliases, table, ranking));
    await db.batch([guard(db, g), ...counts, ...storeStatements(db, g, parts), ...lookupRows(db, table, table.merged ?? checkedSpeakers(table.all).merged, ranking), ...pruneStatements(db, g, pruneMargin)]);
    return true;
  } catch (error) {
    if (/constraint/i.test(String(error))) return false;
    throw error;
  }
}

/** The lookup rows of `table` (alias-rows.ts), each alias's keys from its memo. */
function lookupRows(db: D1Database, table: TableToStore, merged: MergedSpeakers, ranking: RankingOptions): D1PreparedStatement[] {
  const memo = aliasMemo(table, ranking);
  return lookupRowStatements(db, { generation: table.generation, merged, aliases: table.aliases }, (a) => memoAliasKeys(memo, a), memoWordKey(table));
}

/**
 * The backfill of an archive migrated to 0008 or 0009: the lookup rows of a table already stored and
 * unchanged (read from D1, so without `all`), written when those of its generation (or the sound rows
 * of 0009) are missing. True when they
 * are stored (false: a write moved the generation meanwhile, and the next store writes them).
 */
async function storeLookupRows(db: D1Database, table: TableToStore, ranking: RankingOptions): Promise<boolean> {
  const row = await db.prepare(`SELECT ${SOUNDS_GENERATION} AS generation`).first<{ generation: number | null }>();
  if (row?.generation === table.generation) return true;
  if (!table.merged) return false;
  try {
    await db.batch([guard(db, table.generation), ...lookupRows(db, table, table.merged, ranking)]);
    return true;
  } catch (error) {
    if (/constraint/i.test(String(error))) return false;
    throw error;
  }
}
