/**
 * The people a paragraph is about: the subject phrases after any verb, speech verb or not
 * («عدّ إمام وخطيب المسجد الحرام الشيخ عبدالرحمن السديس …، مشيرا إلى أن»، «ويتفق هيكس مع …، حيث
 * يقول»). A verb with no subject of its own may continue one of them (antecedents.ts). A word is read
 * as a verb by the corpus's counts (subject-check.ts's isVerbForm, or a bare perfect whose ي form is
 * at least as frequent: عدّ / يعد، رفع / يرفع); only phrases the parser reads as a person with a title
 * or a name of two words or more count, and the caller's check (the speaker model) has the last word.
 */
import { bareNoun, normalizeArabic } from "../analysis";
import { isTitle, nameRun, parsePhrase, subjectPhrase, type ParsedSpeaker } from "./speaker-phrase";
import { clearName } from "./name-boundary";
import { RANKS } from "./lexicon";
import { isVerbForm } from "./subject-check";
import { isSpeechVerb } from "./speech-verb";
import type { TextToken } from "./text-tokens";
import type { WordStats } from "./word-stats";

/** A person named as the subject of a verb: where the phrase starts, and its parsed name and title. */
export interface ClauseSubject {
  start: number;
  name: string;
  title: string | null;
}

/** Least count of a bare perfect's ي form for the word to be read as a verb. */
const MIN_IMPERFECT = 5;

/** Whether the corpus's counts read a (normalized) word as a verb or a verb's bare perfect (بيع / يبيع، رفع / يرفع). */
export function verbLike(stats: WordStats, word: string): boolean {
  const w = /^[وف]/.test(word) && word.length >= 4 ? word.slice(1) : word;
  if (w.startsWith("ال") || w.length < 2) return false;
  if (isVerbForm(stats, w)) return true;
  const imperfect = stats.count.get(`ي${w}`) ?? 0;
  return w.length <= 4 && imperfect >= MIN_IMPERFECT && imperfect >= (stats.count.get(w) ?? 0);
}

/**
 * The person subjects of the paragraph's verbs, in order; `accept` checks each parsed person (default: all);
 * `known(name)`: whether a one-word name with no title is a person the article already has as a speaker
 * («وضربت لينا مثالا» after «وأضافت لينا أن …»; default none: a lone word is too often not a name).
 */
export function clauseSubjects(
  text: string,
  tokens: TextToken[],
  stats: WordStats,
  accept: (s: ParsedSpeaker & { type: "named" }) => ClauseSubject | null = (s) => ({ start: 0, name: s.name, title: s.title }),
  known: (name: string) => boolean = () => false,
): ClauseSubject[] {
  const out: ClauseSubject[] = [];
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k - 1]!.article || /[،,:؛.!?؟«»"“”()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    // the paragraph's first word before a rank and a name is its verb (a verb-subject-object lead: «رفع صاحب
    // السمو الملكي الأمير …»، «أوصى … الشيخ …»), whatever the counts say of a word also read as a noun (رفع);
    // any other word must be verb-like before its phrase is parsed
    const verb = verbLike(stats, tokens[k - 1]!.norm);
    if (!verb && k !== 1) continue;
    const phrase = subjectPhrase(text, tokens, k);
    const ranked = rankedName(stats, phrase);
    if (!verb && ranked === phrase) continue;
    // a bare perfect right after a verb is that verb's verbal noun («وتوقع بيع الوحدات»: بيع / يبيع), not a verb with a subject
    if (k >= 2 && !isVerbForm(stats, tokens[k - 1]!.norm.replace(/^[وف](?=...)/, "")) && (isSpeechVerb(tokens[k - 2]!.norm) || verbLike(stats, tokens[k - 2]!.norm))) continue;
    const parsed = parsePhrase(ranked);
    if (parsed.type !== "named" || !parsed.person || parsed.anonymous) continue;
    if (parsed.title === null && parsed.name.split(/\s+/).length < 2 && !known(parsed.name)) continue;
    if (verbalTitle(stats, parsed.title)) continue;
    const ok = accept(parsed);
    if (ok) out.push({ ...ok, start: tokens[k]!.start });
  }
  return out;
}

/**
 * A verb-subject-object clause runs the subject phrase on into the object («رفع صاحب السمو الملكي الأمير
 * سعود بن نايف … التعازي باسمه ونيابة»، «أوصى … الشيخ سعود بن إبراهيم الشريم المسلمين بتقوى الله»), and the
 * parser's last run of name words is then a word of the object. A rank (RANKS: الأمير، الشيخ، الدكتور) is
 * followed by the name: the phrase is cut after the run of name words that follows the last rank of the
 * first chain of ranks, less a second ال word after its family name that the corpus also has without ال (a
 * common noun such as المسلمين، الشباب, where a family name such as السديس never stands without it: clearName). A phrase with no
 * rank, or whose rank is not followed by a name, is left as it is.
 */
export function rankedName(stats: WordStats, phrase: TextToken[]): TextToken[] {
  const isRank = (t: TextToken) => RANKS.has(t.norm) || RANKS.has(bareNoun(t.norm));
  let r = phrase.findIndex(isRank);
  if (r < 0) return phrase;
  while (r + 1 < phrase.length && isRank(phrase[r + 1]!)) r++;
  // the longest prefix whose last run of name words opens right after the rank and reaches its end
  // (a prefix ending on a link, سعود بن, has a shorter run: it is passed, not an end)
  let e = r + 1;
  for (let n = r + 2; n <= phrase.length; n++) {
    const run = nameRun(phrase.slice(0, n));
    if (!run || run[0] !== r + 1) break;
    // a title word closing a prefix is read as a family name there (bareTitleAsFamily), not in the whole phrase
    if (run[1] === n && !isTitle(phrase[n - 1]!)) e = n;
  }
  // a second ال word after the family name is the object's when the corpus has it without ال (المسلمين، الشباب)
  while (e > r + 2 && phrase[e - 1]!.article && phrase[e - 2]!.article && !clearName(stats, phrase[e - 1]!.norm)) e--;
  return e > r + 1 ? phrase.slice(0, e) : phrase;
}

/**
 * Whether a subject phrase's title opens with a verb or a verbal noun by the corpus's counts (verbLike:
 * «وتوقع بيع الوحدات السكنية كاملة»، «وهنا تقوم المسلسلات …»): a title never does, so the phrase is the
 * verb's object or another clause and names nobody; the verb's subject is the pronoun (the speaker before).
 * A word of two letters (جد الطفلة) is too short for the counts to tell.
 */
export function verbalTitle(stats: WordStats, title: string | null): boolean {
  const head = title ? normalizeArabic(title).split(/\s+/)[0]! : "";
  return head.replace(/^[وف]/, "").length >= 3 && verbLike(stats, head);
}
