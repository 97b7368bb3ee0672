import { compoundKey, normalizeArabic } from "../analysis";
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
  /** Every name key merged here (the first's own first): two spellings of a compound (عبد الرحمن / عبدالرحمن). */
  keys: string[];
  title: string | null;
  aliases: Set<string>;
  count: number;
}

/**
 * Merges per-article mentions (in corpus order) into speakers, as the indexer always has: one speaker
 * per name key (the two spellings of a compound «عبد X» one key: compoundKey), named as first quoted,
 * titled by the first title met; then a family name alone (a
 * one-word key) joins the one full person name that ends with it. The order of speakers is the order
 * their keys were first met, so a corpus merged in one go and one loaded article by article agree.
 */
export function mergeSpeakers(mentions: Iterable<SpeakerMention>): MergedSpeakers {
  const byKey = new Map<string, Entry>();
  for (const m of mentions) {
    const merge = compoundKey(m.key);
    const e = byKey.get(merge);
    if (!e) {
      byKey.set(merge, { first: m, keys: [m.key], title: m.title, aliases: new Set(m.aliases), count: m.count });
      continue;
    }
    if (!e.keys.includes(m.key)) e.keys.push(m.key);
    e.title ??= m.title;
    e.count += m.count;
    for (const a of m.aliases) e.aliases.add(a);
  }
  // full person names by their last word, in key order
  const byLast = new Map<string, string[]>();
  for (const [key, e] of byKey) {
    if (!key.includes(" ") || !e.first.person) continue;
    // the family name (none after بن: «عبدالله» alone is not «عبدالعزيز بن عبدالله»)
    const last = familyAlias(key);
    if (!last) continue;
    byLast.set(last, [...(byLast.get(last) ?? []), key]);
  }
  const redirect = new Map<string, string>();
  for (const [key, e] of byKey) {
    if (key.includes(" ") || key.includes("\u0000")) continue;
    const fuller = byLast.get(key) ?? [];
    if (fuller.length !== 1) continue;
    const target = byKey.get(fuller[0]!)!;
    // the key drops long vowels (عايد and عواد share one): the words as written must be one spelling apart at most
    if (!oneEditApart(writtenWord(e.first.name), writtenWord(familyAlias(joinedCompounds(target.first.name)) ?? ""))) continue;
    for (const a of e.aliases) target.aliases.add(a);
    target.count += e.count;
    redirect.set(key, fuller[0]!);
  }
  const speakers: SpeakerRecord[] = [];
  const indexOf = new Map<string, number>();
  const keys: string[][] = [];
  for (const [key, e] of byKey) {
    if (redirect.has(key)) continue;
    indexOf.set(key, speakers.length);
    keys.push([...e.keys]);
    speakers.push({ id: speakerId(e.first.key), name: e.first.name, title: e.title, person: e.first.person, aliases: [...e.aliases], statements: e.count });
  }
  for (const [from, to] of redirect) keys[indexOf.get(to)!]!.push(...byKey.get(from)!.keys);
  return {
    speakers,
    speakerOf: (key) => {
      const merge = compoundKey(key);
      return indexOf.get(redirect.get(merge) ?? merge) ?? null;
    },
    keysOf: (speaker) => keys[speaker] ?? [],
  };
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

/** A name normalized with each compound «عبد X» written as one word (عبد الرحمن -> عبدالرحمن), as compoundKey keys it. */
function joinedCompounds(name: string): string {
  return normalizeArabic(name).split(/\s+/).reduce<string[]>((out, w) => {
    const prev = out.at(-1);
    if (prev !== undefined && /^[وف]?عبد$/.test(prev)) out[out.length - 1] = prev + w;
    else out.push(w);
    return out;
  }, []).join(" ");
}
/** A family name as written, one string: its compound joined and the space of «آل X» dropped. */
const writtenWord = (name: string) => joinedCompounds(name).replace(/\s+/g, "");

/**
 * Whether two words are at most one letter apart (one letter added, dropped or changed, or two adjacent
 * letters swapped): نتانياهو and نتنياهو, بارزاني and برازاني are; عايد and عواد (one name key, since keys drop
 * long vowels) are not.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // after the first difference the rest must agree once one letter is skipped on one side or both, or two are swapped
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
