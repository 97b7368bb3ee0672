import { arabicKey } from "../analysis";
import { plainWords, reachName, speakerLatin, type SearchIndex, type SoundReach } from "../index";
import { englishBodyName, englishRoleTitle } from "./roles/display";
import { officeOnly } from "./office-display";
import { capitalizeLatin, compoundWords, latinLetters, latinSpeller, NAME_THRESHOLD, NameCandidates, NEAR_FLOOR, nameWordScore, WORD_FLOOR } from "../names";

/**
 * English names resolved against the speakers with the learned name model (src/names): candidates by
 * sound key over the words of every speaker's aliases, then the learned score; a speaker is named when
 * every name word of the question matches one of its words at or above the threshold.
 */
export interface NameTable {
  /** The speakers whose aliases hold a word (plainWords form); none for a word no alias holds. */
  speakersOf: (word: string) => readonly number[];
  /** Whether an alias holds the word. */
  holds: (word: string) => boolean;
  candidates: NameCandidates;
  /** English word -> its Arabic words at or above WORD_FLOOR, with their scores (bounded cache). */
  matches: Map<string, Map<string, number>>;
}

const MATCH_CACHE = 1024;

/**
 * Well-known names whose usual English spelling the learned model reads as another Arabic name first
 * (lower-case Latin letters -> alias words, plainWords form). Belongs here: public figures the news names
 * in English by a spelling that, by sound, is a commoner name too; not names the model already ranks right.
 */
const KNOWN_NAMES = new Map<string, string[]>([
  // الأسد (the lion) is read as As'ad (اسعد) by sound
  ["assad", ["الاسد"]],
]);
/** Speakers whose summed scores are this close to the best (nats) are ties (speaker-by-names.ts); a well-known name's word scores past the best by more. */
export const TIE_NATS = 0.5;

/**
 * Keyed by the alias words (the same object for every slice a store builds in one generation), so it is
 * built once; not by the alias list, which a name question need not parse.
 */
const tables = new WeakMap<object, NameTable>();
/** A name table's candidates and matches, by its words' keys (NameWords.keys: one array for the same words, ranked-names.ts subsetNames). */
const scans = new WeakMap<object, Pick<NameTable, "candidates" | "matches">>();

export function nameTable(index: SearchIndex): NameTable {
  // the alias words grouped by sound key, and each word's speakers, as the indexer wrote them (section
  // aliasWords): candidates scan the groups; a word's place is looked up only for the words matched
  const names = index.data.extras.nameWords();
  let t = tables.get(names);
  if (t) return t;
  let place: Map<string, number> | undefined;
  const at = (word: string) => (place ??= new Map(names.words.map((w, i) => [w, i]))).get(word);
  // the candidates and matches depend on the words alone: shared by tables of the same words numbered apart
  let scan = scans.get(names.keys);
  if (!scan) scans.set(names.keys, (scan = { candidates: NameCandidates.grouped({ keys: names.keys, words: (k) => names.keyWords(k).map((i) => names.words[i]!) }), matches: new Map() }));
  t = {
    speakersOf: (w) => {
      const i = at(w);
      return i === undefined ? [] : names.speakers(i);
    },
    holds: (w) => at(w) !== undefined,
    ...scan,
  };
  tables.set(names, t);
  return t;
}

/**
 * The name model's score of a Latin name word against an alias word (at NEAR_FLOOR: lower may read as
 * -Infinity), kept per isolate (bounded): a store that answers over subsets of the alias table builds a
 * name table per request, and one request scores the same candidates more than once (its keys, then
 * each look-up); the score depends on the two words alone. `e`: latinLetters of the English word.
 */
export function pairScore(e: string, w: string): number {
  const key = `${e}\t${w}`;
  let s = pairScores.get(key);
  if (s === undefined) {
    if (pairScores.size >= PAIR_CACHE) pairScores.clear();
    pairScores.set(key, (s = nameWordScore(e, w, e, NEAR_FLOOR)));
  }
  return s;
}
const pairScores = new Map<string, number>();
const PAIR_CACHE = 50_000;

/** The Latin letters a name word's candidates are looked up by: al-X also as X. */
const latinForms = (e: string): string[] => (/^[ae]l../.test(e) ? [e, e.slice(2)] : [e]);

/**
 * The sound keys (arabicKey) of every alias word wordMatches may compare with an English name word, as
 * reaches (SoundReach: a key and the distance its keys are within): its candidates' keys
 * (NameCandidates.reachFor, for each of its Latin forms) and the keys of the well-known names' words. A
 * store fetching the alias words of these keys holds every word the match reads. `near`: the keys of the
 * near ring alone (one class away or nearer: what nearWitness reads).
 */
export function nameReach(english: string, near = false): SoundReach[] {
  const e = latinLetters(english);
  const out = new Map<string, SoundReach>();
  for (const r of latinForms(e).flatMap((k) => NameCandidates.reachFor(k, near))) out.set(reachName(r), r);
  for (const w of KNOWN_NAMES.get(e) ?? []) out.set(reachName([arabicKey(w), 0]), [arabicKey(w), 0]);
  return [...out.values()];
}

/**
 * The name table of alias words ([word, sound key]: those of the name words' nameReach, or more)
 * alone, no speakers: what a store's pick of the words to fetch (name-pick.ts) scores them over.
 */
export function wordsTable(words: ReadonlyArray<readonly [word: string, key: string]>): NameTable {
  const keyOf = new Map(words);
  const groups = new Map<string, string[]>();
  for (const [w, key] of keyOf) (groups.get(key) ?? groups.set(key, []).get(key)!).push(w);
  const keys = [...groups.keys()];
  return { speakersOf: () => [], holds: (w) => keyOf.has(w), candidates: NameCandidates.grouped({ keys, words: (k) => groups.get(keys[k]!)! }), matches: new Map() };
}

/** Whether a name word is one of the well-known names (KNOWN_NAMES), whose matches read every other match's score. */
export const knownName = (english: string): boolean => KNOWN_NAMES.has(latinLetters(english));

/** The alias words a well-known name stands for (KNOWN_NAMES), none for another word. */
export const knownWords = (english: string): readonly string[] => KNOWN_NAMES.get(latinLetters(english)) ?? [];

/**
 * A word of the near ring (one sound class away or nearer) that an English name word matches at
 * WORD_FLOOR, or undefined when none does: then wordMatches scores the far ring too. Ring 0 first (an
 * exact key usually holds the name's own spelling), so a common name is decided in a few scores.
 */
export function nearWitness(t: NameTable, english: string): string | undefined {
  const e = latinLetters(english);
  const rings = latinForms(e).map((k) => t.candidates.for(k));
  for (const d of [0, 1]) for (const r of rings) for (const w of r[d]!) if (pairScore(e, w) >= WORD_FLOOR) return w;
  return undefined;
}

/** The candidate words of an English name word (`near`: its near ring's alone, one class away or nearer). */
export const candidateWords = (t: NameTable, english: string, near: boolean): string[] => [
  ...new Set(latinForms(latinLetters(english)).flatMap((k) => (near ? t.candidates.for(k).slice(0, 2) : t.candidates.for(k)).flat())),
];

/**
 * The alias words an English name word matches at NEAR_FLOOR or above, with their scores (al-X is also
 * tried as X); matching filters them by its own floor. The words one sound class away or nearer are
 * scored first (97% of true pairs); the farther ones only when none of those reaches WORD_FLOOR.
 */
export function wordMatches(t: NameTable, english: string): Map<string, number> {
  const hit = t.matches.get(english);
  if (hit) return hit;
  const e = latinLetters(english);
  const found = new Map<string, number>();
  const keys = latinForms(e);
  const rings = keys.map((k) => t.candidates.for(k));
  const near = new Set(rings.flatMap((r) => [...r[0]!, ...r[1]!]));
  for (const words of [near, new Set(rings.flatMap((r) => r[2]!).filter((w) => !near.has(w)))]) {
    for (const w of words) {
      const s = pairScore(e, w);
      if (s >= NEAR_FLOOR) found.set(w, s);
    }
    if ([...found.values()].some((s) => s >= WORD_FLOOR)) break;
  }
  // a well-known name whose Arabic the sound reading ranks below a namesake's (Assad: اسعد before الاسد)
  const known = KNOWN_NAMES.get(e);
  if (known) {
    const best = Math.max(NAME_THRESHOLD, ...found.values());
    for (const w of known) if (t.holds(w)) found.set(w, best + TIE_NATS + 1);
  }
  if (t.matches.size >= MATCH_CACHE) t.matches.clear();
  t.matches.set(english, found);
  return found;
}

/**
 * Name words of an English subject: "al"/"el" joins the word after it (al-Jubeir -> al-Jubeir, as الجبير),
 * and Abdel/Abdul/Abdal, which Arabic writes عبد ال, are Abd plus an al- joined to the next word
 * (Abdel Fattah -> Abd al-Fattah, as عبد الفتاح), and so are Aboul/Abul, أبو ال (Aboul Gheit -> Abou
 * al-Gheit, as أبو الغيط).
 */
export function joinArticles(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const prefix = /^(abd)[aeu]l$/i.exec(w) ?? /^(abo?u)l$/i.exec(w);
    if (prefix && i + 1 < words.length) out.push(prefix[1]!, `al-${words[++i]}`);
    else if (/^(al|el)$/i.test(w) && i + 1 < words.length) out.push(`${w}-${words[++i]}`);
    else out.push(w);
  }
  return out;
}

/** The alias words an English name word matches at NEAR_FLOOR or above, and the speakers holding each. */
export function nameWordMatches(index: SearchIndex, english: string): Array<{ word: string; score: number; speakers: readonly number[] }> {
  const t = nameTable(index);
  return [...wordMatches(t, english)].map(([word, score]) => ({ word, score, speakers: t.speakersOf(word) }));
}

/** The stems of the alias words an English word matches by the name model (for subjects matched by stems). */
export function nameStems(index: SearchIndex, english: string): string[] {
  return [...wordMatches(nameTable(index), english)].filter(([, s]) => s >= WORD_FLOOR).map(([w]) => w).flatMap((w) => index.queryTerms(w).flatMap((q) => q.alternatives));
}

/** A speaker's name in Latin letters: the question's spelling for the words it named, the learned speller for the rest. */
export function latinName(index: SearchIndex, speaker: number, named: ReadonlyMap<string, string> = new Map()): string {
  const { name, latin } = index.data.extras.speakers[speaker]!;
  // a body or country the closed lists name reads in English (the European Union), not spelled, and so
  // does a speaker known only by an office the lists read (الأمين العام للأمم المتحدة: the UN secretary general);
  // one named by an office or body the lists lack keeps its Arabic rather than transliterated common nouns
  const body = named.size ? null : englishBodyName(name) ?? englishRoleTitle(name) ?? (officeOnly(index, speaker, (w) => nameTable(index).speakersOf(w)) ? name : null);
  if (body) return body;
  const words = plainWords(name).split(" ");
  // the indexer's spelling of each word (SpeakerRecord.latin) when it stored one, else the speller's: the same letters
  const stored = latin?.length === words.length ? latin : undefined;
  let spelled: string[] | undefined;
  // the question's words as it spelled them, two words it named as one (عبد الله named by Abdullah, keyed
  // "عبد الله") shown as one; the indexer's or the speller's spelling for the rest
  const parts: string[] = [];
  const own: string[] = [];
  const kept: boolean[] = [];
  for (let k = 0; k < words.length; k++) {
    const pair = k + 1 < words.length ? named.get(`${words[k]} ${words[k + 1]}`) : undefined;
    const one = pair ?? named.get(words[k]!);
    parts.push(pair !== undefined ? `${words[k]} ${words[++k]}` : words[k]!);
    own.push(one ?? stored?.[k] ?? (spelled ??= speakerLatin(name))[k] ?? "");
    kept.push(one !== undefined);
  }
  // the divine name joined to the word before (عبد الله: Abdullah), unless the question spelled either
  const shown = compoundWords(parts, own, (k) => kept[k]!);
  const arabicOf = shown.length === parts.length ? parts : null;
  return shown.map((s, k) => (s ? capitalizeLatin(s, k === 0) : arabicOf?.[k] ?? "")).filter(Boolean).join(" ");
}
