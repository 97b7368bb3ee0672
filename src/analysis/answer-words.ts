/**
 * What kind of answer a normalized token (src/analysis/normalize.ts: alefs, ya and ta marbuta folded,
 * digits in ASCII) can be: a number, a date, a person's name or a place. The lists below are closed
 * classes, hand-kept; each says what belongs in it. A token's class is read by the answer-type
 * evidence of the found / not-found decision (src/index/answer-window.ts).
 */

/** The kinds of answer a question word asks for, in a fixed order (HitSignals.typed is 1 + the index). */
export const ANSWER_TYPES = ["number", "date", "person", "place"] as const;
export type AnswerType = (typeof ANSWER_TYPES)[number];

/** Clitics a word may be written with before the word itself: و ف, then one of ب ل ك, then ال. */
const PREFIX = /^(?:[وف])?(?:[بلك])?(?:ال)?/;
/** The same without ال (a word that begins with ال itself: الف "thousand", والف). */
const PARTICLES = /^(?:[وف])?(?:[بلك])?/;

/** Number words (closed class: units, teens and tens by their stem, hundreds, thousands, millions, billions, fractions, "dozens"). */
const NUMBER_WORDS = new Set(["واحد", "واحده", "اثنان", "اثنين", "اثنتان", "اثنتين", "ثلاث", "ثلاثه", "اربع", "اربعه", "خمس", "خمسه", "ست", "سته", "سبع", "سبعه", "ثماني", "ثمانيه", "ثمان", "تسع", "تسعه", "عشر", "عشره", "عشرون", "عشرين", "ثلاثون", "ثلاثين", "اربعون", "اربعين", "خمسون", "خمسين", "ستون", "ستين", "سبعون", "سبعين", "ثمانون", "ثمانين", "تسعون", "تسعين", "مائه", "مئه", "مئات", "مائتان", "مائتين", "مئتان", "مئتين", "الف", "الاف", "الفان", "الفين", "مليون", "ملايين", "مليونا", "مليار", "مليارات", "نصف", "ربع", "ثلث", "عشرات", "عده"]);

/** Month names (closed class: the Gregorian months as written in Egypt and the Gulf, and the Levantine / Iraqi names), and "month". */
const MONTHS = new Set(["يناير", "فبراير", "مارس", "ابريل", "مايو", "يونيو", "يوليو", "اغسطس", "سبتمبر", "اكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "اذار", "نيسان", "ايار", "حزيران", "تموز", "اب", "ايلول", "تشرين", "محرم", "رمضان", "شوال", "رجب", "شعبان"]);

/** Day names and words that carry a date by themselves (closed class: weekdays, "yesterday", "today", "tomorrow", centuries and decades). */
const DAY_WORDS = new Set(["السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "امس", "اليوم", "غدا", "قرن", "القرن", "قرون", "عقد", "الميلادي", "ميلادي", "الهجري", "هجري", "ق.م", "الميلاد"]);

/** Words a date is counted in, before a number (closed class): "year", "month", "day", "century". */
const DATE_UNITS = new Set(["عام", "سنه", "العام", "السنه", "عامي", "سنوات", "شهر", "يوم", "قرن"]);

/** Titles before a person's name, and the kinship words inside Arabic names (closed class: offices, ranks, honorifics, بن / ابن / ابو / ام). */
const PERSON_CUES = new Set(["الرئيس", "الملك", "الملكه", "الامير", "الاميره", "السلطان", "الشيخ", "الامام", "الخليفه", "الدكتور", "السيد", "السيده", "الجنرال", "القائد", "البابا", "القديس", "الوزير", "المستشار", "الرسول", "النبي", "الكاتب", "الشاعر", "العالم", "الفيلسوف", "المؤرخ", "الفنان", "المغني", "الممثل", "المخترع", "المهندس", "المدرب", "اللاعب", "بن", "ابن", "ابو", "ام", "بنت"]);

/** Words that name a kind of place (closed class: settlements, administrative units, geographic features, compass points). */
const PLACE_WORDS = new Set(["مدينه", "قريه", "دوله", "بلد", "بلاد", "عاصمه", "ولايه", "مقاطعه", "محافظه", "اقليم", "منطقه", "جزيره", "جزر", "قاره", "نهر", "بحر", "محيط", "جبل", "جبال", "صحراء", "وادي", "خليج", "ميناء", "مطار", "شمال", "جنوب", "شرق", "غرب", "وسط", "حي", "شارع", "قصر", "مسجد", "كنيسه", "جامعه", "مملكه", "جمهوريه", "امبراطوريه", "ساحل", "حدود"]);

/** The token without the clitics it may be written with (و ف ب ل ك ال), when enough of it is left. */
function bare(token: string): string {
  const rest = token.replace(PREFIX, "");
  return rest.length >= 2 ? rest : token;
}

/** True when a token is a number: digits, or a number word (with its clitics). */
export function isNumberToken(token: string): boolean {
  return /\d/.test(token) || NUMBER_WORDS.has(token) || NUMBER_WORDS.has(bare(token)) || NUMBER_WORDS.has(token.replace(PARTICLES, ""));
}

/**
 * True when tokens[i] is (part of) a date: a month or day name, a year of 3-4 digits between 600 and
 * 2100, or a number right after a date unit (عام 1990, القرن 19).
 */
export function isDateToken(tokens: string[], i: number): boolean {
  const t = tokens[i]!;
  const b = bare(t);
  if (MONTHS.has(b) || MONTHS.has(t) || DAY_WORDS.has(t) || DAY_WORDS.has(b)) return true;
  if (/^\d{3,4}$/.test(t) && +t >= 600 && +t <= 2100) return true;
  if (/^\d+$/.test(t) && i > 0 && (DATE_UNITS.has(tokens[i - 1]!) || DATE_UNITS.has(bare(tokens[i - 1]!)))) return true;
  return false;
}

/** True when tokens[i] is a word right after a person cue (a title, بن / ابو): the name it introduces. */
export function isPersonToken(tokens: string[], i: number): boolean {
  return i > 0 && PERSON_CUES.has(tokens[i - 1]!) && /^[\u0621-\u064A]{2,}$/.test(tokens[i]!) && !tokens[i]!.startsWith("ال");
}

/** True when tokens[i] names a kind of place, or is a word without ال right after a place word (مدينه دمشق). */
export function isPlaceToken(tokens: string[], i: number): boolean {
  const b = bare(tokens[i]!);
  if (PLACE_WORDS.has(b)) return true;
  return i > 0 && PLACE_WORDS.has(bare(tokens[i - 1]!)) && /^[\u0621-\u064A]{2,}$/.test(tokens[i]!) && !tokens[i]!.startsWith("ال");
}

/** True when tokens[i] can be an answer of this type. */
export function isAnswerToken(type: AnswerType, tokens: string[], i: number): boolean {
  if (type === "number") return isNumberToken(tokens[i]!);
  if (type === "date") return isDateToken(tokens, i);
  if (type === "person") return isPersonToken(tokens, i);
  return isPlaceToken(tokens, i);
}
