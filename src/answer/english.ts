import { allowedDistance, ENGLISH_STOPWORDS, keyNeighbors, latinKey, tsVariants } from "../analysis";
import { plainWords, queryTerm, type EnglishMaps, type QueryTerm, type SearchIndex } from "../index";
import { ACRONYM, englishStem } from "../index/english";
import { latinSpeller } from "../names";
import { joinArticles, latinName, nameStems } from "./names";
import { speakerByNames } from "./speaker-by-names";
import { nationOrOrganisation, readRole, speakerByRole } from "./roles";

/** Every alias in rank order, and each alias word's stems (AliasWords, alternatives flattened): one per alias list. */
/**
 * The speakers' aliases for role subjects matched by stems, built once per alias list and filled as
 * questions scan it: most aliases are never reached (the scan stops at the first that matches).
 */
interface AliasLookup {
  aliases: ReadonlyArray<readonly [alias: string, speaker: number]>;
  /** Indexes into aliases, best first (the indexer's order, AliasKeys.order). */
  order: readonly number[];
  /** Each alias's words, split when a scan first reaches it. */
  words: Array<string[] | undefined>;
  /** Alias word -> its query stems' groups (AliasWords). */
  stemGroups: Map<string, string[][]>;
}

const SOUND_CACHE_SIZE = 2048;
/** Weight of a stem whose sound key is one class from the word's, against 1 for translations and exact sounds. */
const NEAR_SOUND_WEIGHT = 0.7;
const NO_MAPS: EnglishMaps = { lexicon: {}, sounds: {} };

/**
 * Keyed by the alias list, as names.ts keys its tables: the same object for every slice the D1 store
 * builds in one generation (and for the bundled index), so the table is built once per generation and
 * dropped with it, not rebuilt for every per-request SearchIndex.
 */
const aliasLookups = new WeakMap<object, AliasLookup>();
/** Sound key -> soundMatches' answer (bounded), keyed by the English maps they were read from (the bundle's for good; a D1 request's for that request). */
const soundCaches = new WeakMap<EnglishMaps, Map<string, { exact: string[]; near: string[] }>>();

/** The index's English maps (read part by part: a loaded index decodes the lexicon and the sound keys each on first use). */
const mapsOf = (index: SearchIndex): EnglishMaps => index.data.extras.english ?? NO_MAPS;

function soundCache(maps: EnglishMaps): Map<string, { exact: string[]; near: string[] }> {
  let cache = soundCaches.get(maps);
  if (!cache) soundCaches.set(maps, (cache = new Map()));
  return cache;
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
  const maps = mapsOf(index);
  const cache = soundCache(maps);
  const cached = cache.get(key);
  if (cached) return cached;
  const sounds = maps.sounds;
  const stems = (k: string) => (Object.hasOwn(sounds, k) ? sounds[k]! : []);
  // allowedDistance is at most 1, so the keys within reach are the one-edit neighbors
  const exact = [...new Set([key, ...tsVariants(key)].flatMap(stems))];
  const near = allowedDistance(key) > 0 ? [...new Set(keyNeighbors(key).flatMap(stems))].filter((s) => !exact.includes(s)) : [];
  if (cache.size >= SOUND_CACHE_SIZE) cache.clear();
  cache.set(key, { exact, near });
  return { exact, near };
}

/** Arabic stems the lexicon gives for an English word or phrase; an acronym (US) is looked up as written. */
export function translate(index: SearchIndex, phrase: string): string[] {
  const lexicon = mapsOf(index).lexicon;
  const key = englishStem(phrase);
  return Object.hasOwn(lexicon, key) ? lexicon[key]! : [];
}

/** Question words and fillers of English questions, on top of the stopwords. */
const QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "where", "when", "why", "how", "which", "many", "much", "does", "did", "do", "will", "would", "say", "said", "tell", "told"]);

/** A stopword or question word, unless it is an acronym the lexicon knows (US is not "us"). */
function isFiller(index: SearchIndex, word: string): boolean {
  if (!fillerWord(word)) return false;
  return !(ACRONYM.test(word) && translate(index, word).length);
}

/**
 * A question word written with a capital inside a subject is a name, not the question (Said Jalili, Edward
 * Said, Will Smith): subjects keep it (subjectWords, english-keys.ts readings).
 */
export function capitalizedQuestionWord(word: string): boolean {
  const lower = word.toLowerCase();
  return QUESTION_WORDS.has(lower) && /^\p{Lu}/u.test(word);
}

/** A stopword or question word, whatever the lexicon holds (isFiller also keeps an acronym it translates: upper-case only). */
export function fillerWord(word: string): boolean {
  const lower = word.toLowerCase();
  return ENGLISH_STOPWORDS.has(lower) || QUESTION_WORDS.has(lower);
}

export interface EnglishQuery {
  terms: QueryTerm[];
  /** Latin words read as names (by their capital letter or by having no translation). */
  names: string[];
  /** Content words that gave no term: lower-case, no translation and no sound in the corpus. */
  dropped: string[];
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
  const dropped: string[] = [];
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
    const capitalized = /^\p{Lu}/u.test(raw) && i > 0;
    const translated = translate(index, raw);
    // a capitalized word is a name: two consonant classes are enough (Luke, Allen); a plain word needs three
    const sounds = capitalized || translated.length === 0 ? nameSounds(index, raw, capitalized) : { exact: [], near: [] };
    // a word the lexicon translates is taken by sound only when the sound is exact
    const near = translated.length ? [] : sounds.near;
    const alternatives = [...new Set([...translated, ...sounds.exact, ...near])];
    // a sound one class away is less sure than a translation or an exact sound (docs/quality.md)
    const alternativeWeights = alternatives.map((a) => (translated.includes(a) || sounds.exact.includes(a) ? 1 : nearSoundWeight));
    if (capitalized || !translated.length) names.push(raw);
    if (alternatives.length) terms.push(queryTerm(alternatives, alternativeWeights, undefined, capitalized));
    else {
      // a name or word the corpus does not know stays as a term that matches nothing, so its weight
      // counts against a match of the question's other words (found.ts reads it as the unknown share)
      terms.push(queryTerm([lower], undefined, undefined, capitalized));
      if (!capitalized) dropped.push(raw);
    }
  }
  return { terms, names, dropped };
}

/**
 * The words of an English question: "U.S." is read as the acronym US, a possessive 's is dropped, and a
 * hyphenated word the lexicon does not hold is read as its parts (plugs-out, Huguenot-descended). Letters
 * are any Latin letters, accented or not (Østergaard, Yılmaz are one word each, not split at ø or ı).
 */
function englishWords(index: SearchIndex, question: string): string[] {
  return wordsOf(question, (raw) => translate(index, raw).length > 0);
}

/** englishWords with the lexicon's say on a hyphenated word given (`whole`: it is read whole). */
export function wordsOf(question: string, whole: (hyphenated: string) => boolean): string[] {
  const text = question.replace(/\b((?:[A-Z]\.){2,})/g, (m) => m.replace(/\./g, ""));
  const words: string[] = [];
  for (const m of text.matchAll(/\p{Script=Latin}[\p{Script=Latin}\p{M}'’-]*|\d+(?:[.,]\d+)?/gu)) {
    const raw = m[0].replace(/['’]s$/i, "").replace(/-+$/, "");
    if (raw.includes("-") && !whole(raw)) {
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
    // King Salman, President Obama: the honorific is the speaker's title, the rest the name
    const honorific = names.length > 1 ? HONORIFICS.get(names[0]!.toLowerCase()) : undefined;
    const m = honorific ? speakerByNames(index, names.slice(1), (sp) => holdsTitle(index, sp, honorific)) : speakerByNames(index, names);
    // shown as the question named them: King Salman
    const latin = m && `${honorific ? `${names[0]![0]!.toUpperCase()}${names[0]!.slice(1)} ` : ""}${latinName(index, m.speaker, m.named)}`;
    return m && { speaker: m.speaker, alias: index.data.extras.speakers[m.speaker]!.name, latin: latin!, byTitle: false };
  }
  // the translations first; a capitalized word may also be a name the lexicon happens to translate
  // (Bush, Kremlin, Macron), read by the name model only when the translations match no alias (it
  // scores the word against thousands of alias words: most of a role question's first-time cost)
  const translated = words.map((w) => new Set(translate(index, w)));
  const found = bestAlias(index, translated) ??
    (words.some(maybeName) ? bestAlias(index, words.map((w, k) => (maybeName(w) ? new Set([...translated[k]!, ...nameStems(index, w)]) : translated[k]!))) : null);
  if (!found) return null;
  const speaker = index.data.extras.speakers[found.speaker]!;
  const byTitle = speaker.title !== null && found.alias === plainWords(speaker.title);
  return { speaker: found.speaker, alias: found.alias, latin: latinName(index, found.speaker), byTitle };
}

/**
 * English honorifics before a name, with the Arabic title words that say them (closed class: ranks of
 * state and religion the news puts before a name; plainWords forms).
 */
const HONORIFICS = new Map<string, string[]>([
  ["king", ["الملك", "العاهل"]], ["prince", ["الامير"]], ["emir", ["الامير", "امير"]], ["sheikh", ["الشيخ"]],
  ["president", ["الرئيس"]], ["sultan", ["السلطان"]], ["pope", ["البابا"]], ["dr", ["الدكتور", "د"]],
]);

/** Whether a name word is an honorific (HONORIFICS): before a name, the speaker's title (King Salman). */
export const isHonorific = (word: string): boolean => HONORIFICS.has(word.toLowerCase());

/** Whether one of the speaker's title words (its title or any alias) is one of `words`. */
function holdsTitle(index: SearchIndex, speaker: number, words: readonly string[]): boolean {
  const s = index.data.extras.speakers[speaker]!;
  const own = new Set([s.title ?? "", ...s.aliases].flatMap((a) => plainWords(a).split(" ")));
  return words.some((w) => own.has(w));
}

/**
 * A capitalized word the name model may read: not a nation or organisation of the closed lists
 * ("Saudi" read as a name found «سعد معن», an Iraqi spokesman, for "the Saudi interior ministry spokesman").
 */
const maybeName = (w: string) => /^\p{Lu}/u.test(w) && !nationOrOrganisation(w);

/** The best-ranked alias each of whose subject words' stems (candidates, one set per word) one of its words matches, or null. */
function bestAlias(index: SearchIndex, candidates: ReadonlyArray<ReadonlySet<string>>): { speaker: number; alias: string } | null {
  const t = aliasLookup(index);
  // the aliases are ranked best first, so the first whose words match every subject word is the best:
  // each alias word's matches (a bit per subject word) worked out once per question
  const all = (1 << candidates.length) - 1;
  const masks = new Map<string, number>();
  const mask = (w: string) => {
    let m = masks.get(w);
    if (m === undefined) {
      const groups = t.stemGroups.get(w) ?? [];
      m = candidates.reduce((bits, c, k) => (groups.some((g) => g.some((st) => c.has(st))) ? bits | (1 << k) : bits), 0);
      masks.set(w, m);
    }
    return m;
  };
  for (const i of t.order) {
    const words = (t.words[i] ??= t.aliases[i]![0].split(" "));
    let bits = 0;
    for (const w of words) bits |= mask(w);
    if (bits === all) return { speaker: t.aliases[i]![1], alias: t.aliases[i]![0] };
  }
  return null;
}

/** The content words of an English subject (no digits, fillers or question words). */
function subjectWords(index: SearchIndex, subject: string): string[] {
  return englishWords(index, subject).filter((w) => !/^\d/.test(w) && (!isFiller(index, w) || capitalizedQuestionWord(w)));
}

/**
 * The name words of an English subject, al- joined to the next word: all of them when every word is
 * capitalized (a name, even where the lexicon translates it: Bush, Macron), else the words the lexicon
 * does not translate.
 */
export function englishNameWords(index: SearchIndex, subject: string): string[] {
  const joined = joinArticles(subjectWords(index, subject));
  // capitalized as written: a hyphenated name's parts are all name words (Ban Ki-moon: Ki and moon, not
  // Ki alone with moon translated, which named a company «كي بي إم جي» by Ki)
  return writtenCapitalized(subject) || joined.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLES.test(w)) ? joined : joined.filter((w) => translate(index, w).length === 0);
}

/**
 * Lower-case words inside a written name (closed class: the Arabic nasab and kunya, bin / ibn / bint / abu,
 * and the article al / el; the particles of European names, de / van / von / del …): Mohammed bin Salman
 * is a name of three words, not Salman with two words the lexicon translates.
 */
const NAME_PARTICLES = /^(?:al|el|bin|ibn|bint|ben|abu|abou|de|da|di|du|del|della|dos|das|van|von|der|den|le|la)$/;

/** Whether every word of the subject as written (name particles apart) opens with a capital: then all its words are name words. */
export function writtenCapitalized(subject: string): boolean {
  const written = subject.trim().split(/\s+/).filter((w) => !NAME_PARTICLES.test(w));
  return written.length > 0 && written.every((w) => /^(?:(?:al|el)-)?\p{Lu}/u.test(w));
}

/** The speakers' aliases in the order the indexer ranked them for role subjects, and each alias word's stems (once per alias list). */
function aliasLookup(index: SearchIndex): AliasLookup {
  const { extras } = index.data;
  const aliases = extras.aliases();
  let t = aliasLookups.get(aliases);
  if (t) return t;
  const stemGroups = new Map(extras.aliasWords().map(([w, , , groups]) => [w, groups]));
  aliasLookups.set(aliases, (t = { aliases, order: extras.aliasKeys().order, words: [], stemGroups }));
  return t;
}
