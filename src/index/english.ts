import { stemmer } from "stemmer";
import { analyze, arabicKey, tokenize, hasArabic, isStopword, type AnalyzerOptions } from "../analysis";

/** English words and names mapped onto the index's Arabic stems, built with the index. */
export interface EnglishMaps {
  /** Porter stem of an English word or two-word phrase -> Arabic stems in the vocabulary. */
  lexicon: Record<string, string[]>;
  /** Sound key of Arabic words (2+ consonant classes) -> the stems of those words. */
  sounds: Record<string, string[]>;
}

/** An acronym (US, EU, NATO) is looked up as written: lower-cased and stemmed, US would be "use". */
export const ACRONYM = /^[A-Z]{2,5}$/;

/** A lexicon file's text: "english TAB arabic|arabic" lines; # starts a comment. Headwords lower-cased, acronyms kept. */
export function parseLexicon(text: string): Array<[string, string[]]> {
  return text
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => {
      const [en, ar] = l.split("\t");
      const head = en!.trim();
      return [ACRONYM.test(head) ? head : head.toLowerCase(), (ar ?? "").split("|").map((x) => x.trim()).filter(Boolean)] as [string, string[]];
    })
    .filter(([, ar]) => ar.length > 0);
}

/** Porter stem of each word of an English word or phrase, joined by a space; acronyms stay as they are. */
export function englishStem(phrase: string): string {
  return phrase
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => (ACRONYM.test(w) ? w : stemmer(w.toLowerCase().replace(/[^a-z0-9]/g, ""))))
    .join(" ");
}

/**
 * Hand-kept entries first, then the dictionary's: a hand-kept entry replaces the dictionary's entries for
 * every headword with the same English stem (a hand-kept "use" also drops FreeDict's "used" and "uses"),
 * so a word is translated by one source, not by a mix of both.
 */
export function mergeLexicons(hand: Array<[string, string[]]>, dictionary: Array<[string, string[]]>): Array<[string, string[]]> {
  const listed = new Set(hand.map(([en]) => englishStem(en)));
  return [...hand, ...dictionary.filter(([en]) => !listed.has(englishStem(en)))];
}

const MAX_TRANSLATIONS = 12;
/**
 * A stem found in the several-word translations of more than this many headwords is a dictionary's
 * way of building a sense, not the sense: بشكل (-ly, 2,800 headwords of FreeDict), قابل (-able),
 * اكثر (more), اعاد (re-), بلا (-less), عدم (non-). Measured on English XQuAD (docs/quality.md).
 */
export const FILLER_HEADWORDS = 50;

/** Stems that several-word translations use as builders (see FILLER_HEADWORDS). */
function fillerStems(entries: ReadonlyArray<ReadonlyArray<string[]>>, threshold: number): Set<string> {
  const count = new Map<string, number>();
  for (const phrases of entries) {
    const seen = new Set(phrases.filter((p) => p.length > 1).flat());
    for (const t of seen) count.set(t, (count.get(t) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n > threshold).map(([t]) => t));
}

/**
 * Each English headword's Arabic stems before the join with a corpus, keyed by englishStem, in the order
 * listed (first-listed-first: glossary before FreeDict), content words only (fillers dropped from
 * several-word translations). The archive stores these and joins them with its terms at query time.
 */
export function lexiconCandidates(entries: Array<[string, string[]]>, analyzer: AnalyzerOptions, fillerHeadwords = FILLER_HEADWORDS): Map<string, string[]> {
  const analyzed = entries.map(([english, arabic]) => [english, arabic.map((phrase) => analyze(phrase, analyzer).map((t) => t.term))] as const);
  const fillers = fillerStems(analyzed.map(([, phrases]) => phrases), fillerHeadwords);
  const lexicon = new Map<string, string[]>();
  for (const [english, phrases] of analyzed) {
    const key = englishStem(english);
    if (!key) continue;
    const stems = lexicon.get(key) ?? [];
    lexicon.set(key, stems);
    for (const phrase of phrases) {
      // a phrase keeps its content: بشكل سريع (quickly) is سريع
      const content = phrase.length > 1 && phrase.some((t) => !fillers.has(t)) ? phrase.filter((t) => !fillers.has(t)) : phrase;
      for (const term of content) if (!stems.includes(term)) stems.push(term);
    }
  }
  return lexicon;
}

/** A headword's translations in a corpus: the candidates it holds (`has`), at most MAX_TRANSLATIONS. */
export function joinCandidates(candidates: readonly string[], has: (stem: string) => boolean): string[] {
  return candidates.filter(has).slice(0, MAX_TRANSLATIONS);
}

/** Each Arabic word of the texts (3+ letters, no stopword) as [sound key (2+ classes), stem], first met first, once each. */
export function soundPairs(texts: Iterable<string>, analyzer: AnalyzerOptions): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const token of tokenize(text)) {
      const w = token.text;
      if (seen.has(w) || w.length < 3 || !hasArabic(w) || isStopword(w)) continue;
      seen.add(w);
      const key = arabicKey(w);
      if (key.length < 2) continue;
      const [{ term } = { term: "" }] = analyze(w, analyzer);
      if (term) out.push([key, term]);
    }
  }
  return out;
}

/**
 * Joins the lexicon with the corpus at build time: only Arabic stems that the corpus holds are kept,
 * so the map is as small as the corpus needs. `entries` come first-listed-first (glossary before FreeDict).
 */
export function buildEnglishMaps(
  entries: Array<[string, string[]]>,
  vocabulary: ReadonlySet<string>,
  texts: Iterable<string>,
  analyzer: AnalyzerOptions,
  fillerHeadwords = FILLER_HEADWORDS,
): EnglishMaps {
  const lexicon: Record<string, string[]> = {};
  for (const [key, candidates] of lexiconCandidates(entries, analyzer, fillerHeadwords)) {
    const stems = joinCandidates(candidates, (t) => vocabulary.has(t));
    if (stems.length) lexicon[key] = stems;
  }
  const sounds: Record<string, Set<string>> = {};
  for (const [key, term] of soundPairs(texts, analyzer)) (sounds[key] ??= new Set()).add(term);
  return { lexicon, sounds: Object.fromEntries(Object.entries(sounds).map(([k, v]) => [k, [...v]])) };
}
