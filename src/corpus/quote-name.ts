/**
 * A quoted span that names a thing (a newspaper, a channel, a product, an operation, a slogan:
 * لقناة «سكاي نيوز»، هاتف «آي فون») rather than a statement: a learned check over the span's shape and
 * its context, applied to the spans the term rules of quotes.ts (isTerm) let through. Part of its
 * evidence is corpus statistics: how often the word before the opening mark precedes a short quote
 * (three words or fewer) rather than a long one across the corpus it was fit on, and the corpus's most
 * frequent words (statements are made of them, names mostly are not). Fit on the tuning labels by
 * scripts/eval/quote-name-fit.ts, shipped as quote-name-model.json.
 */
import { NAMING_NOUNS, PREPOSITIONS, SAYING_NOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS, THAT_PARTICLES } from "./lexicon";
import { bareNoun } from "./speaker-phrase";
import { logOdds, type LinearModel } from "./linear-model";
import type { TextToken } from "./text-tokens";
import { normalizeArabic } from "../analysis";
import shipped from "./quote-name-model.json";

/** The shipped model and the corpus statistics it reads. */
export interface QuoteNameModel extends LinearModel {
  /** Word before an opening mark -> log-odds (against the corpus rate) that a short quote follows it. */
  before: Record<string, number>;
  /** The corpus's most frequent words (normalized). */
  common: string[];
}

/** Feature names, in the order of quoteNameFeatures. */
export const QUOTE_NAME_FEATURES = [
  "log words",
  "one or two words",
  "word before: short-quote log-odds",
  "naming noun before",
  "colon before",
  "speech verb or that before",
  "sentence goes on after",
  "speech verb right after",
  "punctuation inside",
  "share of common words",
  "latin letters or digits",
  "repeated in the article",
  "repeated in the article x log words",
  "speech verb earlier in the sentence",
  "word before has the article",
  "bare أنّ/إنّ before",
  "preposition before",
  "أنّ/إنّ right after",
] as const;

/** أنّ / إنّ with no pronoun, normalized (closed class): the noun of their clause follows them (إن «سمارت سبيكس» تبدو …). */
const BARE_THAT = new Set(["ان", "بان"]);

/** The key a quoted span is counted under across an article: normalized, spaces collapsed. */
export function quoteKey(body: string): string {
  return normalizeArabic(body).trim().replace(/\s+/g, " ");
}

export const QUOTE_NAME_MODEL: QuoteNameModel = shipped as QuoteNameModel;
const commonSets = new WeakMap<QuoteNameModel, Set<string>>();

const speechy = (t: TextToken | undefined, sets = [SPEECH_VERBS, SPEECH_PARTICIPLES, THAT_PARTICLES, SAYING_NOUNS]) =>
  t !== undefined && sets.some((s) => s.has(t.norm) || s.has(t.bare));

/** The forms of a word the before-table may hold: as written, without و/ف, without a leading ل/ب, without ال. */
export function beforeForms(t: TextToken): string[] {
  return [...new Set([t.norm, t.bare, t.bare.replace(/^[\u0644\u0628](?=..)/, ""), bareNoun(t.bare)])];
}

/**
 * The features of the quoted span [qs, qe) of `text` (QUOTE_NAME_FEATURES); `spans`: all the
 * paragraph's quoted spans; `counts`: quoteKey -> how many quoted spans of the article hold it (default:
 * the paragraph's own spans); `model`: whose statistics to read (default the shipped one).
 */
export function quoteNameFeatures(text: string, tokens: TextToken[], [qs, qe]: [number, number], spans: Array<[number, number]>, counts?: Map<string, number>, model: QuoteNameModel = QUOTE_NAME_MODEL): number[] {
  const body = text.slice(qs, qe).trim();
  const words = tokens.filter((t) => t.start >= qs && t.end <= qe);
  const n = Math.max(1, body.split(/\s+/).length);
  const first = tokens.findIndex((t) => t.start >= qs);
  const k = (first < 0 ? tokens.length : first) - 1;
  const prev = tokens[k];
  const next = tokens.findIndex((t) => t.start > qe);
  let common = commonSets.get(model);
  if (!common) commonSets.set(model, (common = new Set(model.common)));
  const beforeScore = prev ? (beforeForms(prev).map((f) => model.before[f]).find((v) => v !== undefined) ?? 0) : 0;
  const key = quoteKey(body);
  const repeats = counts?.get(key) ?? spans.filter(([s, e]) => quoteKey(text.slice(s, e)) === key).length;
  // where the sentence holding the opening mark starts: after the last full stop, ! or ? before it
  const sentenceStart = Math.max(0, ...[...text.slice(0, qs).matchAll(/[.!?؟]\s/g)].map((m) => m.index! + 1));
  return [
    Math.log(1 + n),
    Number(n <= 2),
    beforeScore,
    // an indefinite naming noun (صحيفة «…»، لقناة «…»); with the article it is a referent (واضافت الوكالة، «…»)
    Number(prev !== undefined && !prev.article && beforeForms(prev).some((f) => NAMING_NOUNS.has(f))),
    Number(prev !== undefined && /:/.test(text.slice(prev.end, qs))),
    Number(speechy(prev) || speechy(tokens[k - 1])),
    Number(/^\s*[\p{L}\p{N}]/u.test(text.slice(qe + 1))),
    Number(next >= 0 && [0, 1, 2].some((d) => speechy(tokens[next + d]) && !THAT_PARTICLES.has(tokens[next + d]!.norm))),
    Number(/[.،,!?؟؛:]/.test(body)),
    words.length ? words.filter((t) => common.has(t.bare)).length / words.length : 0,
    Number(/[A-Za-z0-9\u0660-\u0669]/.test(body)),
    Number(repeats >= 2),
    Number(repeats >= 2) * Math.log(1 + n),
    Number(tokens.some((t) => t.start >= sentenceStart && t.end <= qs && speechy(t, [SPEECH_VERBS, SPEECH_PARTICIPLES, SAYING_NOUNS]))),
    Number(prev?.article ?? false),
    Number(prev !== undefined && BARE_THAT.has(prev.norm)),
    // the object of a preposition (بالإضافة إلى «…»): a noun phrase, seldom a statement
    Number(prev !== undefined && PREPOSITIONS.has(prev.norm)),
    // a reported clause opens right after the span (وقال … «قيد الناخبين»، أن …): the statement is the clause
    Number(next >= 0 && THAT_PARTICLES.has(tokens[next]!.norm)),
  ];
}

/** Whether the model takes the quoted span for a name rather than a statement (log-odds above its threshold). */
export function isQuotedName(text: string, tokens: TextToken[], span: [number, number], spans: Array<[number, number]>, counts?: Map<string, number>, model: QuoteNameModel = QUOTE_NAME_MODEL): boolean {
  return logOdds(quoteNameFeatures(text, tokens, span, spans, counts, model), model) > model.threshold;
}
