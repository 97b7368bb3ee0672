/**
 * The speaker lookup rows (migrations/0008_speaker_lookup.sql, 0009_speaker_sounds.sql): the ranked
 * alias table (also by its words' sound keys) and the checked speakers of one generation as indexed D1 rows, written in the batch that stores the speaker table
 * (speaker-store.ts storeTable), so a reader can fetch the aliases a question may match and their
 * speakers alone (alias-lookup.ts) and never sees rows of two generations.
 */
import type { MergedSpeakers } from "../speaker-merge";
import { speakerId } from "../speaker-merge";
import { deletionsStatement } from "./sound-reach";

/** Characters of JSON bound per INSERT: at most 2 bytes of UTF-8 each here, under D1's 2 MB string. */
const CHUNK = 500_000;

/** What the rows are made of: a speaker cache (speakers.ts) or a stored table's parts. */
export interface LookupSource {
  generation: number;
  merged: MergedSpeakers;
  /** The ranked aliases ([plainWords form, checked speaker index]), as rankAliases orders them. */
  aliases: ReadonlyArray<readonly [string, number]>;
}

/** One alias row: [place, alias, folded, near, words, speaker]. */
type AliasRow = [number, string, string, string, number, number];
/** One speaker row: [speaker, id, record JSON]. */
type RecordRow = [number, string, string];

/** JSON arrays of the rows, each at most CHUNK characters (one row alone may pass it). */
function chunks<T>(rows: readonly T[]): string[] {
  const out: string[] = [];
  let part: string[] = [];
  let size = 0;
  for (const r of rows) {
    const text = JSON.stringify(r);
    if (part.length && size + text.length > CHUNK) {
      out.push(`[${part.join(",")}]`);
      part = [];
      size = 0;
    }
    part.push(text);
    size += text.length + 1;
  }
  if (part.length) out.push(`[${part.join(",")}]`);
  return out;
}

/**
 * The statements that replace the lookup rows with those of `source` (to run in the batch that stores
 * its table). `keyOf`: an alias's [foldTitle, nameKey]; `wordKey`: an alias word's sound key (arabicKey;
 * both the alias memo's).
 */
export function lookupRowStatements(db: D1Database, source: LookupSource, keyOf: (alias: string) => [string, string], wordKey: (word: string) => string): D1PreparedStatement[] {
  const g = source.generation;
  // each alias by each of its distinct words, and each distinct word by its key with its place in first-seen order (0009)
  const byWord: Array<[string, number]> = [];
  const wordKeys = new Map<string, string>();
  const aliases: AliasRow[] = source.aliases.map(([alias, speaker], place) => {
    const [folded, near] = keyOf(alias);
    const words = alias.split(" ");
    for (const w of new Set(words)) {
      if (!wordKeys.has(w)) wordKeys.set(w, wordKey(w));
      byWord.push([w, place]);
    }
    return [place, alias, folded, near, words.length, speaker];
  });
  const words = [...wordKeys].map(([w, key], rank): [string, string, number] => [key, w, rank]);
  const records: RecordRow[] = source.merged.speakers.map((s, i) => {
    const keys = source.merged.keysOf(i);
    return [i, speakerId(keys[0]!), JSON.stringify([keys, s.name, s.title, s.person ? 1 : 0, s.aliases, s.statements])];
  });
  const keys = source.merged.speakers.flatMap((_, i) => source.merged.keysOf(i).map((k): [string, number] => [k, i]));
  return [
    db.prepare("DELETE FROM speaker_aliases"),
    db.prepare("DELETE FROM speaker_records"),
    db.prepare("DELETE FROM speaker_keys"),
    db.prepare("DELETE FROM speaker_alias_words"),
    db.prepare("DELETE FROM speaker_sound_words"),
    ...chunks(byWord).map((json) => db.prepare("INSERT INTO speaker_alias_words (word, place) SELECT value ->> 0, value ->> 1 FROM json_each(?1)").bind(json)),
    ...chunks(words).map((json) => db.prepare("INSERT INTO speaker_sound_words (key, word, rank) SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?1)").bind(json)),
    // the deletions of the keys new to the archive (0011), read with the words by reach
    deletionsStatement(db),
    ...chunks(keys).map((json) => db.prepare("INSERT INTO speaker_keys (key, speaker) SELECT value ->> 0, value ->> 1 FROM json_each(?1)").bind(json)),
    ...chunks(aliases).map((json) =>
      db.prepare("INSERT INTO speaker_aliases (place, alias, folded, near, words, speaker, generation) SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, ?2 FROM json_each(?1)").bind(json, g),
    ),
    ...chunks(records).map((json) => db.prepare("INSERT INTO speaker_records (speaker, id, record, generation) SELECT value ->> 0, value ->> 1, value ->> 2, ?2 FROM json_each(?1)").bind(json, g)),
    // the marker (speaker -1): the rows of this generation are all in, even when there are none; `sounds`: with the rows of 0009
    db.prepare("INSERT INTO speaker_records (speaker, id, record, generation) VALUES (-1, '', ?1, ?2)").bind(JSON.stringify({ aliases: aliases.length, speakers: records.length, sounds: words.length }), g),
  ];
}

/**
 * The generation of the stored lookup rows, as SQL (null when none are stored: an archive migrated to
 * 0008 before its next store). `sounds`: only when the rows of 0009 were stored with them (an archive
 * migrated to 0009 has the rows of 0008 alone until its next store).
 */
export const LOOKUP_GENERATION = "(SELECT generation FROM speaker_records WHERE speaker = -1)";
export const SOUNDS_GENERATION = "(SELECT generation FROM speaker_records WHERE speaker = -1 AND record ->> 'sounds' IS NOT NULL)";

/** Whether a marker row's record says the rows of 0009 (the aliases by their words' sound keys) were stored with it. */
export const markerHasSounds = (record: string): boolean => (JSON.parse(record) as { sounds?: number }).sounds !== undefined;
