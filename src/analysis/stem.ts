import { ARTICLE_PREFIXES } from "./arabic";
/**
 * Light Arabic stemming after Larkey's light10 (the algorithm behind Lucene's ArabicStemmer),
 * with optional extensions whose effect on retrieval is measured by `npm run eval -- --stemmer`.
 *
 * Input must already be normalized (see normalize.ts): ة is ه, ى is ي, hamza alefs are ا.
 */

/** Extensions beyond light10. Each one is measured; see docs/quality.md. */
export type StemExtension =
  /** ف (so, then) before a word: فقال -> قال. */
  | "fa"
  /** ب and ك before a word without the article: بموسكو -> موسكو. */
  | "bi"
  /** Future س on a present-tense verb: سيعقد -> يعقد, ستكون -> تكون. */
  | "future"
  /** Dual and plural case forms and object pronouns: ـتين، ـيين، ـكم، ـهم، ـهما، ـنا، ـوا. */
  | "suffixes"
  /** The alef that carries accusative tanween: قريبا -> قريب, روسيا -> روسي. */
  | "tanween";

export interface StemOptions {
  extensions: ReadonlySet<StemExtension>;
}

const WAW = "\u0648";
const ARTICLES = ARTICLE_PREFIXES; // وال بال كال فال لل ال
const LIGHT10_SUFFIXES = ["\u0647\u0627", "\u0627\u0646", "\u0627\u062A", "\u0648\u0646", "\u064A\u0646", "\u064A\u0647", "\u0647", "\u064A"]; // ها ان ات ون ين يه ه ي
const EXTRA_SUFFIXES = ["\u062A\u064A\u0646", "\u064A\u064A\u0646", "\u0647\u0645\u0627", "\u0643\u0645", "\u0647\u0645", "\u0646\u0627", "\u0648\u0627"]; // تين يين هما كم هم نا وا

/** The extensions that measured as helping (docs/quality.md). */
export const DEFAULT_EXTENSIONS: ReadonlySet<StemExtension> = new Set<StemExtension>(["future", "suffixes", "tanween"]);

export function stemArabic(word: string, options: StemOptions = { extensions: DEFAULT_EXTENSIONS }): string {
  const ext = options.extensions;
  let w = word;
  if (w.length < 3) return w;

  // 1. conjunction و, then one definite article (light10 order and length guards)
  if (w.startsWith(WAW) && w.length >= 4) w = w.slice(1);
  else if (ext.has("fa") && w.startsWith("\u0641") && w.length >= 5) w = w.slice(1);
  let hadArticle = false;
  for (const article of ARTICLES) {
    if (w.startsWith(article) && w.length - article.length >= 2) {
      w = w.slice(article.length);
      hadArticle = true;
      break;
    }
  }
  if (!hadArticle && ext.has("bi") && /^[\u0628\u0643]/.test(w) && w.length >= 5) w = w.slice(1);
  if (!hadArticle && ext.has("future") && /^\u0633[\u064A\u062A\u0646]/.test(w) && w.length >= 5) w = w.slice(1);

  if (ext.has("tanween") && w.endsWith("\u0627") && w.length >= 5) w = w.slice(0, -1);

  // 2. suffixes: each one once, in order, while at least two letters remain
  if (ext.has("suffixes")) {
    for (const suffix of EXTRA_SUFFIXES) {
      if (w.endsWith(suffix) && w.length - suffix.length >= 3) {
        w = w.slice(0, -suffix.length);
        break;
      }
    }
  }
  for (const suffix of LIGHT10_SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= 2) w = w.slice(0, -suffix.length);
  }
  return w;
}
