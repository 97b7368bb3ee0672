/**
 * The people a paragraph is about: the subject phrases after any verb, speech verb or not
 * («عدّ إمام وخطيب المسجد الحرام الشيخ عبدالرحمن السديس …، مشيرا إلى أن»، «ويتفق هيكس مع …، حيث
 * يقول»). A verb with no subject of its own may continue one of them (antecedents.ts). A word is read
 * as a verb by the corpus's counts (subject-check.ts's isVerbForm, or a bare perfect whose ي form is
 * at least as frequent: عدّ / يعد، رفع / يرفع); only phrases the parser reads as a person with a title
 * or a name of two words or more count, and the caller's check (the speaker model) has the last word.
 */
import { normalizeArabic } from "../analysis";
import { parsePhrase, subjectPhrase, type ParsedSpeaker } from "./speaker-phrase";
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
    if (tokens[k - 1]!.article || !verbLike(stats, tokens[k - 1]!.norm) || /[،,:؛.!?؟«»"“”()]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) continue;
    // a bare perfect right after a verb is that verb's verbal noun («وتوقع بيع الوحدات»: بيع / يبيع), not a verb with a subject
    if (k >= 2 && !isVerbForm(stats, tokens[k - 1]!.norm.replace(/^[وف](?=...)/, "")) && (isSpeechVerb(tokens[k - 2]!.norm) || verbLike(stats, tokens[k - 2]!.norm))) continue;
    const parsed = parsePhrase(subjectPhrase(text, tokens, k));
    if (parsed.type !== "named" || !parsed.person || parsed.anonymous) continue;
    if (parsed.title === null && parsed.name.split(/\s+/).length < 2 && !known(parsed.name)) continue;
    if (verbalTitle(stats, parsed.title)) continue;
    const ok = accept(parsed);
    if (ok) out.push({ ...ok, start: tokens[k]!.start });
  }
  return out;
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
