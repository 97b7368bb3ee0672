import { normalizeArabic } from "../analysis";
import { clusterSpellings, joinedCompounds, mergeGroup, sameName } from "./speaker-split";
import type { SpeakerRecord } from "./records";

/** One article's speaker under one name key: the first name and title it was quoted with, every form used. */
export interface SpeakerMention {
  key: string;
  name: string;
  title: string | null;
  person: boolean;
  /** Name, title, title with name, family name, roles, in the order first met. */
  aliases: string[];
  /** Statements attributed to this key in the article. */
  count: number;
}

/** The merged speakers and the way from any name key to its speaker's index. */
export interface MergedSpeakers {
  speakers: SpeakerRecord[];
  /** Speaker index of a statement's name key (a redirected family name included). */
  speakerOf(key: string): number | null;
  /** Every name key whose statements belong to speaker i (its own first). */
  keysOf(speaker: number): string[];
}

/** FNV-1a, base 36: a short stable id. */
export function speakerId(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `sp_${(h >>> 0).toString(36)}`;
}

interface Entry {
  first: SpeakerMention;
  /** Every key merged here (its first's own first): two spellings of a compound (عبد الرحمن / عبدالرحمن), of a foreign name. */
  keys: string[];
  title: string | null;
  aliases: Set<string>;
  count: number;
}

/**
 * Merges per-article mentions (in corpus order) into speakers: mentions whose keys share a merge group
 * (the name key, long vowels dropped, the two spellings of a compound «عبد X» one: mergeGroup) are one
 * speaker when their names as written are one name (sameName: ديمتري / دميتري are, عوض / عايض are not),
 * named as first quoted, titled by the first title met; then a family name alone (a one-word key) joins
 * the one full person name that ends with it. A key is one speaker's (its first mention's name decides).
 * The order of speakers is the order they were first met, so a corpus merged in one go and one loaded
 * article by article agree.
 */
export function mergeSpeakers(mentions: Iterable<SpeakerMention>): MergedSpeakers {
  const all = [...mentions];
  const entryOf = spellingEntries(all);
  // in the order first met
  const entries = new Set<Entry>();
  for (const m of all) {
    const e = entryOf.get(m.key)!;
    entries.add(e);
    e.title ??= m.title;
    e.count += m.count;
    for (const a of m.aliases) e.aliases.add(a);
  }
  // full person names by their last word, in the order first met
  const byLast = new Map<string, Entry[]>();
  for (const e of entries) {
    const group = mergeGroup(e.first.key);
    if (!group.includes(" ") || !e.first.person) continue;
    // the family name (none after بن: «عبدالله» alone is not «عبدالعزيز بن عبدالله»)
    const last = familyAlias(group);
    if (last) byLast.set(last, [...(byLast.get(last) ?? []), e]);
  }
  const redirect = new Map<Entry, Entry>();
  for (const e of entries) {
    const group = mergeGroup(e.first.key);
    if (group.includes(" ") || group.includes("\u0000")) continue;
    const fuller = byLast.get(group) ?? [];
    if (fuller.length !== 1) continue;
    const target = fuller[0]!;
    // the key drops long vowels (عايد and عواد share one): the family name as written must be the same name
    if (!sameName(e.first.name, familyAlias(joinedCompounds(target.first.name)) ?? "")) continue;
    for (const a of e.aliases) target.aliases.add(a);
    target.count += e.count;
    redirect.set(e, target);
  }
  const speakers: SpeakerRecord[] = [];
  const indexOf = new Map<Entry, number>();
  const keys: string[][] = [];
  for (const e of entries) {
    if (redirect.has(e)) continue;
    indexOf.set(e, speakers.length);
    keys.push([...e.keys]);
    speakers.push({ id: speakerId(e.first.key), name: e.first.name, title: e.title, person: e.first.person, aliases: [...e.aliases], statements: e.count });
  }
  for (const [from, to] of redirect) keys[indexOf.get(to)!]!.push(...from.keys);
  return {
    speakers,
    speakerOf: (key) => {
      const e = entryOf.get(key);
      return e === undefined ? null : indexOf.get(redirect.get(e) ?? e) ?? null;
    },
    keysOf: (speaker) => keys[speaker] ?? [],
  };
}

/**
 * Each key's speaker before the family-name join: the keys of one merge group whose first names are one
 * name (sameName, joined transitively: جيورجيوس، جورجيوس، جورجوس), each speaker named by its first key's
 * first mention.
 */
function spellingEntries(mentions: readonly SpeakerMention[]): Map<string, Entry> {
  const byGroup = new Map<string, SpeakerMention[]>();
  const seen = new Set<string>();
  for (const m of mentions) {
    if (seen.has(m.key)) continue;
    seen.add(m.key);
    const group = mergeGroup(m.key);
    (byGroup.get(group) ?? byGroup.set(group, []).get(group)!).push(m);
  }
  const entryOf = new Map<string, Entry>();
  for (const firsts of byGroup.values()) {
    const cluster = clusterSpellings(firsts.map((m) => m.name));
    const entries = new Map<number, Entry>();
    firsts.forEach((m, i) => {
      const c = cluster[i]!;
      const e = entries.get(c) ?? entries.set(c, { first: m, keys: [], title: null, aliases: new Set(), count: 0 }).get(c)!;
      e.keys.push(m.key);
      entryOf.set(m.key, e);
    });
  }
  return entryOf;
}

/** Name links after which the next word is the father's name, not the family's (closed class): بن، ابن، بنت، ولد. */
const SON_OF = new Set(["بن", "ابن", "بنت", "ولد"]);

/**
 * The family name a person is asked by (السحيباني of «بدر السحيباني»), or null: the last word of a name
 * of two words or more, with its آل (آل الشيخ); none after بن: «عبدالعزيز بن عبدالله» is not «عبدالله».
 */
export function familyAlias(name: string): string | null {
  const words = name.split(" ");
  if (words.length < 2) return null;
  const before = normalizeArabic(words.at(-2)!);
  if (SON_OF.has(before)) return null;
  // آل normalizes to ال
  return before === "ال" ? words.slice(-2).join(" ") : words.at(-1)!;
}
