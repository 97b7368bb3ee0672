import { plainWords, rankAliases } from "../extras";
import { mergeSpeakers, type MergedSpeakers, type SpeakerMention } from "../speaker-merge";
import { countSpeakerWords } from "../speaker-list";
import { listSpeakers, withoutDropped } from "../speaker-check";
import type { AliasKeys, AliasWords } from "../alias-keys";
import type { NameWords } from "../alias-words";
import { CheckState } from "./speaker-check";

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
  /** Every article's mentions by num, in corpus order (empty: removed), and the check's state: what the next generation starts from. */
  mentions?: Map<number, SpeakerMention[]>;
  inSpeakers?: Map<string, number>;
  check?: CheckState;
  /** plainWords of every alias of this generation, for the next one's ranking. */
  plain?: Map<string, string>;
}

interface MentionRow {
  article: number;
  key: string;
  name: string;
  title: string | null;
  person: number;
  aliases: string;
  count: number;
}

const MENTIONS = "SELECT article, key, name, title, person, aliases, count FROM speaker_mentions";
/** Words a statement looks up at most (a JSON array of ~20 bytes each, under D1's 2 MB string). */
const WORDS_PER_STATEMENT = 20_000;

function byArticle(rows: readonly MentionRow[]): Map<number, SpeakerMention[]> {
  const out = new Map<number, SpeakerMention[]>();
  for (const r of rows) (out.get(r.article) ?? out.set(r.article, []).get(r.article)!).push({ key: r.key, name: r.name, title: r.title, person: r.person === 1, aliases: JSON.parse(r.aliases) as string[], count: r.count });
  return out;
}

/**
 * The archive's speakers at `generation`: every article's speaker mentions, in corpus order, merged
 * by name key as the indexer merges them (speaker-merge.ts), then the speaker-list check (speaker-check.ts):
 * the same speakers, ids, aliases and counts as a bundled index of the same articles. With `previous`
 * (an earlier generation's cache) it reads only what the writes since changed: the mentions of the
 * articles they touched (article_changes) and the word counts they moved (word_counts.generation).
 */
export async function loadSpeakers(db: D1Database, generation: number, previous?: SpeakerCache): Promise<SpeakerCache> {
  const check = previous?.check ?? new CheckState();
  let mentions: Map<number, SpeakerMention[]>;
  let inSpeakers: Map<string, number> | undefined;
  const changed = new Set<string>();
  if (previous?.mentions && previous.inSpeakers && previous.generation <= generation) {
    const since = previous.generation;
    const [nums, rows, words] = await db.batch([
      db.prepare("SELECT DISTINCT num FROM article_changes WHERE generation > ?1 ORDER BY num").bind(since),
      db.prepare(`${MENTIONS} WHERE article IN (SELECT num FROM article_changes WHERE generation > ?1) ORDER BY article, ord`).bind(since),
      db.prepare("SELECT word, count, after_speech FROM word_counts WHERE generation > ?1").bind(since),
    ]);
    const fresh = byArticle(rows!.results as unknown as MentionRow[]);
    mentions = new Map(previous.mentions);
    inSpeakers = new Map(previous.inSpeakers);
    const delta = new Map<string, number>();
    for (const { num } of nums!.results as Array<{ num: number }>) {
      // a replaced article keeps its place in the map (its num), a new one comes last (nums only grow)
      for (const [w, n] of countSpeakerWords((mentions.get(num) ?? []).map((m) => m.name))) delta.set(w, (delta.get(w) ?? 0) - n);
      const now = fresh.get(num) ?? [];
      for (const [w, n] of countSpeakerWords(now.map((m) => m.name))) delta.set(w, (delta.get(w) ?? 0) + n);
      mentions.set(num, now);
    }
    for (const [w, n] of delta) {
      if (n === 0) continue;
      inSpeakers.set(w, (inSpeakers.get(w) ?? 0) + n);
      changed.add(w);
    }
    const moved = words!.results as Array<{ word: string; count: number; after_speech: number }>;
    check.set([], moved, true);
    for (const r of moved) changed.add(r.word);
  } else {
    const { results } = await db.prepare(`${MENTIONS} ORDER BY article, ord`).all<MentionRow>();
    mentions = byArticle(results);
  }
  const unchecked = mergeSpeakers([...mentions.values()].flat());
  const listed = listSpeakers(unchecked, mentions.values(), inSpeakers);
  inSpeakers = listed.inSpeakers;
  const drop = await check.drops(listed.list, inSpeakers, changed, (words) => fetchCounts(db, check, words));
  const merged = withoutDropped(unchecked, drop);
  // plainWords of the aliases the last generation had already (names over 24 letters miss normalizeArabic's cache)
  const known = previous?.plain;
  const plain = new Map<string, string>();
  const aliases = rankAliases(merged.speakers, (a) => {
    const p = known?.get(a) ?? plainWords(a);
    plain.set(a, p);
    return p;
  });
  return { generation, merged, aliases, byId: new Map(merged.speakers.map((s, i) => [s.id, i])), mentions, inSpeakers, check, plain };
}

/** Fetches the word counts of `words` into the check's state, in statements of WORDS_PER_STATEMENT words (one batch). */
async function fetchCounts(db: D1Database, check: CheckState, words: string[]): Promise<void> {
  const statements: D1PreparedStatement[] = [];
  for (let i = 0; i < words.length; i += WORDS_PER_STATEMENT) {
    statements.push(db.prepare("SELECT word, count, after_speech FROM word_counts WHERE word IN (SELECT value FROM json_each(?1))").bind(JSON.stringify(words.slice(i, i + WORDS_PER_STATEMENT))));
  }
  const results = await db.batch(statements);
  check.set(words, results.flatMap((r) => r.results as Array<{ word: string; count: number; after_speech: number }>));
}
