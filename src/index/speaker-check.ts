/**
 * The speaker-list check (speaker-list.ts) over merged speakers, shared by the bundled indexer
 * (annotate.ts) and the archive (d1/speaker-check.ts): each merged speaker as the check sees it, the
 * corpus-wide counts of speaker-name words, and the merged speakers without those the check drops.
 */
import type { MergedSpeakers, SpeakerMention } from "./speaker-merge";
import { countSpeakerWords, type ListSpeaker } from "./speaker-list";

/** A merged speaker as the check sees it, with its name keys and the indices of the articles quoting it. */
export type ListedSpeaker = ListSpeaker & { articleIds: number[]; keys: string[] };

/**
 * Each merged speaker as the check sees it (list[i] is merged.speakers[i]) and, per word, how many
 * (article, speaker) pairs hold it in the speaker's name. `articles`: every article's mentions, in
 * corpus order (an article without any may be left out or given as empty). `inSpeakers`: those counts
 * when the caller keeps them already (default: counted here).
 */
export function listSpeakers(merged: MergedSpeakers, articles: Iterable<readonly SpeakerMention[]>, inSpeakers?: Map<string, number>): { list: ListedSpeaker[]; inSpeakers: Map<string, number> } {
  const list = merged.speakers.map((s, i): ListedSpeaker => ({
    name: s.name, title: s.title, person: s.person, statements: s.statements,
    anonymous: merged.keysOf(i)[0]!.includes("\u0000"), articles: 0, articleIds: [], keys: merged.keysOf(i),
  }));
  const counted = inSpeakers ?? new Map<string, number>();
  let i = 0;
  for (const mentions of articles) {
    for (const m of mentions) {
      const s = list[merged.speakerOf(m.key)!]!;
      if (s.articleIds.at(-1) !== i) s.articleIds.push(i);
      s.articles = s.articleIds.length;
    }
    if (!inSpeakers) countSpeakerWords(mentions.map((m) => m.name), counted);
    i++;
  }
  return { list, inSpeakers: counted };
}

/**
 * The merged speakers without those marked true (as dropSpeakers leaves annotations): the others
 * renumbered in order, and a dropped speaker's keys giving no speaker, so its statements stay unattributed.
 */
export function withoutDropped(merged: MergedSpeakers, drop: readonly boolean[]): MergedSpeakers {
  if (!drop.some(Boolean)) return merged;
  const index: Array<number | null> = [];
  const kept: number[] = [];
  merged.speakers.forEach((_, i) => index.push(drop[i] ? null : kept.push(i) - 1));
  return {
    speakers: kept.map((i) => merged.speakers[i]!),
    speakerOf: (key) => {
      const i = merged.speakerOf(key);
      return i === null ? null : index[i] ?? null;
    },
    keysOf: (speaker) => (kept[speaker] === undefined ? [] : merged.keysOf(kept[speaker]!)),
  };
}
