import { allowedDistance, arabicKey, ENGLISH_STOPWORDS, keyDistance, latinKey, tsVariants } from "../analysis";
import type { QueryTerm, SearchIndex } from "../index";
import { englishStem } from "../index/english";

interface SoundTable {
  /** Sound keys grouped by first class and length ("B4"), for the edit-distance scan. */
  buckets: Map<string, string[]>;
  /** Each speaker's aliases with their stems, computed once. */
  aliasStems?: Array<Array<[alias: string, stems: string[]]>>;
  sounds: Record<string, string[]>;
  lexicon: Record<string, string[]>;
}

const tables = new WeakMap<SearchIndex, SoundTable>();

function table(index: SearchIndex): SoundTable {
  let t = tables.get(index);
  if (t) return t;
  const english = index.data.extras.english ?? { lexicon: {}, sounds: {} };
  const buckets = new Map<string, string[]>();
  for (const key of Object.keys(english.sounds)) {
    const bucket = `${key[0]}${key.length}`;
    const list = buckets.get(bucket) ?? [];
    list.push(key);
    buckets.set(bucket, list);
  }
  t = { buckets, sounds: english.sounds, lexicon: english.lexicon };
  tables.set(index, t);
  return t;
}

/** Arabic stems that sound like a Latin-script word (Merkel -> ميركل), nearest keys first. */
export function soundsLike(index: SearchIndex, word: string, minKey = 3): string[] {
  const key = latinKey(word);
  if (key.length < minKey) return [];
  const t = table(index);
  const max = allowedDistance(key);
  const exact = (k: string) => (Object.hasOwn(t.sounds, k) ? t.sounds[k]! : []);
  const out: string[] = [key, ...tsVariants(key)].flatMap(exact);
  if (max > 0) {
    for (let len = key.length - max; len <= key.length + max; len++) {
      for (const k of t.buckets.get(`${key[0]}${len}`) ?? []) {
        if (k !== key && keyDistance(k, key, max) <= max) out.push(...t.sounds[k]!);
      }
    }
  }
  return [...new Set(out)];
}

/** Arabic stems the lexicon gives for an English word or phrase. */
export function translate(index: SearchIndex, phrase: string): string[] {
  const lexicon = table(index).lexicon;
  const key = englishStem(phrase);
  return Object.hasOwn(lexicon, key) ? lexicon[key]! : [];
}

/** Question words and fillers of English questions, on top of the stopwords. */
const QUESTION_WORDS = new Set(["what", "who", "whom", "whose", "where", "when", "why", "how", "which", "many", "much", "does", "did", "do", "will", "would", "say", "said", "tell", "told"]);

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
export function englishQuery(index: SearchIndex, question: string): EnglishQuery {
  const words = [...question.matchAll(/[A-Za-z][A-Za-z'’-]*|\d+(?:[.,]\d+)?/g)].map((m) => ({
    raw: m[0].replace(/['’]s$/i, ""),
    start: m.index!,
  }));
  const terms: QueryTerm[] = [];
  const names: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const raw = words[i]!.raw;
    const lower = raw.toLowerCase();
    if (/^\d/.test(raw)) {
      terms.push({ alternatives: [raw] });
      continue;
    }
    const next = words[i + 1]?.raw.toLowerCase();
    const pair = next ? translate(index, `${lower} ${next}`) : [];
    if (pair.length) {
      terms.push({ alternatives: pair });
      i++;
      continue;
    }
    if (ENGLISH_STOPWORDS.has(lower) || QUESTION_WORDS.has(lower)) continue;
    const capitalized = /^[A-Z]/.test(raw) && i > 0;
    const translated = translate(index, lower);
    // a capitalized word is a name: two consonant classes are enough (Luke, Allen); a plain word needs three
    // a capitalized word is a name: two consonant classes are enough (Luke, Allen); a plain word needs three
    const sounds = capitalized || translated.length === 0 ? soundsLike(index, raw, capitalized ? 2 : 3) : [];
    const alternatives = [...new Set([...translated, ...sounds])];
    if (capitalized || !translated.length) names.push(raw);
    if (alternatives.length) terms.push({ alternatives });
    else if (capitalized) terms.push({ alternatives: [lower] }); // a name the corpus does not know
  }
  return { terms, names };
}

/** Latin letters for an Arabic name, when the question did not spell it (ميخائيل جورباتشوف -> Mikhail Jurbatshuf). */
const LATIN_LETTERS: Record<string, string> = {
  ا: "a", أ: "a", إ: "i", آ: "a", ب: "b", ت: "t", ث: "th", ج: "j", ح: "h", خ: "kh", د: "d", ذ: "dh", ر: "r", ز: "z",
  س: "s", ش: "sh", ص: "s", ض: "d", ط: "t", ظ: "z", ع: "", غ: "gh", ف: "f", ق: "q", ك: "k", ل: "l", م: "m", ن: "n",
  ه: "h", ة: "a", و: "u", ي: "i", ى: "a", ء: "", ئ: "", ؤ: "",
};

export function transliterate(arabic: string): string {
  return arabic
    .replace(/[\u064B-\u065F\u0670\u0640]/g, "")
    .split(/\s+/)
    .map((w) => {
      let out = "";
      [...w].forEach((c, i) => {
        let l = LATIN_LETTERS[c] ?? "";
        if (i === 0 && c === "و") l = "w";
        if (i === 0 && c === "ي") l = "y";
        out += l;
      });
      return out.charAt(0).toUpperCase() + out.slice(1);
    })
    .join(" ");
}

/**
 * The speaker an English subject names ("Merkel", "Angela Merkel", "the German chancellor"): every
 * content word must match a word of one of the speaker's aliases, by translation or by sound; the
 * alias with the fewest unmatched words wins. Returns the alias and the Latin name to show.
 */
export function findSpeakerEnglish(index: SearchIndex, subject: string): { speaker: number; alias: string; latin: string; byTitle: boolean } | null {
  const words = [...subject.matchAll(/[A-Za-z][A-Za-z'’-]*/g)].map((m) => m[0].replace(/['’]s$/i, "")).filter((w) => !ENGLISH_STOPWORDS.has(w.toLowerCase()) && !QUESTION_WORDS.has(w.toLowerCase()));
  if (!words.length) return null;
  const candidates = words.map((w) => new Set([...translate(index, w.toLowerCase()), ...soundsLike(index, w)]));
  const { speakers } = index.data.extras;
  const t = table(index);
  t.aliasStems ??= speakers.map((s) => [...new Set([s.name, ...s.aliases])].map((alias): [string, string[]] => [alias, index.queryTerms(alias).flatMap((q) => q.alternatives)]));
  let best: { speaker: number; alias: string; extra: number; statements: number } | null = null;
  speakers.forEach((s, i) => {
    for (const [alias, stems] of t.aliasStems![i]!) {
      if (!candidates.every((c) => stems.some((st) => c.has(st)))) continue;
      const extra = stems.length - words.length;
      if (!best || extra < best.extra || (extra === best.extra && s.statements > best.statements)) best = { speaker: i, alias, extra, statements: s.statements };
    }
  });
  if (!best) return null;
  const found: { speaker: number; alias: string } = best;
  const speaker = speakers[found.speaker]!;
  const byTitle = speaker.title !== null && found.alias === speaker.title;
  // the question's own spelling for the words it gave, transliteration for the rest
  const latin = speaker.name
    .split(/\s+/)
    .map((w) => words.find((q) => latinKey(q) === arabicKeyOf(w)) ?? transliterate(w))
    .join(" ");
  return { speaker: found.speaker, alias: found.alias, latin, byTitle };
}

function arabicKeyOf(word: string): string {
  return arabicKeyCache.get(word) ?? arabicKeyCache.set(word, arabicKey(word)).get(word)!;
}
const arabicKeyCache = new Map<string, string>();
