import { rankAliases } from "../extras";
import { mergeSpeakers, type MergedSpeakers } from "../speaker-merge";
import type { AliasKeys, AliasWords } from "../alias-keys";
import type { NameWords } from "../alias-words";

/** The merged speakers of one generation of the archive, with their ranked aliases. */
export interface SpeakerCache {
  generation: number;
  merged: MergedSpeakers;
  aliases: Array<[string, number]>;
  /** The aliases' keys and words (alias-keys.ts), computed when a slice first needs them. */
  keys?: AliasKeys;
  words?: AliasWords;
  names?: NameWords;
  /** Speaker id (sp_…) -> index. */
  byId: Map<string, number>;
}

interface MentionRow {
  key: string;
  name: string;
  title: string | null;
  person: number;
  aliases: string;
  count: number;
}

/**
 * Every article's speaker mentions, in corpus order, merged by name key as the indexer merges them
 * (speaker-merge.ts): the same speakers, ids, aliases and counts as a bundled index of the same articles.
 */
export async function loadSpeakers(db: D1Database, generation: number): Promise<SpeakerCache> {
  const { results } = await db.prepare("SELECT key, name, title, person, aliases, count FROM speaker_mentions ORDER BY article, ord").all<MentionRow>();
  const merged = mergeSpeakers(results.map((r) => ({ key: r.key, name: r.name, title: r.title, person: r.person === 1, aliases: JSON.parse(r.aliases) as string[], count: r.count })));
  return { generation, merged, aliases: rankAliases(merged.speakers), byId: new Map(merged.speakers.map((s, i) => [s.id, i])) };
}
