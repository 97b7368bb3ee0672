/**
 * The name a named subject keeps once the words around it are taken off, from the corpus's counts
 * (name-boundary.ts) and closed lists (subject-check.ts):
 * - «عن صالحي» is صالحي; «غرب العراق» is a place: the title alone (رئيس مجلس محافظة الأنبار) is the subject;
 * - «الاسبوع قال اردوغان»: a speech verb inside the phrase starts the subject after it;
 * - a place or preposition phrase before a person's name goes (بجدة عمر الجاسر); a name that is only
 *   a preposition phrase (لجوازات) gives way to the name its title holds;
 * - a body opening with a preposition (في اليمن، لتنظيم داعش، بسبب طلب أحد) is an adjunct: no name;
 * - a one-word title with ال the corpus never has bare is the name's first word (الفريدو زاموديو);
 * - the name ends where the words glued to it start (دونيس بالمعسكر الإعدادي is دونيس; an apposition's
 *   head after a full name opens the title: حسين ناجي مذيع المسرح), and before
 *   any function word or preposition (المملكة المتحدة هل is المملكة المتحدة).
 */
import { normalizeArabic } from "../analysis";
import type { SpeakerRef } from "./quotes";
import type { WordStats } from "./word-stats";
import { appositionCut, firstNameWithAl, gluedReason, nameLength, nameStart } from "./name-boundary";
import { isFunctionWord, prepositionLead } from "./subject-check";
import { isSpeechVerb } from "./speech-verb";
import { parsePhrase } from "./speaker-phrase";
import { textTokens } from "./text-tokens";

type Named = Extract<SpeakerRef, { type: "named" }>;

/** Most words of a name that a comma and an office after it keep whole (a longer one is cut as any other). */
const MAX_CLOSED_NAME = 3;

/** The named subject with its name trimmed (an empty name when nothing is left), and its words as written. */
export function trimSubject(stats: WordStats, ref: Named): { ref: Named; words: string[] } {
  // the words normalized once per version of `raw` (asked up to five times of one array below)
  let seen: string[] | null = null;
  let seenNorm: string[] = [];
  const norm = (ws: string[]) => (ws === seen ? seenNorm : ((seen = ws), (seenNorm = ws.map(normalizeArabic))));
  let person = (ref.person ?? true) && !ref.anonymous;
  let raw = ref.name.split(" ");
  const lead = ref.anonymous ? null : prepositionLead(stats, norm(raw), raw[0]);
  if (lead === "source") raw = raw.slice(1);
  if (lead === "place" && person) {
    ref = { ...ref, name: ref.title ?? "", title: null, person: false };
    raw = ref.name.split(" ");
    person = false;
  }
  const verbAt = raw.findLastIndex((w) => isSpeechVerb(normalizeArabic(w)));
  if (verbAt >= 0) {
    raw = raw.slice(verbAt + 1);
    ref = { ...ref, name: raw.join(" "), title: null };
  }
  // «الناطق الإعلامي لجوازات منطقة الجوف» after «العقيد عبدالمنعم الحيزان»: a lone ل/ب word is the
  // title's genitive, and the name is the one the title holds
  if (person && raw.length === 1 && ref.title && /^(?:addressee|preposition)$/.test(gluedReason(stats, norm(raw)[0]!, undefined) ?? "")) {
    const inTitle = parsePhrase(textTokens(ref.title));
    if (inTitle.type === "named" && inTitle.person) {
      ref = { ...ref, name: inTitle.name, title: inTitle.title };
      raw = inTitle.name.split(" ");
    }
  }
  if (person) raw = raw.slice(nameStart(stats, norm(raw)));
  else if (!ref.anonymous && raw.length && (lead === "place" || (raw.length > 1 ? nameStart(stats, norm(raw)) > 0 : gluedReason(stats, norm(raw)[0]!, undefined) === "preposition"))) raw = [];
  // a one-word definite title before the name that the corpus never has without ال is the name's first
  // word (الفريدو زاموديو، الكسندر لوكاشينكو), not a title (المحلل، الروائية have محلل، روائية)
  if (person && ref.title && ref.goesOn !== "title" && !/\s/.test(ref.title) && firstNameWithAl(stats, normalizeArabic(ref.title), norm(raw))) {
    raw = [ref.title, ...raw];
    ref = { ...ref, name: raw.join(" "), title: null };
  }
  // «حمد العمر، رئيس الفريق الإعلامي»: a comma and an office close the name, whose words may look like common
  // words (العمر، الطيب); a short name there is whole
  const closed = person && ref.apposition !== undefined && raw.length <= MAX_CLOSED_NAME;
  const length = closed ? raw.length : nameLength(stats, norm(raw), person, ref.goesOn !== undefined, ref.ends === true);
  // the words cut after a full name open its title (مذيع المسرح، القيادي), which goes on with the title after the name
  if (person && length < raw.length && length >= 2 && (ref.goesOn || ref.ends) && appositionCut(stats, norm(raw), length)) {
    const cut = raw.slice(length).join(" ");
    ref = { ...ref, title: ref.goesOn === "title" && ref.title ? `${cut} ${ref.title}` : ref.title ?? cut };
  }
  raw = raw.slice(0, length);
  // a function word or preposition never stands in a name: «المملكة المتحدة هل» ends before هل, «حيال تلك» is none
  // (بان كي مون: a name the article repeats whose words are spelled as particles keeps them, particle-names.ts)
  const fn = ref.anonymous || ref.particleName ? -1 : norm(raw).findIndex((w) => isFunctionWord(w) || isFunctionWord(w.replace(/^[وف]/, "")));
  if (fn >= 0) raw = raw.slice(0, fn);
  const name = raw.join(" ");
  if (name !== ref.name) ref = { ...ref, name };
  return { ref, words: raw };
}
