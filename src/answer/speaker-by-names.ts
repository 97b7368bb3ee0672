import { plainWords, type SearchIndex } from "../index";
import { NAME_THRESHOLD, WORD_FLOOR } from "../names";
import { GROUP_NOUNS, KIN_NOUNS } from "../corpus/lexicon";
import { contestedName } from "./name-rivals";
import { compoundReadings, readingWords, type NameReading } from "./compound-names";
import { partLatin, suffixPartMatches } from "./suffix-matches";
import { knownWords, nameTable, pairScore, TIE_NATS, wordMatches, type NameTable } from "./names";

export interface NameMatch {
  speaker: number;
  /**
   * The speaker's name words the question named -> its spelling of them: one Arabic word, or two side by
   * side keyed with a space between them (a compound the question wrote as one word: "عبد الله" -> Abdullah).
   */
  named: Map<string, string>;
  /** Summed scores of the name's parts (nats; a part matched by two words scores their mean). */
  score: number;
}

/** Alias word -> its score, for each Latin word of a reading (those at the reading's floor). */
type WordMatches = ReadonlyArray<ReadonlyMap<string, number>>;

/** One speaker's match of one reading of the name. */
interface Held {
  sp: number;
  reading: NameReading;
  perWord: WordMatches;
  /** Per part of the reading: the alias words it matched (one, or two side by side) and its score. */
  parts: Array<{ words: string[]; score: number }>;
  total: number;
  /** Whether the speaker's own name holds every part (not only another of its aliases). */
  own: boolean;
  /** Whether the name's first part names the first word(s) of the speaker's own name: no other given name before it. */
  leading: boolean;
}

/**
 * The speaker that every part of the English name words names, or null when some word matches no
 * speaker word at or above the threshold (NAME_THRESHOLD for a name read as one word, WORD_FLOOR for
 * each word of a longer one), or no speaker holds them all. A compound (compound-names.ts: Abdullah, Abd
 * al-Fattah) is read as one word and as two, the two matched by words side by side; each speaker keeps
 * its best reading. A speaker whose own name holds the parts comes before one holding them in another
 * alias only; among those, the highest summed score wins, and near ties go first to a speaker whose name
 * opens with the name's first part (Abdullah al-Muqrin is «عبد الله المقرن», not «عبدالعزيز عبدالله
 * المقرن», Abdullah's son), then to the one with the most statements. `accept` (default: every speaker)
 * keeps only the speakers a caller allows (a title the question gave).
 */
export function speakerByNames(index: SearchIndex, names: readonly string[], accept: (speaker: number) => boolean = () => true): NameMatch | null {
  if (!names.length) return null;
  const t = nameTable(index);
  const bySpeaker = new Map<number, Held>();
  const wordsOf = speakerWords(index);
  for (const reading of compoundReadings(names)) {
    for (const h of holders(index, t, reading, accept, wordsOf)) {
      const prev = bySpeaker.get(h.sp);
      // its own name holding the parts first, then the higher score
      if (!prev || (h.own !== prev.own ? h.own : h.total > prev.total)) bySpeaker.set(h.sp, h);
    }
  }
  const full = [...bySpeaker.values()];
  if (!full.length) return null;
  // a speaker whose own name holds the matched words comes before one that holds them in another alias only
  // (any word of its name that matches each name word counts, not only the best-scoring alias word: «بنيامين
  // نتنياهو» is also written نتانياهو in another article, which scores higher than his own name's word)
  const owned = full.some((x) => x.own) ? full.filter((x) => x.own) : full;
  const top = Math.max(...owned.map((x) => x.total));
  const { speakers } = index.data.extras;
  const best = owned
    .filter((x) => x.total >= top - TIE_NATS)
    .sort((x, y) => Number(y.leading) - Number(x.leading) || speakers[y.sp]!.statements - speakers[x.sp]!.statements || y.total - x.total)[0]!;
  if (contested(best, owned)) return null;
  return { speaker: best.sp, named: namedWords(plainWords(speakers[best.sp]!.name).split(" "), best), score: best.total };
}

/** The speakers (accepted, not named by a relation) holding every part of one reading, with their matches. */
function holders(index: SearchIndex, t: NameTable, reading: NameReading, accept: (speaker: number) => boolean, wordsOf: (speaker: number) => SpeakerWords): Held[] {
  const words = readingWords(reading);
  // a name read as one word must pass the threshold; each word of a longer one the looser floor, since all
  // must name one speaker; a stem and a suffix (Davut + oglu) the words side by side it reads (suffix-matches.ts)
  const least = words.length === 1 ? NAME_THRESHOLD : WORD_FLOOR;
  const perWord: Array<Map<string, number>> = [];
  // a stem's speakers are those writing it before the suffix (suffix-matches.ts), by its place in perWord
  const stemSpeakers = new Map<number, Map<string, number[]>>();
  for (const part of reading) {
    if (!part.suffix) {
      for (const n of part.words) perWord.push(new Map([...wordMatches(t, n)].filter(([, s]) => s >= least)));
      continue;
    }
    const m = suffixPartMatches(index, t, part);
    stemSpeakers.set(perWord.length, m.stemSpeakers);
    perWord.push(m.stem, m.suffix);
  }
  if (perWord.some((m) => m.size === 0)) return [];
  // speaker -> per word, its best alias word and score; a speaker drops out at the first word it lacks
  type Row = Array<[string, number]>;
  let scores = new Map<number, Row>();
  perWord.forEach((matches, k) => {
    const next = new Map<number, Row>();
    for (const [w, s] of matches) {
      for (const sp of stemSpeakers.get(k)?.get(w) ?? t.speakersOf(w)) {
        const prev = k === 0 ? [] : scores.get(sp);
        if (!prev) continue;
        const row = next.get(sp) ?? [...prev];
        if (!row[k] || row[k]![1] < s) row[k] = [w, s];
        next.set(sp, row);
      }
    }
    scores = next;
  });
  const out: Held[] = [];
  for (const [sp, row] of scores) {
    if (!accept(sp)) continue;
    const { own, lists, related } = wordsOf(sp);
    if (related) continue;
    const parts: Held["parts"] = [];
    let at = 0;
    for (const part of reading) {
      const matches = perWord.slice(at, at + part.words.length);
      // a part of two words must be two words side by side in one of the speaker's names
      const placed = part.words.length === 1 ? { words: [row[at]![0]], score: row[at]![1] } : bestPlace(lists(), matches, partLatin(part), part.suffix !== undefined);
      // a stem and a suffix pass as one word: the threshold when they are the whole name, the floor otherwise
      if (!placed || (part.suffix && placed.score < (reading.length === 1 ? NAME_THRESHOLD : WORD_FLOOR))) break;
      parts.push(placed);
      at += part.words.length;
    }
    if (parts.length < reading.length || !distinctWords(parts, own)) continue;
    const ownAt = ownPlaces(own, reading, perWord);
    // the name's parts in the order the question wrote them: Ahmed bin Saleh is not «صالح بن أحمد»
    const inOwn = ownAt.every((i) => i >= 0) && holdsReading(own, reading, perWord);
    // held in other aliases only: every part in one of them, not a word of a title here and one of another
    // there («المملكة لنسيان الماضي» and «العالم العربي» are not Mahdi al-Harbi)
    if (!inOwn && !lists().some((ws) => holdsReading(ws, reading, perWord))) continue;
    const total = parts.reduce((n, p) => n + p.score, 0);
    out.push({ sp, reading, perWord, parts, total, own: inOwn, leading: reading.length > 1 && ownAt[0] === 0 });
  }
  return out;
}

/** A speaker's name words, its names' words (own first, then each alias's; plainWords form) and whether a relation heads its name. */
interface SpeakerWords {
  own: readonly string[];
  lists: () => ReadonlyArray<readonly string[]>;
  related: boolean;
}

/** Each speaker's words (SpeakerWords), made once a lookup and shared by the name's readings (a compound's: up to 8). */
function speakerWords(index: SearchIndex): (speaker: number) => SpeakerWords {
  const { speakers } = index.data.extras;
  const seen = new Map<number, SpeakerWords>();
  return (sp) => {
    const known = seen.get(sp);
    if (known) return known;
    const s = speakers[sp]!;
    const own = plainWords(s.name).split(" ");
    let lists: string[][] | undefined;
    const made = { own, lists: () => (lists ??= [own, ...s.aliases.map((a) => plainWords(a).split(" "))]), related: relationHeaded(s.name) };
    seen.set(sp, made);
    return made;
  };
}

/**
 * The best place of a part among lists of words: words side by side matching its words, or null when
 * none. Two words are scored as one: the part's letters (`latin`: Abdullah, Abd Allah as abdallah)
 * against theirs joined (عبد الله as عبدالله), the score a name read as one word gets for the one-word
 * spelling, so the readings compare (`latin` may give several spellings: the best counts); their mean
 * score when the model reads the joined pair below NEAR_FLOOR, unless `joinedOnly` (a stem and a suffix,
 * whose stem matched loosely: then no place).
 */
function bestPlace(lists: ReadonlyArray<readonly string[]>, matches: WordMatches, latin: readonly string[] = [], joinedOnly = false): { words: string[]; score: number } | null {
  let best: { words: string[]; score: number } | null = null;
  for (const ws of lists) {
    for (let i = 0; i + matches.length <= ws.length; i++) {
      const scores = matches.map((m, j) => m.get(ws[i + j]!));
      if (scores.some((s) => s === undefined)) continue;
      const arabic = ws.slice(i, i + matches.length).join("");
      const joined = matches.length > 1 ? Math.max(-Infinity, ...latin.map((l) => pairScore(l, arabic))) : -Infinity;
      if (joinedOnly && joined === -Infinity) continue;
      const score = joined > -Infinity ? joined : scores.reduce((n: number, s) => n + s!, 0) / matches.length;
      if (!best || score > best.score) best = { words: ws.slice(i, i + matches.length), score };
    }
  }
  return best;
}

/**
 * Whether the parts named as many names of the speaker: two parts naming one name (Abdullah Abdullah, as
 * عبدالله, or as عبد الله in another alias: two words read as one) need the speaker's own name (`own`: its
 * words) to hold it twice (عبدالله بن عبدالله), not an alias, which may be a title naming someone else.
 */
function distinctWords(parts: ReadonlyArray<{ words: readonly string[] }>, own: readonly string[]): boolean {
  const need = new Map<string, number>();
  for (const p of parts) need.set(p.words.join(""), (need.get(p.words.join("")) ?? 0) + 1);
  if (need.size === parts.length) return true;
  // a word or two words side by side read as one
  const count = (ws: readonly string[], name: string) => ws.filter((w, i) => w === name || w + (ws[i + 1] ?? "") === name).length;
  return [...need].every(([name, n]) => count(own, name) >= n);
}

/**
 * Whether one name's words (`ws`) hold every part of a reading in its order: each part a word it matches, or
 * two side by side, after the previous part's (the earliest place, which finds an order whenever one exists).
 */
function holdsReading(ws: readonly string[], reading: NameReading, perWord: WordMatches): boolean {
  let at = 0;
  let from = 0;
  return reading.every((part) => {
    const matches = perWord.slice(at, (at += part.words.length));
    for (let i = from; i + matches.length <= ws.length; i++) {
      if (matches.every((m, j) => m.has(ws[i + j]!))) {
        from = i + matches.length;
        return true;
      }
    }
    return false;
  });
}

/** Where each part of a reading is in the speaker's own name (its best place; -1 when not there). */
function ownPlaces(own: readonly string[], reading: NameReading, perWord: WordMatches): number[] {
  let at = 0;
  return reading.map((part) => {
    const matches = perWord.slice(at, (at += part.words.length));
    const placed = bestPlace([own], matches);
    return placed ? firstAt(own, placed.words) : -1;
  });
}

/** Where words side by side first stand in a name's words. */
const firstAt = (own: readonly string[], words: readonly string[]): number => own.findIndex((_, i) => words.every((w, j) => own[i + j] === w));

/** The speaker's own name words each part of the match named (two keyed as one, with a space), with the question's spelling. */
function namedWords(own: readonly string[], best: Held): Map<string, string> {
  const named = new Map<string, string>();
  let at = 0;
  best.reading.forEach((part, k) => {
    // in another alias only: the words it matched there (which the name may not show)
    const placed = bestPlace([own], best.perWord.slice(at, (at += part.words.length))) ?? best.parts[k]!;
    named.set(placed.words.join(" "), part.spelling);
  });
  return named;
}

/**
 * A name read as one word that another speaker's word matches too, which the model's other direction
 * prefers (name-rivals.ts): neither is named. A well-known name's own word is never contested.
 */
function contested(best: Held, owned: readonly Held[]): boolean {
  const words = readingWords(best.reading);
  if (words.length !== 1) return false;
  const english = words[0]!;
  const word = best.parts[0]!.words[0]!;
  if (knownWords(english).includes(word)) return false;
  return contestedName(english, word, owned.filter((x) => x.sp !== best.sp).map((x) => x.parts.flatMap((p) => p.words).join("")));
}

/**
 * A speaker named by its relation to someone (أنصار فلان، والد فلان: a GROUP_NOUNS or KIN_NOUNS head, as the
 * attribution writes it): an unnamed speaker, never the person a name question names ("What did Karim
 * al-Mutairi say?" is not his father's words). Arabic questions reach it by its whole name.
 */
function relationHeaded(name: string): boolean {
  const first = plainWords(name).split(" ")[0] ?? "";
  return GROUP_NOUNS.has(first) || KIN_NOUNS.has(first);
}
