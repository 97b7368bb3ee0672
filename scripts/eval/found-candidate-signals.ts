/**
 * Candidate signals of the found / not-found decision that are not (yet) in src/answer/found-features.ts,
 * measured by found-candidates.ts on the tune part only: how the ranked hits spread over articles, and what
 * the question's text asks for (its numbers, its answer type) against the top paragraph's text. Each is a
 * number per question; none ships unless the fit (found.ts) gains with it on tune.
 */
import type { Hit } from "../../src/index";

/** What a candidate reads: the question, its ranked hits, the top paragraph's text and its article's other paragraphs. */
export interface CandidateInput {
  question: string;
  hits: Hit[];
  text: string;
  articleTexts: string[];
}

/** Letters folded as the comparisons below need them (diacritics and tatweel dropped, alef and ya and ta marbuta folded). */
const fold = (t: string) => t.replace(/[\u064B-\u0652\u0640]/g, "").replace(/[أإآ]/g, "ا").replace(/ى/g, "ي").replace(/ة/g, "ه");
/** Arabic words of a folded text. */
const words = (t: string) => fold(t).match(/[\u0621-\u064A]+/g) ?? [];
/** A crude stem for comparing words across a question and a paragraph: leading و/ف, one of ب ل ك, ال off; a plural or pronoun ending off long words. */
const stem = (w: string) => {
  const s = w.replace(/^(و|ف)?(ب|ل|ك)?(ال)?/, "");
  return s.length > 4 ? s.replace(/(ات|ون|ين|ه|ها|هم)$/, "") : s;
};
/** Question words and function words (a closed class) that say nothing about the topic. */
const STOP = new Set(["ما", "ماذا", "من", "متي", "كم", "اين", "هل", "كيف", "لماذا", "هو", "هي", "في", "علي", "الي", "عن", "التي", "الذي", "مع", "او", "ان", "لم", "كان", "كانت", "ذلك", "هذا", "هذه", "بين", "اي", "عدد", "تم"]);
/** Number words (a closed class: units, tens, hundreds, thousands, millions, fractions). */
const NUMBER_WORD = /(^|\s)(واحد|اثن|ثلاث|اربع|خمس|ست|سبع|ثمان|تسع|عشر|مائ|مئ|الف|الاف|مليون|ملايين|مليار|نصف|ربع)/;
/** Date words (a closed class: month names of both calendars in use, year and century words). */
const DATE_WORD = /(يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|اذار|نيسان|ايار|حزيران|تموز|ايلول|تشرين|عام|سنه|قرن)/;

const content = (q: string) => [...new Set(words(q).filter((w) => !STOP.has(w) && w.length >= 3).map(stem).filter((s) => s.length >= 2))];

/** The candidates, by name. */
export const CANDIDATES: Record<string, (c: CandidateInput) => number> = {
  /** The share of distinct articles among the ranked hits. */
  scatter: ({ hits }) => (hits.length ? new Set(hits.map((h) => h.signals?.article ?? -1 - h.doc)).size / hits.length : 0),
  /** The share of the ranked hits' positive score held by the top hit's article. */
  articleShare: ({ hits }) => {
    const a = hits[0]?.signals?.article;
    const all = hits.reduce((s, h) => s + Math.max(0, h.score), 0);
    return all > 0 ? hits.filter((h) => h.signals?.article === a).reduce((s, h) => s + Math.max(0, h.score), 0) / all : 0;
  },
  /** The top hit's held share (exact + variant) less the most any hit of another article holds. */
  uniqueHeld: ({ hits }) => {
    const held = (h?: Hit) => (h?.signals ? h.signals.exact + h.signals.variant : 0);
    const others = hits.slice(1).filter((h) => h.signals?.article !== hits[0]?.signals?.article);
    return held(hits[0]) - others.reduce((m, h) => Math.max(m, held(h)), 0);
  },
  /** For كم / متى questions, 1 when the paragraph's sentence holding most question words has a number / a date; 1 for other questions. */
  answerType: ({ question, text }) => {
    const q = fold(question);
    const [kam, mata] = [/(^|\s)كم(\s|$)/.test(q), /(^|\s)متي(\s|$)/.test(q)];
    if (!kam && !mata) return 1;
    const qs = content(question);
    let [best, most] = ["", -1];
    for (const s of fold(text).split(/[.!؟?؛\n]+/)) {
      const st = new Set(words(s).map(stem));
      const n = qs.filter((w) => st.has(w)).length;
      if (n > most) [best, most] = [s, n];
    }
    return /[0-9٠-٩]/.test(best) || (kam ? NUMBER_WORD : DATE_WORD).test(best) ? 1 : 0;
  },
  /** Of the question words the paragraph holds, the share that recur in another paragraph of its article (the article is about them). */
  recur: ({ question, text, articleTexts }) => {
    const ps = new Set(words(text).map(stem));
    const held = content(question).filter((s) => ps.has(s));
    const others = articleTexts.filter((t) => t !== text).map((t) => new Set(words(t).map(stem)));
    return held.length ? held.filter((s) => others.some((o) => o.has(s))).length / held.length : 0;
  },
};
