/**
 * The speaker table kept in D1 (speaker_table, migrations/0005): written after a write (D1Store.writer)
 * and by `npm run ingest`, read by a new isolate instead of merging every mention and scoring every
 * speaker. Two kinds of parts: the table (speakers with their keys, first place, article count and check
 * score; the ranked aliases) and the words each score read (needed only to merge a later write).
 */
import type { TableSpeaker } from "./speaker-table";
import { guard } from "./write";

/** Characters of JSON per stored row: at most 2 bytes of UTF-8 each here, under D1's 2 MB string. */
const PART = 500_000;
/** Speaker-name counts a statement writes at most (a JSON array of ~25 bytes each, under D1's 2 MB string). */
const WORDS_PER_STATEMENT = 20_000;

/** What the stored table gives a reader: its generation, speakers, ranked aliases, and the read words still as text. */
export interface StoredTable {
  generation: number;
  all: TableSpeaker[];
  aliases: Array<[string, number]>;
  /** The kind-1 parts, joined: JSON of each speaker's read words, in order (parsed by withReads). */
  reads?: string;
}

type Row = [string[], number, string, string | null, number, string[], number, number, number];

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

/** The rows (kind, seq, data) that store a table at `generation`. */
export function tableParts(generation: number, all: readonly TableSpeaker[], aliases: ReadonlyArray<[string, number]>): Array<[number, number, string]> {
  const rows: Row[] = all.map((s) => [s.keys, s.first, s.name, s.title, s.person ? 1 : 0, s.aliases, s.statements, s.articles, s.score!]);
  const table = split(JSON.stringify({ generation, speakers: rows, aliases }));
  const reads = split(JSON.stringify(all.map((s) => s.read!)));
  return [...table.map((d, i): [number, number, string] => [0, i, d]), ...reads.map((d, i): [number, number, string] => [1, i, d])];
}

/** Statements that replace the stored table (run after a guard on the generation, in one batch). */
export function storeStatements(db: D1Database, generation: number, parts: ReadonlyArray<[number, number, string]>): D1PreparedStatement[] {
  return [
    db.prepare("DELETE FROM speaker_table"),
    ...parts.map(([kind, seq, data]) => db.prepare("INSERT INTO speaker_table (kind, seq, generation, data) VALUES (?1, ?2, ?3, ?4)").bind(kind, seq, generation, data)),
  ];
}

/** The statement reading the stored table's parts of one kind, in order (`generation`: that generation's alone). */
export function readParts(db: D1Database, kind: number, generation?: number): D1PreparedStatement {
  return generation === undefined
    ? db.prepare("SELECT generation, data FROM speaker_table WHERE kind = ?1 ORDER BY seq").bind(kind)
    : db.prepare("SELECT generation, data FROM speaker_table WHERE kind = ?1 AND generation = ?2 ORDER BY seq").bind(kind, generation);
}

/** Parses kind-0 rows (undefined: none stored, or parts of two generations met mid-write). */
export function parseTable(rows: ReadonlyArray<{ generation: number; data: string }>): StoredTable | undefined {
  if (!rows.length || rows.some((r) => r.generation !== rows[0]!.generation)) return undefined;
  const { generation, speakers, aliases } = JSON.parse(rows.map((r) => r.data).join("")) as { generation: number; speakers: Row[]; aliases: Array<[string, number]> };
  const all = speakers.map(([keys, first, name, title, person, als, statements, articles, score]): TableSpeaker => ({ keys, first, name, title, person: person === 1, aliases: als, statements, articles, score }));
  return { generation, all, aliases };
}

/** Sets each speaker's read words from the kind-1 text; false when it does not fit the table. */
export function withReads(all: readonly TableSpeaker[], text: string): boolean {
  const reads = JSON.parse(text) as string[][];
  if (reads.length !== all.length) return false;
  all.forEach((s, i) => (s.read = reads[i]));
  return true;
}

/** What storeTable stores: a loaded table (speakers.ts SpeakerCache). */
export interface TableToStore {
  generation: number;
  all?: TableSpeaker[];
  aliases: ReadonlyArray<[string, number]>;
  reads?: string;
  /** The speaker-name counts when counted whole over every mention (a full load): written to speaker_words too. */
  check?: { inSpeakers: ReadonlyMap<string, number>; inSpeakersWhole: boolean };
}

/**
 * Stores `table` as the archive's speaker table in one batch, unless a write moved the corpus past its
 * generation (then false: the next writer stores). A table counted whole also sets speaker_words to its
 * counts (rows that differ only, stamped with its generation), which an archive loaded before
 * migration 0005 lacks.
 */
export async function storeTable(db: D1Database, table: TableToStore): Promise<boolean> {
  if (!table.all) return false;
  if (table.reads !== undefined && !withReads(table.all, table.reads)) return false;
  const g = table.generation;
  const counts: D1PreparedStatement[] = [];
  if (table.check?.inSpeakersWhole) {
    const rows = [...table.check.inSpeakers];
    // words in no name now: 0 (the word list alone, a few hundred KB on the whole SaudiNewsNet)
    counts.push(db.prepare("UPDATE speaker_words SET count = 0, generation = ?2 WHERE count <> 0 AND word NOT IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(rows.map(([w]) => w)), g));
    for (let i = 0; i < rows.length; i += WORDS_PER_STATEMENT) {
      counts.push(db.prepare(`INSERT INTO speaker_words (word, count, generation) SELECT value ->> 0, value ->> 1, ?2 FROM json_each(?1) WHERE true
        ON CONFLICT (word) DO UPDATE SET count = excluded.count, generation = excluded.generation WHERE count <> excluded.count`).bind(JSON.stringify(rows.slice(i, i + WORDS_PER_STATEMENT)), g));
    }
  }
  try {
    await db.batch([guard(db, g), ...counts, ...storeStatements(db, g, tableParts(g, table.all, table.aliases))]);
    return true;
  } catch (error) {
    if (/constraint/i.test(String(error))) return false;
    throw error;
  }
}
