/**
 * Sound keys by reach, in SQL (docs/archive.md "Speaker lookup by SQL", English subjects; migrations/0011):
 * an English name word's candidates are the alias words whose sound key is within one or two edits of its
 * own (src/names/candidates.ts), about 3,400 keys for a key of four classes and 15,000 for a long one.
 * The Worker names each reach by its centre and distance (SoundReach) and D1 finds the stored keys
 * within it, those keysWithin (src/analysis/phonetic.ts) would list, by their deletions
 * (speaker_sound_dels): so the Worker neither lists, sends nor tracks the keys one by one.
 */
import { KEY_CLASSES } from "../../analysis";
import type { SoundReach } from "../store";

/** The consonant classes an edit may write, as a SQL table `cls(x)`. */
const CLASSES = `cls(x) AS (SELECT value FROM json_each('${JSON.stringify([...KEY_CLASSES])}'))`;

/**
 * The tables of the stored keys within the reaches of ?`param` (JSON [key, distance] pairs, distance 0
 * to 2), `${name}(key)` (a superset: keys no word has are dropped by the join with the words):
 * - `${name}b(k, d)`, the bases: a centre of distance 0 or 1 as it is, one of distance 2 with every key
 *   one edit from it (a class deleted, changed or inserted), each with the edits left (0 or 1);
 * - `${name}d(del, i)`, each base of one edit left without its class at i;
 * - a key is within one edit of a base k when it is k, one of k's deletions, a key of which k is a
 *   deletion (speaker_sound_dels.del = k), or a key with one of k's deletions at the same place (one
 *   class changed); within two of a centre when within one of a base one edit from it.
 */
const reachTables = (name: string, param: number) => `${name}r(k, d) AS (SELECT value ->> 0, value ->> 1 FROM json_each(?${param})),
  ${name}b(k, d) AS MATERIALIZED (SELECT k, min(d, 1) FROM ${name}r
    UNION SELECT substr(k, 1, i) || substr(k, i + 2), 1 FROM ${name}r, pos WHERE d = 2 AND i < length(k)
    UNION SELECT substr(k, 1, i) || x || substr(k, i + 2), 1 FROM ${name}r, pos, cls WHERE d = 2 AND i < length(k)
    UNION SELECT substr(k, 1, i) || x || substr(k, i + 1), 1 FROM ${name}r, pos, cls WHERE d = 2 AND i <= length(k)),
  ${name}d(del, i) AS MATERIALIZED (SELECT substr(k, 1, i) || substr(k, i + 2), i FROM ${name}b, pos WHERE d = 1 AND i < length(k)),
  ${name}(key) AS MATERIALIZED (SELECT k FROM ${name}b
    UNION SELECT del FROM ${name}d
    UNION SELECT s.key FROM ${name}b b CROSS JOIN speaker_sound_dels s ON s.del = b.k WHERE b.d = 1
    UNION SELECT s.key FROM ${name}d x CROSS JOIN speaker_sound_dels s ON s.del = x.del AND s.pos = x.i)`;

/**
 * The statement fetching the alias words (`{ key, word, rank }`, by rank) of every key within the
 * reaches `wanted` and none of `before` (those whose words were fetched already). Keys arabicKey cannot
 * write (a class twice in a row, Y after the first) are found too: no word has one (matchSounds drops
 * them all the same, as keysWithin never lists them).
 */
export function reachStatement(db: D1Database, wanted: readonly SoundReach[], before: readonly SoundReach[]): D1PreparedStatement {
  // an edit's place: 0 to the longest key's length after the first edit (an insertion at the end)
  const longest = Math.max(0, ...[...wanted, ...before].map(([key]) => key.length));
  const places = JSON.stringify(Array.from({ length: longest + 2 }, (_, i) => i));
  const sql = `WITH ${CLASSES}, pos(i) AS (SELECT value FROM json_each(?3)), ${reachTables("a", 1)}, ${reachTables("b", 2)}
    SELECT w.key, w.word, w.rank FROM (SELECT key FROM a EXCEPT SELECT key FROM b) q CROSS JOIN speaker_sound_words w ON w.key = q.key ORDER BY w.rank`;
  return db.prepare(sql).bind(JSON.stringify(wanted), JSON.stringify(before), places);
}

/**
 * The statement adding the deletions of every sound key of speaker_sound_words that has none yet (in the
 * batch that writes those rows; migrations/0011 runs the same for the keys stored before it).
 */
export const deletionsStatement = (db: D1Database): D1PreparedStatement => db.prepare(DELETIONS);

const DELETIONS = `INSERT OR IGNORE INTO speaker_sound_dels (key, pos, del)
  WITH RECURSIVE p(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM p WHERE i + 1 < (SELECT max(length(key)) FROM speaker_sound_words))
  SELECT k.key, p.i, substr(k.key, 1, p.i) || substr(k.key, p.i + 2)
  FROM (SELECT DISTINCT key FROM speaker_sound_words w WHERE NOT EXISTS (SELECT 1 FROM speaker_sound_dels d WHERE d.key = w.key)) k JOIN p ON p.i < length(k.key)`;

/** A sound key keysWithin never lists (arabicKey never writes one): a class twice in a row, or Y after the first. */
export const unshapedKey = (key: string): boolean => /(.)\1|.Y/.test(key);

/** The reaches whose words are fetched so far: each centre's greatest distance. */
export class FetchedReach {
  private readonly reach = new Map<string, number>();
  private readonly list: SoundReach[] = [];

  /** These reaches and `more`, as a new object (this one unchanged). */
  with(more: readonly SoundReach[]): FetchedReach {
    const out = new FetchedReach();
    out.add(this.list);
    out.add(more);
    return out;
  }

  /** Whether the words of every key of these reaches are fetched (those of a reach of the same centre and as far or farther). */
  holds(reaches: readonly SoundReach[]): boolean {
    return reaches.every(([key, distance]) => (this.reach.get(key) ?? -1) >= distance);
  }

  /** Notes reaches as fetched. */
  add(reaches: readonly SoundReach[]): void {
    for (const r of reaches) {
      if (this.holds([r])) continue;
      this.reach.set(r[0], r[1]);
      this.list.push(r);
    }
  }

  /** Every reach noted (a centre may stand more than once, at growing distances). */
  get all(): readonly SoundReach[] {
    return this.list;
  }
}
