/**
 * Merging the writes since a speaker table into it (docs/archive.md "The speaker table"): the touched
 * name keys merged again from their mentions (speaker-delta.ts), the speakers whose inputs or read
 * counts moved scored again (speaker-check.ts), the ranked aliases updated (alias-rank.ts).
 */
import { rerankAliases } from "./alias-rank";
import type { CheckState, CountRow } from "./speaker-check";
import { affectedKeys, indexTable, mergeDelta, updateIndex } from "./speaker-delta";
import { checkedSpeakers, kept, MENTIONS, mergeMentions, type MentionRow, type TableSpeaker } from "./speaker-table";
import type { SpeakerCache } from "./speakers";

/** Words a statement looks up at most (a JSON array of ~20 bytes each, under D1's 2 MB string). */
const WORDS_PER_STATEMENT = 20_000;

/** `base` with the writes since merged in: the touched keys' speakers merged again, the speakers whose inputs moved scored again. */
export async function merge(db: D1Database, generation: number, base: SpeakerCache, touched: Array<{ key: string }>, moved: CountRow[]): Promise<SpeakerCache> {
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
  return { generation, ...checked, aliases, all, check, index, storedAt: base.storedAt, memo: base.memo };
}

/** Fetches the counts of `words` (word_counts, and speaker_words unless the check counted those whole) into the check's state, in one batch. */
export async function fetchCounts(db: D1Database, check: CheckState, words: string[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_STATEMENT) {
    const json = JSON.stringify(words.slice(i, i + WORDS_PER_STATEMENT));
    statements.push(db.prepare("SELECT word, count, after_speech FROM word_counts WHERE word IN (SELECT value FROM json_each(?1))").bind(json));
    if (!check.inSpeakersWhole) statements.push(db.prepare("SELECT word, count AS in_speakers FROM speaker_words WHERE word IN (SELECT value FROM json_each(?1))").bind(json));
  }
  const results = await db.batch(statements);
  check.set(words, results.flatMap((r) => r.results as unknown as CountRow[]));
}
