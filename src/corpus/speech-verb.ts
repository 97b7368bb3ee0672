import { SPEECH_VERBS } from "./lexicon";
import type { TextToken } from "./text-tokens";

/** A speech verb (normalized), with or without و/ف (وقال، فأكد): never part of a name. */
export const isSpeechVerb = (w: string): boolean => SPEECH_VERBS.has(w) || (/^[وف]/.test(w) && SPEECH_VERBS.has(w.slice(1)));

/**
 * An imperfect speech verb after the particle لـ of purpose (normalized, و/ف allowed: ليقول، لتضيف، وليؤكد),
 * as in «ومضى لافروف ليقول»، «عاد الوزير ليؤكد»: a verb, so the end of the speaker phrase before it.
 */
export const isPurposeSpeechVerb = (w: string): boolean => /^[وف]?ل[يت]/.test(w) && SPEECH_VERBS.has(w.replace(/^[وف]?ل/, ""));

/**
 * Words that govern a verbal noun as their complement or object (closed class, normalized, a leading
 * و/ف/ب/ل stripped): the nouns and particles عدم، دون، بدون (فضل عدم ذكر اسمه، دون ذكر تفاصيل) and the
 * verbs of choosing, asking and refusing that take a verbal noun object (رفض ذكر اسمه، طلب ذكر …، فضل،
 * آثر، تجنب، تحاشى). A speech word right after one of them is its complement, never a statement's verb.
 */
const MASDAR_GOVERNORS = new Set(["عدم", "دون", "بدون", "فضل", "رفض", "طلب", "اثر", "تجنب", "تحاشي", "يفضل", "يرفض", "يطلب"]);

/**
 * Whether the speech word at token k is a verbal noun governed by the word right before it (MASDAR_GOVERNORS,
 * nothing but a space between): «مسؤول فضل عدم ذكر اسمه إن …» is said by قال, not by ذكر.
 */
export function governedMasdar(text: string, tokens: TextToken[], k: number): boolean {
  const prev = tokens[k - 1];
  if (!prev || !/^\s+$/.test(text.slice(prev.end, tokens[k]!.start))) return false;
  return MASDAR_GOVERNORS.has(prev.norm) || MASDAR_GOVERNORS.has(prev.norm.replace(/^[وفبل](?=.{3})/, ""));
}

/**
 * Whether token k opens a clause that governs a verbal noun (فضل عدم ذكر اسمه، رفض ذكر اسمه): a governor
 * whose next word is عدم / دون or a speech word it governs. The speaker phrase ends before it («مسؤول فضل
 * عدم ذكر اسمه» is «مسؤول»). `isSpeechWord` tells a speech word.
 */
export function opensGovernedClause(text: string, tokens: TextToken[], k: number, isSpeechWord: (t: TextToken) => boolean): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || !(MASDAR_GOVERNORS.has(t.norm) || MASDAR_GOVERNORS.has(t.bare))) return false;
  return governedMasdar(text, tokens, k + 1) && (MASDAR_GOVERNORS.has(next.norm) || isSpeechWord(next));
}

/**
 * Present speech verbs that, right before أنّ/إنّ with no subject between, are the impersonal passive of
 * news prose (closed class, normalized, without و/ف): «يُذكر أن …» (it is noted that), written without its
 * damma. The writer's aside: a statement with no speaker, never the last speaker's.
 */
const IMPERSONAL_PRESENT = new Set(["يذكر"]);

/** Whether the speech verb at token k is an impersonal passive (IMPERSONAL_PRESENT) followed by `isThat`. */
export function impersonalVerb(text: string, tokens: TextToken[], k: number, isThat: (t: TextToken) => boolean): boolean {
  const verb = tokens[k]!;
  const next = tokens[k + 1];
  if (!next || !IMPERSONAL_PRESENT.has(verb.norm.replace(/^[وف](?=ي)/, ""))) return false;
  return isThat(next) && /^\s+$/.test(text.slice(verb.end, next.start));
}
