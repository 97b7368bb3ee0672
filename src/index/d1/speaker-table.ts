/**
 * The archive's speaker table (docs/archive.md "Speakers across articles"): every merged speaker before
 * the check, in corpus order, with what the check and a later merge need, and what a slice reads
 * (the checked speakers, their keys, the ranked aliases). Kept per isolate (speakers.ts) and in D1
 * (speaker-store.ts); a write's changes are merged into it by name key (speaker-delta.ts).
 */
import { mergeSpeakers, speakerId, type MergedSpeakers, type SpeakerMention } from "../speaker-merge";
import { SPEAKER_LIST_MODEL, type ListSpeaker } from "../speaker-list";
import type { SpeakerRecord } from "../records";

/** One merged speaker, before the check. */
export interface TableSpeaker {
  /** Its name keys: its own first, then the family names redirected to it. */
  keys: string[];
  /** Corpus place of its own key's first mention (article num x 65536 + the mention's place): the order of speakers. */
  first: number;
  name: string;
  title: string | null;
  person: boolean;
  aliases: string[];
  statements: number;
  /** Articles quoting it (any of its keys). */
  articles: number;
  /** The speaker-list check's log-odds, and the words that score read (undefined: not scored yet). */
  score?: number;
  read?: string[];
}

/** A stored mention: one article's speaker under one key, at its place in corpus order. */
export interface MentionRow {
  article: number;
  ord: number;
  key: string;
  name: string;
  title: string | null;
  person: number;
  aliases: string;
  count: number;
}

/** The stored mentions' columns, as MentionRow. */
export const MENTIONS = "SELECT article, ord, key, name, title, person, aliases, count FROM speaker_mentions";

/** The check's view of a speaker (speaker-list.ts). */
export const listed = (s: TableSpeaker): ListSpeaker => ({ name: s.name, title: s.title, person: s.person, anonymous: s.keys[0]!.includes("\u0000"), statements: s.statements, articles: s.articles });

/** True when the check keeps the speaker. */
export const kept = (s: TableSpeaker): boolean => s.score! >= SPEAKER_LIST_MODEL.threshold;

/**
 * Merges mentions (ordered by article, then place) as the indexer does (speaker-merge.ts), keeping each
 * speaker's first place and article count: every speaker their keys make, unscored.
 */
export function mergeMentions(rows: readonly MentionRow[]): TableSpeaker[] {
  const mentions: SpeakerMention[] = rows.map((r) => ({ key: r.key, name: r.name, title: r.title, person: r.person === 1, aliases: JSON.parse(r.aliases) as string[], count: r.count }));
  const merged = mergeSpeakers(mentions);
  const first = new Map<string, number>();
  const articles = new Array<number>(merged.speakers.length).fill(0);
  const last = new Array<number>(merged.speakers.length).fill(-1);
  for (const r of rows) {
    if (!first.has(r.key)) first.set(r.key, r.article * 65536 + r.ord);
    const i = merged.speakerOf(r.key)!;
    if (last[i] !== r.article) {
      last[i] = r.article;
      articles[i]!++;
    }
  }
  return merged.speakers.map((s, i) => {
    const keys = merged.keysOf(i);
    return { keys, first: first.get(keys[0]!)!, name: s.name, title: s.title, person: s.person, aliases: s.aliases, statements: s.statements, articles: articles[i]! };
  });
}

/**
 * The checked speakers as a slice reads them: records (ids by their own key), each key's speaker, each
 * speaker's keys, ids. `isKept`: which speakers the check keeps (default: by their score).
 */
export function checkedSpeakers(all: readonly TableSpeaker[], isKept: (s: TableSpeaker) => boolean = kept): { merged: MergedSpeakers; byId: Map<string, number> } {
  const speakers: SpeakerRecord[] = [];
  const keys: string[][] = [];
  const index = new Map<string, number>();
  const byId = new Map<string, number>();
  for (const s of all) {
    if (!isKept(s)) continue;
    const i = speakers.length;
    const id = speakerId(s.keys[0]!);
    speakers.push({ id, name: s.name, title: s.title, person: s.person, aliases: s.aliases, statements: s.statements });
    keys.push(s.keys);
    byId.set(id, i);
    for (const k of s.keys) index.set(k, i);
  }
  return { merged: { speakers, speakerOf: (key) => index.get(key) ?? null, keysOf: (i) => keys[i] ?? [] }, byId };
}
