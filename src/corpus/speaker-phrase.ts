/**
 * The speaker phrase after a speech verb, parsed into its parts:
 *
 *   [adjuncts] [title chain] [name] [title after the name]
 *   لـ«عكاظ»   الناطق الإعلامي باسم شرطة منطقة القصيم الرائد   بدر السحيباني
 *
 * Adjuncts (an addressee such as لقناة «…» or للصحفيين, an occasion such as في تصريح صحفي, a day) are
 * skipped: they are never the speaker. The name is the last run of name words in the phrase: words with
 * no article that are not titles, ranks or body nouns, joined by name links (عبد، بن، أبو، آل، ولد) and
 * closed by family names with ال (عبد الرحمن، بن مشيط، الجبير). A word right after an indefinite title
 * or body noun is its genitive (مدير أرامكو، شرطة منطقة), not a name. A phrase with no name is a role
 * (المدير الفني البرتغالي) or a body (وزارة الداخلية).
 */
import {
  ADDRESSEE_NOUNS, ADVERBS, COMPOUND_SECONDS, DEFINITE_LINKS, DOCUMENT_NOUNS, NEWS_AGENCIES, ANONYMOUS_HEADS, BODY_NOUNS, GROUP_NOUNS, HONORIFIC_PRONOUNS, KIN_NOUNS, NAME_LINKS, OCCASION_NOUNS, PHRASE_STOPS,
  RANK_MODIFIERS, RANKS, ROLE_NOUNS, SAYING_NOUNS, SOURCE_MARKERS, SPEECH_PARTICIPLES, SPEECH_VERBS, THAT_PARTICLES, TITLE_ADJECTIVES, TITLE_WORDS,
} from "./lexicon";
import { bareNoun } from "../analysis";
import { breaksPhrase, type TextToken } from "./text-tokens";
import { isPurposeSpeechVerb, opensGovernedClause } from "./speech-verb";
import { prepositionPronoun } from "./preposition-pronoun";

export type ParsedSpeaker =
  | { type: "named"; name: string; title: string | null; person: boolean; anonymous?: boolean; rank?: string }
  | { type: "role"; role: string; text: string }
  | { type: "previous" };

/** Days and times that may stand between the verb and its subject (وقال أمس الوزير). */
const TIME_WORDS = new Set(["اليوم", "امس", "مساء", "صباح", "ظهر", "لاحقا", "الان", "انذاك", "حينها", "وقتها", "سابقا", "مؤخرا", "بدوره", "بدورها", "كذلك", "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه"]);
const PREPOSITIONS = new Set(["في", "خلال", "عبر", "اثناء", "على"]);
const MAX_PHRASE = 18;
/** Quantities that take من and a group: عدد من، أحد، بعض. */
const QUANTIFIERS = new Set(["عدد", "احد", "بعض", "مجموعه", "غالبيه", "معظم"]);
/** Words of praise after a name of God or the Prophet (تعالى، عز وجل، صلى الله عليه وسلم): they end the phrase. */
const PRAISE = new Set(["تعالي", "وتعالي", "سبحانه", "عز", "وجل", "جل", "صلي"]);
/**
 * The verbs of a eulogy or blessing formula said after a name, followed by الله (رضي الله عنه، رحمه الله، طيب الله
 * ثراه، قدس الله سره، حفظه الله، غفر الله له، أطال الله عمره), normalized: a closed class. The formula ends the
 * name and is never itself a speaker («قال أبو سعيد الخدري رضي الله عنه:» is أبو سعيد الخدري; «كما قال رضي الله
 * عنه» continues the speaker before).
 */
const EULOGY_VERBS = new Set(["رضي", "رحمه", "رحمها", "رحمهما", "رحمهم", "يرحمه", "يرحمها", "طيب", "قدس", "حفظه", "حفظها", "حفظهم", "غفر", "اطال", "نور", "تغمده", "تغمدها"]);
/**
 * The names of Latin letters as Arabic writes them in acronyms (إي إم سي، كي بي إم جي), normalized:
 * closed class; في، إن، أو (also prepositions and particles) and ال are left out.
 */
const LETTER_NAMES = new Set(["اي", "بي", "سي", "دي", "اف", "جي", "اتش", "كي", "ام", "اس", "تي", "ار", "اكس", "واي", "زد", "يو"]);
/** Most words of a name: «محمد بن عبد الرحمن بن عبد العزيز آل سعود» has eight. */
const MAX_NAME_WORDS = 9;

/** Most family names with ال in a row closing a name (محمد خالد الحمد الصباح has two). */
const MAX_FAMILY_NAMES = 2;

export { bareNoun };

/**
 * A counterpart noun with a pronoun (نظيره، نظيرتها، نظيريه، نظراؤه، نظرائهم; normalized, و allowed): the phrase it
 * opens is another person, the object of the verb or of a meeting, never more of the speaker's title.
 */
export const COUNTERPART = /^و?(?:نظير|نظيرت|نظيري|نظراو|نظراء|نظرائ|نظرا)(?:ه|ها|هم|هما)$/;

function isSpeechWord(t: TextToken): boolean {
  if (t.particleName) return false; // بان كي مون: a name's first word, not بأن (particle-names.ts)
  return [t.norm, t.bare].some((w) => SPEECH_VERBS.has(w) || SAYING_NOUNS.has(w) || SPEECH_PARTICIPLES.has(w) || THAT_PARTICLES.has(w)) || isPurposeSpeechVerb(t.norm);
}
/**
 * A feminine participle right after an indefinite body or title noun, with nothing between, is the verbal noun in
 * construct (لجنة متابعة أسعار الوقود: مُتابعة is both «continuing» and «follow-up»), not a speech word.
 */
export function constructNoun(text: string, tokens: TextToken[], k: number): boolean {
  const t = tokens[k]!;
  const prev = tokens[k - 1];
  if (!prev || !(SPEECH_PARTICIPLES.has(t.norm) || SPEECH_PARTICIPLES.has(t.bare)) || !/ه$/.test(t.norm) || prev.article || isSpeechWord(prev) || /\u064B/.test(prev.raw)) return false;
  return (isBody(prev) || isTitle(prev)) && !breaksPhrase(text.slice(prev.end, t.start));
}

export function isTitle(t: TextToken): boolean {
  const bare = bareNoun(t.norm);
  // وعضو، ونائب: a title after a conjunction (the second title of a chain) is still a title
  return TITLE_WORDS.has(t.norm) || TITLE_WORDS.has(bare) || TITLE_WORDS.has(t.bare) || RANKS.has(t.norm) || RANKS.has(bare) || ROLE_NOUNS.has(bare);
}
function isBody(t: TextToken): boolean {
  return BODY_NOUNS.has(t.norm) || BODY_NOUNS.has(bareNoun(t.norm));
}
/**
 * A group around someone (حلفاء، أنصار، مقربون) or a relative (والد، زوجة: KIN_NOUNS): the phrase it
 * heads is an unnamed speaker, never the person named after it.
 */
export function isGroup(t: TextToken): boolean {
  return GROUP_NOUNS.has(t.norm) || GROUP_NOUNS.has(t.bare) || GROUP_NOUNS.has(bareNoun(t.norm)) || KIN_NOUNS.has(t.norm) || KIN_NOUNS.has(t.bare);
}
function isLink(t: TextToken): boolean {
  return NAME_LINKS.has(t.norm);
}
/** A word that can be part of a person's name, by itself. */
function isNameWordAlone(t: TextToken): boolean {
  return !t.article && !isTitlePreposition(t) && !isTitle(t) && !isBody(t) && !pronounSuffixed(t) && !isLink(t) && !isPrepositionalNoun(t) && t.norm.length >= 2 && !/^\d/.test(t.norm) && !HONORIFIC_PRONOUNS.has(t.norm);
}
/** في، لدى، عن، على (written with ى): a preposition inside a title chain (inTitle, titleObject), never a name. */
function isTitlePreposition(t: TextToken): boolean {
  return t.norm === "في" || t.norm === "لدي" || t.norm === "عن" || (t.norm === "علي" && /ى$/.test(t.raw));
}
/** A family name with ال after a name word (السحيباني), not a title word or a title's adjective. */
function isFamilyName(t: TextToken, next?: TextToken): boolean {
  const bare = bareNoun(t.norm);
  // a rank with ال right after a name and closing it is a family name (سمير الحاج، محمد الشيخ)
  const rankAsFamily = RANKS.has(bare) && !ROLE_NOUNS.has(bare) && (next === undefined || !isNameWordAlone(next));
  // a title word that is also a family name (صالح بن عبدالله القاضي، محمد الشاعر) when it closes the phrase
  // right after the name: a title after a name goes on with its complement (المتحدث باسم، المدير التنفيذي);
  // role nouns (المتحدث، الوزير) stand for a person alone and stay titles
  const titleAsFamily = next === undefined && TITLE_WORDS.has(bare) && !ROLE_NOUNS.has(bare);
  return t.article && !/^لل/.test(t.norm) && (!isTitle(t) || rankAsFamily || titleAsFamily) && !isBody(t) && !TITLE_ADJECTIVES.has(bare) && !TIME_WORDS.has(t.norm);
}
/**
 * مديره، رئيسها، نائبهم: a title or body noun with a pronoun suffix as written (ه, not the ة of مديرة): a
 * definite word, whose genitive is the pronoun, so a name after it is the holder's, not its complement.
 */
function pronounSuffixed(t: TextToken): boolean {
  const written = t.raw.replace(/[\u064B-\u0652\u0640]/g, "");
  const suffix = /(?:ه|ها|هم|هما)$/.exec(written)?.[0];
  if (!suffix || /ة$/.test(written)) return false;
  const stem = t.norm.slice(0, -suffix.length);
  return stem.length >= 3 && (TITLE_WORDS.has(stem) || BODY_NOUNS.has(stem));
}

/** لشركة، لوزارة، لرئيس: a ل/ب genitive of a body or title noun, never a name. */
function isPrepositionalNoun(t: TextToken): boolean {
  const rest = t.norm.slice(1);
  return /^[لب]/.test(t.norm) && rest.length >= 3 && (BODY_NOUNS.has(rest) || TITLE_WORDS.has(rest));
}

/**
 * The first token of the subject after the verb at `verb`, past addressees, occasions and days;
 * null when the clause goes on with a colon, a quote or أنّ before any subject (the verb has none).
 */
export function subjectStart(text: string, tokens: TextToken[], verb: number, spans: Array<[number, number]>): number | null {
  const skipTo = (i: number) => {
    // past a quoted name right after the adjunct (لـ«عكاظ»، لقناة «سكاي نيوز») and the ال words after it
    let j = i + 1;
    const quote = spans.find(([s]) => s > tokens[i]!.end && /^[\s]*[«"“‘]$/.test(text.slice(tokens[i]!.end, s)));
    // or in brackets (لـ(عكاظ)، لصحيفة (الرياض)): the name ends at the closing bracket, a few words on
    const bracket = j < tokens.length && /^\s*[(\[]\s*$/.test(text.slice(tokens[i]!.end, tokens[j]!.start)) ? text.slice(tokens[j]!.start, tokens[j]!.start + 60).search(/[)\]]/) : -1;
    if (quote) while (j < tokens.length && tokens[j]!.start < quote[1]) j++;
    else if (bracket >= 0) {
      const close = tokens[j]!.start + bracket;
      while (j < tokens.length && tokens[j]!.start < close) j++;
    } else if (tokens[i]!.norm === "ل" && j < tokens.length && /^[A-Za-z]/.test(tokens[j]!.raw)) {
      // لـ CNN، لـ BBC: the lone preposition letter governs the Latin name after it (an addressee, not the subject)
      while (j < tokens.length && /^[A-Za-z0-9]/.test(tokens[j]!.raw) && !breaksPhrase(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
    } else while (j < tokens.length && tokens[j]!.article && !isTitle(tokens[j]!) && !breaksPhrase(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j++;
    return j;
  };
  let k = verb + 1;
  for (let guard = 0; guard < 6 && k < tokens.length; guard++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (/[:؛.!?؟]/.test(gap)) return null;
    // وقال "لذلك …": the quote itself follows the verb, so the verb has no subject after it
    if (spans.some(([s, e]) => t.start >= s && t.start < e)) return null;
    const rest = t.norm.startsWith("ل") ? t.norm.slice(1) : "";
    if (t.norm === "ل" || t.norm.startsWith("لل") || ADDRESSEE_NOUNS.has(rest) || NAME_LINKS.has(rest) || BODY_NOUNS.has(rest) || NEWS_AGENCIES.has(rest)) {
      k = skipTo(k);
      continue;
    }
    if (PREPOSITIONS.has(t.norm) && tokens[k + 1] && OCCASION_NOUNS.has(bareNoun(tokens[k + 1]!.norm))) {
      k += 2;
      while (k < tokens.length && !isTitle(tokens[k]!) && !isSpeechWord(tokens[k]!) && /(?:ي|يه|ه)$/.test(tokens[k]!.norm) && !breaksPhrase(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
      continue;
    }
    // «ويذكر لنا ابن حجة»، «ويقول عنك فلان»: a preposition with a pronoun is an addressee or adjunct, the subject follows
    if (TIME_WORDS.has(t.norm) || prepositionPronoun(t.norm, t.raw)) {
      k++;
      continue;
    }
    break;
  }
  if (k >= tokens.length) return null;
  const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
  if (/[:؛.!?؟]/.test(gap)) return null;
  return k;
}

/** The speaker phrase from `from`: up to a stop word, a break in the text, أنّ or another speech word. */
export function subjectPhrase(text: string, tokens: TextToken[], from: number): TextToken[] {
  const phrase: TextToken[] = [];
  /** Where a title word's own preposition was taken into the phrase (titleObject below), or -1. */
  let object = -1;
  for (let k = from; k < tokens.length && phrase.length < MAX_PHRASE; k++) {
    const t = tokens[k]!;
    // a hyphen with no space around it joins the parts of a name (وو سي-هوا، كيم يونج-وو); with spaces it is a dash
    if (k > from && breaksPhrase(text.slice(tokens[k - 1]!.end, t.start).replace(/^-$/, "").replace(/\.(?=\s)/, (m) => (isAbbreviation(tokens[k - 1]!) ? "" : m)))) break;
    // في / لدى inside a title chain (مسؤول في وزارة الداخلية، سفير فرنسا لدى لبنان), not before an occasion
    const next = tokens[k + 1];
    const inTitle = (t.norm === "في" || t.norm === "لدي") && phrase.length > 0 && isTitle(phrase[0]!) && nameRun(phrase) === null
      && next !== undefined && !OCCASION_NOUNS.has(bareNoun(next.norm)) && !TIME_WORDS.has(next.norm) && !breaksPhrase(text.slice(t.end, next.start));
    // «والمشرف على فريق كرة القدم»، «المسؤول عن الملف»: a title word's own preposition, inside a title chain
    const titleObject = (t.norm === "علي" || t.norm === "عن") && !/ي$/.test(t.raw) && phrase.length > 1 && isTitle(phrase[0]!) && isTitle(phrase.at(-1)!) && phrase.at(-1)!.bare.startsWith("ال")
      && nameRun(phrase) === null && next !== undefined && !OCCASION_NOUNS.has(bareNoun(next.norm)) && !breaksPhrase(text.slice(t.end, next.start));
    // «عدد من الناشطين»، «أحد المسؤولين»: a quantity, then من, is one speaker phrase
    const partitive = t.norm === "من" && phrase.length === 1 && (QUANTIFIERS.has(phrase[0]!.norm) || isGroup(phrase[0]!));
    // «مصادر في المقاومة الشعبية»، «مصدر من الوزارة»: a source's qualifier, not an adjunct
    // (a definite head too when an article word or a body noun follows: «المسؤولون في الوزارة»، not «المسؤول في تصريح»)
    const sourceOf = (t.norm === "في" || t.norm === "من" || t.norm === "داخل") && phrase.length >= 1 && phrase.length <= 2 && isAnonymousHead(phrase[0]!) && (!phrase[0]!.article || (next !== undefined && (next.article || isBody(next))))
      && next !== undefined && !OCCASION_NOUNS.has(bareNoun(next.norm)) && !TIME_WORDS.has(next.norm) && !breaksPhrase(text.slice(t.end, next.start));
    // «علي لاريجاني»: the name written with ي, which normalizes to the preposition على, before a name word
    const afterLink = phrase.length > 0 && isLink(phrase.at(-1)!);
    const givenAli = t.norm === "علي" && /ي$/.test(t.raw) && (afterLink || (next !== undefined && !next.article && !PHRASE_STOPS.has(next.norm) && !breaksPhrase(text.slice(t.end, next.start))));
    // «إمام وخطيب المسجد الحرام»: إمام written with hamza below is the title (imam), never the preposition أمام
    const imam = t.norm === "امام" && t.raw.replace(/^[وف]/, "").startsWith("إ");
    // «عضو مجلس الشورى سابقا نجيب الزامل»: a time word inside a title chain that has no name yet, before more words
    if (k > from && TIME_WORDS.has(t.norm) && isTitle(phrase[0]!) && next !== undefined && !breaksPhrase(text.slice(t.end, next.start)) && !PHRASE_STOPS.has(next.norm) && nameRun(phrase) === null) continue;
    if (!inTitle && !titleObject && !partitive && !sourceOf && !givenAli && !imam && (PHRASE_STOPS.has(t.norm) || PHRASE_STOPS.has(t.bare) || (isSpeechWord(t) && !(k > from && constructNoun(text, tokens, k))) || TIME_WORDS.has(t.norm))) break;
    if (PRAISE.has(t.norm)) break; // الله تعالى، الله عز وجل
    if (EULOGY_VERBS.has(t.norm) && next?.norm === "الله") break; // فلان رضي الله عنه
    if (k > from && opensGovernedClause(text, tokens, k, isSpeechWord)) break; // مسؤول فضل عدم ذكر اسمه
    // a lone preposition letter (لـ«الشرق الأوسط»، بـ«…»): an addressee or object follows, never the name's or title's
    // (after a document noun it names the issuer: بيان لـ«الرابطة», read by quotes.ts's documentIssuer)
    if (k > from && (t.norm === "ل" || t.norm === "ب") && !DOCUMENT_NOUNS.has(phrase.at(-1)!.norm)) break;
    if (k > from && (ADVERBS.has(t.norm) || ADVERBS.has(t.bare))) break; // نتنياهو مجددا
    // a wire after the name (أبلغ الوزير فلان رويترز، لفرانس برس): the addressee or the source
    if (k > from && (NEWS_AGENCIES.has(t.norm) || (t.norm.startsWith("ل") && NEWS_AGENCIES.has(t.norm.slice(1))))) break;
    // «وشدد رئيس الوزراء اليمني بحسب سكاي نيوز»: «according to» opens the source, never a name
    if (k > from && (SOURCE_MARKERS.has(t.norm) || SOURCE_MARKERS.has(t.bare))) break;
    if (/\u064B/.test(t.raw)) break; // tanween: an adverb or a circumstantial (مؤكدا، رسميا)
    // «نبيل جاسم أحد قادة الحراك»: «one of» after a name opens an apposition
    // (the word tests first: nameRun scans the phrase, and most words are neither)
    if ((t.norm === "احد" || t.norm === "احدي") && nameRun(phrase) !== null) break;
    // «وزير التجارة فلان نظيره التونسي فلان»: a counterpart (نظيره، نظيرتها، نظراؤه) introduces another person
    if (k > from && COUNTERPART.test(t.norm)) break;
    // an addressee after the name: كريم سالم للصحافيين، لقناة …
    // (a lone family name too: وقال الفاسي لقناة «…»)
    if (t.norm.startsWith("ل") && (t.norm.startsWith("لل") || ADDRESSEE_NOUNS.has(t.norm.slice(1)) || BODY_NOUNS.has(t.norm.slice(1))) && (nameRun(phrase) !== null || (phrase.length === 1 && isFamilyName(phrase[0]!, t)))) break;
    // and after an unnamed source: مصدر في الشرطة لوكالة الصحافة الفرنسية، مسؤول في طالبان للوكالة
    if (k > from && isAnonymousHead(phrase[0]!) && addressee(t)) break;
    if (titleObject && object < 0) object = phrase.length;
    phrase.push(t);
  }
  return object < 0 ? phrase : titleObjectName(phrase, object);
}

/**
 * A phrase taken past a title word's preposition keeps it only when a name follows the object, after a
 * definite word or a rank (والمشرف على فريق الناشئين سامي الزهراني، … الدكتور مساعد الأحمد); else the
 * words after the preposition were its object alone (المشرف العام على كرة …، على تويتر، … الثقافي لسوق عكاظ).
 */
function titleObjectName(phrase: TextToken[], object: number): TextToken[] {
  const run = nameRun(phrase);
  const before = run ? phrase[run[0] - 1] : undefined;
  const rank = before !== undefined && (RANKS.has(before.norm) || RANKS.has(bareNoun(before.norm)));
  // a run opening with a genitive ل (لسوق عكاظ، لشؤون …) is the object's, not a name
  const genitive = run !== null && /^ل../.test(phrase[run[0]]!.norm);
  return run && !genitive && run[0] > object + 1 && before !== undefined && (before.article || rank) ? phrase : phrase.slice(0, object);
}

/** لوكالة، للوكالة، للصحافيين: an addressee or a wire written with ل (ADDRESSEE_NOUNS, BODY_NOUNS, NEWS_AGENCIES after it). */
function addressee(t: TextToken): boolean {
  if (!t.norm.startsWith("ل")) return false;
  const rest = t.norm.startsWith("لل") ? t.norm.slice(2) : t.norm.slice(1);
  return [rest, `ال${rest}`].some((w) => ADDRESSEE_NOUNS.has(w) || BODY_NOUNS.has(w) || NEWS_AGENCIES.has(w));
}

function isAnonymousHead(t: TextToken): boolean {
  return ANONYMOUS_HEADS.has(t.norm) || ANONYMOUS_HEADS.has(bareNoun(t.norm)) || ANONYMOUS_HEADS.has(t.bare);
}

function isAbbreviation(t: TextToken): boolean {
  return t.norm.length === 1 && RANKS.has(t.norm);
}

/** Heads that make a phrase not a speaker at all: a time, a pronoun, a demonstrative, a number. */
const NOT_A_SPEAKER = new Set([
  // adverbs in the accusative and ordinals, which follow a verb as often as a subject does
  "خصوصا", "عاجلا", "اخيرا", "مجددا", "رسميا", "حاليا", "تقريبا", "فعلا", "دائما", "ابدا", "جدا", "كثيرا", "قليلا", "اولا", "ثانيا", "ثالثا", "مرات", "مره", "ثاني", "ثالث", "اربع", "ثلاث",
  // vocatives and terms of address (ولعلك تذكر أخي القارئ، أيها السادة): the one addressed, never the speaker
  "اخي", "اختي", "عزيزي", "عزيزتي", "ايها", "ايتها",
  "اسمه", "اسمها", "هويته", "هويتها", "الاول", "اول", "بالقول", "شهر", "عام", "اسبوع", "يوم", "سنه", "ساعه", "ايام", "انا", "نحن", "هو", "هي", "هم", "تلك", "هذه", "هذا", "ذلك", "هؤلاء", "اولئك", "صلي", "كل", "بعد", "غير"]);

/** Whether a parsed phrase can be a speaker: not a time, pronoun or number, nor a run of function words. */
export function plausible(phrase: TextToken[]): boolean {
  const head = phrase[0];
  if (!head) return false;
  return !NOT_A_SPEAKER.has(bareNoun(head.norm)) && !NOT_A_SPEAKER.has(head.bare) && !ADVERBS.has(head.norm) && !/^\d/.test(head.norm) && !phrase.some((t) => /^\d+$/.test(t.norm));
}

/** A rank (العقيد، اللواء) or a word qualifying the rank before it (العميد ركن، الفريق أول ركن: RANK_MODIFIERS). */
function isRankAt(phrase: TextToken[], k: number): boolean {
  const t = phrase[k];
  if (!t) return false;
  if (RANKS.has(t.norm) || RANKS.has(bareNoun(t.norm))) return true;
  return RANK_MODIFIERS.has(t.norm) && k > 0 && isRankAt(phrase, k - 1);
}

/** The last run of name words in the phrase, as [start, end) token offsets, or null. */
export function nameRun(phrase: TextToken[]): [number, number] | null {
  let best: [number, number] | null = null;
  // k: t's index in the phrase (callers pass it: no indexOf scan per word)
  const isNameWord = (t: TextToken, k: number): boolean => {
    const prev = phrase[k - 1];
    // باسم is a given name unless a title stands before it (المتحدث باسم)
    if (t.norm === "باسم") return !prev || (!prev.article && !isTitle(prev));
    // لكرة القدم، لشؤون الحج: a preposition before a genitive, not a name
    if (/^ل/.test(t.norm) && phrase[k + 1]?.article) return false;
    // العميد ركن أحمد: the rank's qualifier, not the name's first word
    if (RANK_MODIFIERS.has(t.norm) && isRankAt(phrase, k)) return false;
    return isNameWordAlone(t);
  };
  let k = 0;
  while (k < phrase.length) {
    const starts = isNameWord(phrase[k]!, k) || (isLink(phrase[k]!) && phrase[k + 1] !== undefined);
    const prev = phrase[k - 1];
    // a word right after an indefinite title or body noun is its genitive: مدير أرامكو، وزير خارجية إيران
    // مركز الملك فهد، مدينة الأمير سلطان: a rank right after a body noun names the body's eponym, not the speaker
    // (the body noun in construct, without ال: after «وزارة الداخلية» a rank opens the speaker's name)
    const eponym = prev !== undefined && RANKS.has(bareNoun(prev.norm)) && phrase[k - 2] !== undefined && isBody(phrase[k - 2]!) && !phrase[k - 2]!.article;
    // سفير السعودية في مصر أحمد قطان: the word after a title's preposition is its object, not a name's start
    // «مديره رامي عبد الرحمن» (its director): a title with a pronoun suffix is definite, no genitive follows
    // (written ه, where the feminine مديرة ends in ة; both normalize to مديره)
    const genitive = prev !== undefined && !pronounSuffixed(prev) && ((!prev.article && (isBody(prev) || isPrepositionalNoun(prev) || ((TITLE_WORDS.has(prev.norm) || TITLE_WORDS.has(prev.bare)) && !RANKS.has(prev.norm)))) || eponym || isTitlePreposition(prev));
    // إي إم سي: a Latin letter's name after another goes on with the acronym (a genitive's: لشركة إي إم سي)
    const acronym = prev !== undefined && LETTER_NAMES.has(prev.norm) && LETTER_NAMES.has(phrase[k]!.norm);
    if (!starts || acronym || (genitive && !isLink(phrase[k]!))) {
      k++;
      continue;
    }
    let end = k;
    let words = 0;
    while (end < phrase.length && words < MAX_NAME_WORDS) {
      const t = phrase[end]!;
      const afterLink = end > k && isLink(phrase[end - 1]!);
      if (isNameWord(t, end) || isLink(t) || afterLink || (end > k && isFamilyName(t, phrase[end + 1]) && !isLink(t)) || bareTitleAsFamily(phrase, end, k)) {
        words++;
        end++;
        if (t.article && !afterLink && !(COMPOUND_SECONDS.has(t.norm) && phrase[end] !== undefined && isNameWord(phrase[end]!, end))) {
          // at most two family names with ال in a row, after any given names: محمد العلي الحمد، محمد خالد
          // الحمد الصباح، معيض بن سلطان المسيلي الحارثي; a definite link takes its second word (العبد اللطيف)
          let family = 1;
          const linked = () => DEFINITE_LINKS.has(phrase[end - 1]!.norm) && phrase[end] !== undefined && (phrase[end]!.article || isNameWord(phrase[end]!, end));
          if (linked()) (words++, end++);
          while (end < phrase.length && isFamilyName(phrase[end]!, phrase[end + 1]) && family < MAX_FAMILY_NAMES && end - k < MAX_NAME_WORDS) {
            (family++, words++, end++);
            if (linked()) (words++, end++);
          }
          break;
        }
      } else break;
    }
    while (end > k && isLink(phrase[end - 1]!)) end--;
    // a name holds a name word, or is a compound of a link and what it joins (عبد الله، أبو مازن)
    const run = phrase.slice(k, end);
    if (run.some((t, j) => isNameWord(t, k + j)) || (run.length >= 2 && isLink(run[0]!))) best = [k, end];
    k = Math.max(end, k + 1);
  }
  return best;
}

/**
 * A title or rank word without the article that closes the phrase right after a name word is the
 * family name (أيمن فؤاد سيد): a title before a name, or after it with its complement, never closes it.
 */
function bareTitleAsFamily(phrase: TextToken[], end: number, start: number): boolean {
  const t = phrase[end]!;
  const prev = phrase[end - 1];
  return end > start && end === phrase.length - 1 && !t.article && t.norm.length >= 3 && prev !== undefined && !isLink(prev) && !prev.article
    && (RANKS.has(t.norm) || TITLE_WORDS.has(t.norm)) && !ROLE_NOUNS.has(t.norm) && !HONORIFIC_PRONOUNS.has(t.norm);
}

const join = (ts: TextToken[]) => ts.map((t) => t.raw).join(" ");

/** Demonstratives (closed class, normalized): they open the verb's object, never qualify a source. */
const DEMONSTRATIVES = new Set(["هذه", "هذا", "ذلك", "تلك", "هؤلاء", "هاتين", "هذين"]);
/** «Other» after a noun (closed class, normalized): an adjective that ends the noun phrase, never in construct. */
const OTHER = new Set(["اخر", "اخري", "اخرون", "اخرين", "اخريات"]);

/**
 * An unnamed source's phrase up to the verb's object glued after it: a demonstrative («مصدر آخر هذه
 * المعلومات») or a definite word after «آخر» («مصدر عسكري آخر الحصيلة»), where no adjective can stand.
 */
function sourcePhrase(phrase: TextToken[]): TextToken[] {
  const end = phrase.findIndex((t, k) => k > 0 && (DEMONSTRATIVES.has(t.norm) || (t.article && OTHER.has(phrase[k - 1]!.norm))));
  return end > 0 ? phrase.slice(0, end) : phrase;
}

/**
 * A phrase that opens with a name, its ranks before it allowed, and goes on with an indefinite title word
 * is [rank] [name] [title after the name] («حمد بن عبد الله الشنير مدير عام تعليم الرياض»، «الشيخ يحيى مقيت
 * رئيس تحالف قبائل كتاف»): the name is the opening run, not a later run of the title's genitives (تعليم
 * الرياض، قبائل كتاف). Null when the phrase does not open so.
 */
function leadingName(phrase: TextToken[]): [number, number] | null {
  for (let j = 1; j < phrase.length - 1; j++) {
    const t = phrase[j]!;
    if (t.article || !TITLE_WORDS.has(t.norm)) continue;
    const run = nameRun(phrase.slice(0, j));
    return run && run[1] === j && leadingRanks(phrase, run[0]) ? run : null;
  }
  return null;
}
/**
 * Whether the phrase's first `n` words are ranks (none at all included): الشيخ، الدكتور، العميد ركن، د. A rank
 * opening the phrase has the article or is an abbreviation: an indefinite one is a title in construct (شيخ
 * شمل قبائل …: the tribe's chief), not a rank before a name.
 */
function leadingRanks(phrase: TextToken[], n: number): boolean {
  if (n > 0 && !phrase[0]!.article && !isAbbreviation(phrase[0]!)) return false;
  for (let k = 0; k < n; k++) if (!isRankAt(phrase, k)) return false;
  return true;
}

/** The speaker a phrase names: a person (title and name), a role to resolve in the article, or a body. */
export function parsePhrase(phrase: TextToken[]): ParsedSpeaker {
  if (phrase.length === 0 || HONORIFIC_PRONOUNS.has(phrase[0]!.norm) || !plausible(phrase)) return { type: "previous" };
  // حلفاء نتنياهو، أنصار الرئيس فلان، عدد من الناشطين: the group speaks, an unnamed speaker of its article
  if (isGroup(phrase[0]!) || (QUANTIFIERS.has(phrase[0]!.norm) && phrase[1]?.norm === "من")) return { type: "named", name: join(phrase), title: null, person: false, anonymous: true };
  const run = leadingName(phrase) ?? nameRun(phrase);
  // بلدية روضة هباس، مركز أسرى فلسطين للدراسات: a phrase headed by a body noun with no title before the
  // words is the body's name, whatever its words look like
  const bodyHead = isBody(phrase[0]!) && !isTitle(phrase[0]!) && !phrase.some((t) => isTitle(t) || isLink(t));
  if (run && !bodyHead) {
    const [s, e] = run;
    const before = phrase.slice(0, s);
    const after = phrase.slice(e);
    // ranks right before the name are the name's (العقيد وائل الشمري), not the end of the office
    let titleEnd = before.length;
    while (titleEnd > 1 && isRankAt(before, titleEnd - 1)) titleEnd--;
    const titleAfter = after.length && (after[0]!.article || isTitle(after[0]!)) ? join(after) : null;
    // ranks alone before the name and the office after it (الشيخ يحيى مقيت رئيس تحالف …): the title is both,
    // so that a later «الشيخ» or «رئيس التحالف» finds him (role-coref.ts reads the title's words)
    const ranksOnly = before.length > 0 && leadingRanks(phrase, before.length) && titleAfter !== null;
    const title = ranksOnly ? `${join(before)} ${titleAfter}` : before.length ? join(before.slice(0, titleEnd)) : titleAfter;
    const anonymous = ANONYMOUS_HEADS.has(phrase[0]!.norm) || ANONYMOUS_HEADS.has(bareNoun(phrase[0]!.norm));
    if (anonymous) return { type: "named", name: join(sourcePhrase(phrase)), title: null, person: false, anonymous: true };
    // the ranks between the office and the name (خادم الحرمين الشريفين الملك سلمان): the name's, kept as «الملك سلمان»
    const rank = before.length && titleEnd < before.length ? join(before.slice(titleEnd)) : undefined;
    return { type: "named", name: join(phrase.slice(s, e)), title, person: true, ...(rank ? { rank } : {}) };
  }
  const head = phrase.find((t) => !RANKS.has(t.norm) && !RANKS.has(bareNoun(t.norm))) ?? phrase[0]!;
  if (ANONYMOUS_HEADS.has(head.norm) || ANONYMOUS_HEADS.has(bareNoun(head.norm)) || QUANTIFIERS.has(head.norm)) {
    // المصدر، المسؤول: the unnamed source the article introduced before (resolved in the article)
    return { type: "named", name: join(sourcePhrase(phrase)), title: null, person: false, anonymous: true };
  }
  if (isTitle(head) && !isBody(head)) return { type: "role", role: bareNoun(head.norm), text: join(phrase) };
  return { type: "named", name: join(phrase), title: null, person: false };
}
