import { allowedDistance, ENGLISH_STOPWORDS, keyNeighbors, latinKey, tsVariants } from "../analysis";
import { plainWords, queryTerm, type EnglishMaps, type QueryTerm, type SearchIndex } from "../index";
import { ACRONYM, englishStem } from "../index/english";
import { latinSpeller } from "../names";
import { joinArticles, latinName, nameStems, speakerByNames } from "./names";
import { readRole, speakerByRole } from "./roles";

interface SoundTable {
  /** Every speaker alias with its stems, in rank order, and stem -> ranks of the aliases holding it. */
  aliases?: AliasTable;
  /** Sound key -> soundMatches' answer, for the words asked most (bounded). */
  soundCache: Map<string, { exact: string[]; near: string[] }>;
  /** Read part by part: a loaded index decodes the lexicon and the sound keys each on first use. */
  maps: EnglishMaps;
}

const SOUND_CACHE_SIZE = 2048;
/** Weight of a stem whose sound key is one class from the word's, against 1 for translations and exact sounds. */
const NEAR_SOUND_WEIGHT = 0.7;

const tables = new WeakMap<SearchIndex, SoundTable>();

function table(index: SearchIndex): SoundTable {
  let t = tables.get(index);
  if (t) return t;
  t = { soundCache: new Map(), maps: index.data.extras.english ?? { lexicon: {}, sounds: {} } };
  tables.set(index, t);
  return t;
}

/** Arabic stems that sound like a Latin-script word (Merkel -> ميركل), nearest keys first. */
export function soundsLike(index: SearchIndex, word: string, minKey = 3): string[] {
  const { exact, near } = soundMatches(index, word, minKey);
  return [...new Set([...exact, ...near])];
}

/** Stems whose sound key is the word's (or its ch variant), and stems one class away. */
export function soundMatches(index: SearchIndex, word: string, minKey = 3): { exact: string[]; near: string[] } {
  const key = latinKey(word);
  if (key.length < minKey) return { exact: [], near: [] };
  const t = table(index);
  const cached = t.soundCache.get(key);
  if (cached) return cached;
  const sounds = t.maps.sounds;
  const stems = (k: string) => (Object.hasOwn(sounds, k) ? sounds[k]! : []);
  // allowedDistance is at most 1, so the keys within reach are the one-edit neighbors
  const exact = [...new Set([key, ...tsVariants(key)].flatMap(stems))];
  const near = allowedDistance(key) > 0 ? [...new Set(keyNeighbors(key).flatMap(stems))].filter((s) => !exact.includes(s)) : [];
  if (t.soundCache.size >= SOUND_CACHE_SIZE) t.soundCache.clear();
  t.soundCache.set(key, { exact, near });
  return { exact, near };
}

/** Arabic stems the lexicon gives for an English word or phrase; an acronym (US) is looked up as written. */
export function translate(index: SearchIndex, phrase: string): string[] {
  const lexicon = table(index).maps.lexicon;
  const key = englishStem(phrase);
  return Object.hasOwn(lexicon, key) ? lexicon[key]! : [];
}

/** Question words and fillers of English questions, on top of the stopwords. */
const QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "where", "when", "why", "how", "which", "many", "much", "does", "did", "do", "will", "would", "say", "said", "tell", "told"]);

/** A stopword or question word, unless it is an acronym the lexicon knows (US is not "us"). */
function isFiller(index: SearchIndex, word: string): boolean {
  const lower = word.toLowerCase();
  if (!ENGLISH_STOPWORDS.has(lower) && !QUESTION_WORDS.has(lower)) return false;
  return !(ACRONYM.test(word) && translate(index, word).length);
}

export interface EnglishQuery {
  terms: QueryTerm[];
  /** Latin words read as names (by their capital letter or by having no translation). */
  names: string[];
}

/**
 * An English question as Arabic query terms: each content word becomes one term whose alternatives
 * are all its translations (Pirkola: a word with many translations weighs as one), a two-word phrase
 * in the lexicon is one term, and names are matched by sound. A capitalized word that matches nothing
 * stays in the query as itself, so a question about someone the corpus never names finds nothing.
 */
export function englishQuery(index: SearchIndex, question: string, nearSoundWeight = NEAR_SOUND_WEIGHT): EnglishQuery {
  const words = englishWords(index, question);
  const terms: QueryTerm[] = [];
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!;
    const lower = raw.toLowerCase();
    if (/^\d/.test(raw)) {
      terms.push(queryTerm([raw]));
      continue;
    }
    const next = words[i + 1]?.toLowerCase();
    const pair = next ? translate(index, `${lower} ${next}`) : [];
    if (pair.length) {
      terms.push(queryTerm(pair));
      i++;
      continue;
    }
    if (isFiller(index, raw)) continue;
    const capitalized = /^[A-Z]/.test(raw) && i > 0;
    const translated = translate(index, raw);
    // a capitalized word is a name: two consonant classes are enough (Luke, Allen); a plain word needs three
    const sounds = capitalized || translated.length === 0 ? nameSounds(index, raw, capitalized) : { exact: [], near: [] };
    // a word the lexicon translates is taken by sound only when the sound is exact
    const near = translated.length ? [] : sounds.near;
    const alternatives = [...new Set([...translated, ...sounds.exact, ...near])];
    // a sound one class away is less sure than a translation or an exact sound (docs/quality.md)
    const alternativeWeights = alternatives.map((a) => (translated.includes(a) || sounds.exact.includes(a) ? 1 : nearSoundWeight));
    if (capitalized || !translated.length) names.push(raw);
    if (alternatives.length) terms.push(queryTerm(alternatives, alternativeWeights));
    else if (capitalized) terms.push(queryTerm([lower])); // a name the corpus does not know
  }
  return { terms, names };
}

/**
 * The words of an English question: "U.S." is read as the acronym US, a possessive 's is dropped, and a
 * hyphenated word the lexicon does not hold is read as its parts (plugs-out, Huguenot-descended).
 */
function englishWords(index: SearchIndex, question: string): string[] {
  const text = question.replace(/\b((?:[A-Z]\.){2,})/g, (m) => m.replace(/\./g, ""));
  const words: string[] = [];
  for (const m of text.matchAll(/[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?/g)) {
    const raw = m[0].replace(/['’]s$/i, "").replace(/-+$/, "");
    if (raw.includes("-") && translate(index, raw).length === 0) {
      words.push(...raw.split("-").filter(Boolean));
    } else words.push(raw);
  }
  return words;
}

/** Sound matches for a word read as a name; an English plural is tried without its s (Huguenots -> هوغونوت). */
function nameSounds(index: SearchIndex, raw: string, capitalized: boolean): { exact: string[]; near: string[] } {
  const minKey = capitalized ? 2 : 3;
  const sounds = soundMatches(index, raw, minKey);
  if (!capitalized || sounds.exact.length || !/[^s]s$/.test(raw)) return sounds;
  const singular = soundMatches(index, raw.slice(0, -1), minKey);
  return { exact: singular.exact, near: [...new Set([...sounds.near, ...singular.near])] };
}

/** Latin letters for an Arabic name by the learned speller (src/names): ميخائيل جورباتشوف -> Mejael Jorbachov. */
export function transliterate(arabic: string): string {
  return latinSpeller().name(arabic);
}

/**
 * The speaker an English subject names ("Merkel", "Angela Merkel", "the German chancellor"). Words the
 * lexicon does not translate are names, and so is every word of a subject written in capitalized words
 * only: every name must match a word of the speaker's aliases by the learned name model (names.ts), or
 * nobody is named. A subject of translated words only (a role) is
 * matched by stems: every content word must match a word of one alias, by translation or (capitalized) by the name model;
 * the alias with the fewest unmatched words wins. Returns the alias and the Latin name to show.
 */
export function findSpeakerEnglish(index: SearchIndex, subject: string): { speaker: number; alias: string; latin: string; byTitle: boolean } | null {
  // a role the closed lists read (office + nation or organisation) is answered through the speakers' Arabic titles only
  const role = readRole(subject);
  if (role) {
    const hit = speakerByRole(index, role);
    return hit && { ...hit, latin: latinName(index, hit.speaker), byTitle: role.office !== null };
  }
  const words = subjectWords(index, subject);
  if (!words.length) return null;
  const names = englishNameWords(index, subject);
  if (names.length) {
    const m = speakerByNames(index, names);
    return m && { speaker: m.speaker, alias: index.data.extras.speakers[m.speaker]!.name, latin: latinName(index, m.speaker, m.named), byTitle: false };
  }
  // a capitalized word may also be a name the lexicon happens to translate (Bush, Kremlin, Macron)
  const candidates = words.map((w) => new Set([...translate(index, w), ...(/^[A-Z]/.test(w) ? nameStems(index, w) : [])]));
  const { speakers } = index.data.extras;
  const t = table(index);
  const { ranked, byStem } = (t.aliases ??= aliasTable(index));
  // each stem's aliases are listed best first, so the first one that matches every word is that
  // stem's best; the word with the fewest aliases drives
  const cost = (c: Set<string>) => [...c].reduce((n, stem) => n + (byStem.get(stem)?.length ?? 0), 0);
  const driver = candidates.reduce((x, y) => (cost(y) < cost(x) ? y : x));
  let best = Infinity;
  for (const stem of driver) {
    const match = byStem.get(stem)?.find((r) => candidates.every((c) => ranked[r]!.stems.some((st) => c.has(st))));
    if (match !== undefined && match < best) best = match;
  }
  if (best === Infinity) return null;
  const found = ranked[best]!;
  const speaker = speakers[found.speaker]!;
  const byTitle = speaker.title !== null && found.alias === plainWords(speaker.title);
  return { speaker: found.speaker, alias: found.alias, latin: latinName(index, found.speaker), byTitle };
}

/** The content words of an English subject (no digits, fillers or question words). */
function subjectWords(index: SearchIndex, subject: string): string[] {
  return englishWords(index, subject).filter((w) => !/^\d/.test(w) && !isFiller(index, w));
}

/**
 * The name words of an English subject, al- joined to the next word: all of them when every word is
 * capitalized (a name, even where the lexicon translates it: Bush, Macron), else the words the lexicon
 * does not translate.
 */
export function englishNameWords(index: SearchIndex, subject: string): string[] {
  const joined = joinArticles(subjectWords(index, subject));
  return joined.every((w) => /^[A-Z]/.test(w)) ? joined : joined.filter((w) => translate(index, w).length === 0);
}

interface AliasTable {
  /** Every alias of every speaker (plain words), best first: fewest stems, then most statements, then the alias list's order. */
  ranked: Array<{ speaker: number; alias: string; stems: string[] }>;
  /** stem -> ranks (indexes into `ranked`) of the aliases holding it, ascending. */
  byStem: Map<string, number[]>;
}

/** The speakers' aliases (the indexer's plain alias list) as query stems (each word's stems listed by the indexer, section aliasWords), ranked and inverted. */
function aliasTable(index: SearchIndex): AliasTable {
  const { speakers } = index.data.extras;
  const wordStems = new Map<string, string[][]>(index.data.extras.aliasWords().map(([w, , , stems]) => [w, stems]));
  const stemsOf = (alias: string) => {
    // the alias word by word: one group per distinct stem, in order (a word the table lacks is analyzed here)
    const seen = new Set<string>();
    return alias.split(" ")
      .flatMap((w) => wordStems.get(w) ?? wordStems.set(w, index.queryTerms(w).map((q) => q.alternatives)).get(w)!)
      .filter((alternatives) => !seen.has(alternatives[0]!) && seen.add(alternatives[0]!))
      .flat();
  };
  // each speaker's alias once (a speaker's aliases can be one once normalized)
  const seen = new Set<string>();
  const ranked = index.data.extras.aliases()
    .filter(([alias, speaker]) => !seen.has(`${speaker} ${alias}`) && seen.add(`${speaker} ${alias}`))
    .map(([alias, speaker]) => ({ speaker, alias, stems: stemsOf(alias) }))
    // a stable sort: ties keep the alias list's order
    .sort((x, y) => x.stems.length - y.stems.length || speakers[y.speaker]!.statements - speakers[x.speaker]!.statements);
  const byStem = new Map<string, number[]>();
  ranked.forEach(({ stems }, r) => {
    for (const stem of new Set(stems)) {
      const list = byStem.get(stem);
      if (list) list.push(r);
      else byStem.set(stem, [r]);
    }
  });
  return { ranked, byStem };
}
