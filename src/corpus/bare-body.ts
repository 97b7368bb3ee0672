/**
 * Bare definite bodies, the generalisation of bare-source.ts to bodies: «وأوضحت اللجنة»، «وأضافت
 * الوزارة»، «وقالت الدراسة» point back to the body the article named before with that head, as a
 * speaker or only mentioned (لجنة متابعة أسعار الوقود، وزارة الصحة، دراسة أعدها مركز الخليج …). Before,
 * such a subject was either a speaker named «اللجنة» (which no question finds) or, refused by the
 * speaker model, a verb with no subject that the antecedent model rarely gave a speaker. When the
 * article named no body with that head, the subject stays as it was (the model's call).
 */
import { bareNoun, normalizeArabic } from "../analysis";
import { BODY_NOUNS } from "./lexicon";
import { parsePhrase, subjectPhrase } from "./speaker-phrase";
import { breaksPhrase, textTokens, type TextToken } from "./text-tokens";
import type { ArticleSites } from "./article-sites";
import type { WordStats } from "./word-stats";

/**
 * Studies, surveys and research that speak for whoever made them (الدراسة after «دراسة أعدها مركز …»):
 * closed class of document nouns that are not in DOCUMENT_NOUNS (بيان، تقرير have their own path in quotes.ts).
 */
const STUDY_HEADS = new Set(["دراسة", "استطلاع", "بحث", "إحصائية"].map(normalizeArabic));

/** Verbs and participles between a study and its maker (دراسة أعدها مركز، أجراها، صادرة عن جامعة): closed class. */
const MADE_BY = new Set(
  ["أعدها", "اعدها", "أجراها", "اجراها", "أصدرها", "اصدرها", "نشرها", "صادرة", "الصادرة", "صادر", "عن", "من", "ل"].map(normalizeArabic),
);

/**
 * Words read after a body's head (its adjectives, the verb naming a study's maker, the maker's phrase of
 * at most MAX_PHRASE words): the text beyond them is never tokenized.
 */
const BODY_WINDOW = 48;

/** One-letter prefixes a body's head may carry where the article names it (بوزارة الصحة، ولجنة، لشرطة). */
const PREFIXES = ["", "و", "ف", "ب", "ل", "ك"];
/**
 * The article and its prefixed forms, for a body the article named with a definite head and adjectives
 * (اللجنة السعودية للرقابة على المنشطات): taken only when the speaker parser reads the words as a body.
 */
const DEFINITE_PREFIXES = ["ال", "وال", "فال", "بال"];

/** The indefinite head (لجنه، وزاره، دراسه) of a subject that is a bare definite body or study (اللجنة، والوزارة), or null. */
export function bareBodyHead(name: string): string | null {
  const words = normalizeArabic(name).trim().split(/\s+/);
  if (words.length !== 1 || !/^[وف]?ال/.test(words[0]!)) return null;
  const head = bareNoun(words[0]!);
  return BODY_NOUNS.has(head) || STUDY_HEADS.has(head) ? head : null;
}

/**
 * The body with head `head` the article named last before paragraph `p` (or earlier in it, before
 * `start`), as written (لجنة الانتخابات المركزية); for a study, its maker when the article names one
 * (دراسة أعدها مركز الخليج للدراسات → مركز الخليج للدراسات …), else the study as written (دراسة حديثة).
 * Null when the article named none (a bare «الوزارة» with no ministry before).
 */
export function namedBodyBefore(sites: ArticleSites, head: string, p: number, start: number, stats?: WordStats): string | null {
  // a body named with an indefinite head first (وزارة الصحة); only when there is none, one named with a
  // definite head and its adjectives (اللجنة السعودية للرقابة …)
  return namedWith(sites, head, p, start, PREFIXES, stats) ?? namedWith(sites, head, p, start, DEFINITE_PREFIXES, stats);
}

/** namedBodyBefore over the namings of the head with one of `prefixes`. */
function namedWith(sites: ArticleSites, head: string, p: number, start: number, prefixes: readonly string[], stats?: WordStats): string | null {
  const candidates: Array<{ p: number; i: number; prefix: string }> = [];
  for (const prefix of prefixes) {
    for (const site of sites.withNormBetween(prefix + head, 0, p)) {
      if (site.p === p && sites.tokens(site.p)[site.i]!.start >= start) continue;
      candidates.push({ p: site.p, i: site.i, prefix });
    }
  }
  // latest first: the first that names a body is the one the article named last, and the earlier
  // namings are never read (each costs a tokenization of the words after it)
  candidates.sort((a, b) => b.p - a.p || b.i - a.i);
  for (const c of candidates) {
    const tokens = sites.tokens(c.p);
    const text = sites.paragraphs[c.p]!;
    const end = tokens[c.i + BODY_WINDOW]?.start ?? text.length;
    const definite = DEFINITE_PREFIXES.includes(c.prefix);
    // the head keeps its article (اللجنة السعودية …): the prefix before it (و، ف، ب) goes
    const from = tokens[c.i]!.start + (definite ? c.prefix.length - 2 : c.prefix.length);
    const name = definite ? definiteBody(text.slice(from, end)) : bodyAt(text.slice(from, end), STUDY_HEADS.has(head));
    if (name && !definite && stats && !STUDY_HEADS.has(head) && indefiniteBody(stats, name)) continue;
    if (name) return withShortName(text, from, stats ? bodyEnd(stats, name) : name);
  }
  return null;
}

/** An indefinite nisba adjective's form, normalized (سعودي، سعودية). */
const NISBA_FORM = /^(?!ال|لل).+(?:ي|يه)$/;
/** «Other» (closed class, normalized): always an adjective after a noun, whatever the counts. */
const OTHER = new Set(["اخر", "اخري"]);
/** Most words of a quoted short name after a body's name (ستاندرد آند بورز has three); one word is the body's short form (bodyNamedAs). */
const MAX_SHORT_NAME = 3;
/**
 * The body's name with the short name the article writes in quotation marks right after it (وكالة التصنيف
 * الائتماني «ستاندرد آند بورز»، شركة الاستشارات العالمية الخاصة «ريبوتيشن انستيتيوت»), when its last word is
 * definite (a genitive's name after an indefinite word is the object's: فريق عمل «موبايلي»).
 */
function withShortName(text: string, from: number, name: string): string {
  if (!text.startsWith(name, from) || !/^ال/.test(normalizeArabic(name.split(" ").at(-1)!))) return name;
  const quoted = /^\s*[«"“]([^«»"“”]{1,40})[»"”]/.exec(text.slice(from + name.length));
  const short = quoted?.[1]!.trim();
  const n = short?.split(/\s+/).length ?? 0;
  return short && n >= 2 && n <= MAX_SHORT_NAME ? `${name} ${short}` : name;
}

/** Least share of a bare word's count its form with ال needs for the word to be a common adjective. */
const ADJECTIVE_SHARE = 0.2;
/** Least occurrences of the form with ال for that. */
const MIN_ADJECTIVE_EVIDENCE = 5;

/**
 * A body mention that names no body: the head with an indefinite adjective and nothing definite after it
 * («أي جامعة أخرى معترف بها»، «جامعة سعودية»): a university, not the one that speaks. The adjective is a
 * nisba or «other» the corpus has with ال at least a fifth as often (أخرى: الأخرى; not دبي, which names the
 * body); a noun in construct (لجنة متابعة أسعار الوقود) is no adjective, and a definite word after the
 * adjective makes it a name (الجامعة السعودية الإلكترونية is written with ال).
 */
function indefiniteBody(stats: WordStats, name: string): boolean {
  const [, second, third] = normalizeArabic(name).split(/\s+/);
  if (!second || third?.startsWith("ال")) return false;
  if (OTHER.has(second)) return true;
  if (!NISBA_FORM.test(second)) return false;
  const withAl = stats.count.get(`ال${second}`) ?? 0;
  return withAl >= MIN_ADJECTIVE_EVIDENCE && withAl >= ADJECTIVE_SHARE * (stats.count.get(second) ?? 0);
}

/**
 * The body's name up to a common bare word after a definite one, where the clause goes on («شرطة مكافحة
 * الشغب تفريق متظاهرين …» is شرطة مكافحة الشغب): a bare word there is the verb's object, not the body's
 * genitive, when the corpus has it with ال (as indefiniteBody's adjectives); a name after a definite
 * word (مدينة الملك عبدالله) the corpus has without ال and stays.
 */
function bodyEnd(stats: WordStats, name: string): string {
  const raw = name.split(/\s+/);
  const words = raw.map(normalizeArabic);
  for (let k = 2; k < words.length; k++) {
    if (!words[k - 1]!.startsWith("ال") || /^(?:ال|لل|[لبو])/.test(words[k]!)) continue;
    const withAl = stats.count.get(`ال${words[k]}`) ?? 0;
    if (withAl >= MIN_ADJECTIVE_EVIDENCE && withAl >= ADJECTIVE_SHARE * (stats.count.get(words[k]!) ?? 0)) return raw.slice(0, k).join(" ");
  }
  return name;
}

/** The body named by the text from its head noun on: two words or more, never a person; a study's maker first. */
function bodyAt(text: string, study: boolean): string | null {
  const tokens = textTokens(text);
  if (study) {
    let k = 1;
    // adjectives of the study (طبية حديثة) then the verb or participle that names its maker
    while (k < tokens.length && k < 4 && !MADE_BY.has(tokens[k]!.norm)) k++;
    if (k < tokens.length && MADE_BY.has(tokens[k]!.norm)) {
      while (k < tokens.length && MADE_BY.has(tokens[k]!.norm)) k++;
      const maker = k < tokens.length && BODY_NOUNS.has(tokens[k]!.norm) ? bodyFrom(text, tokens, k) : null;
      return maker?.includes(" ") ? maker : null;
    }
    // no maker: the study and its adjectives, as written (دراسة بريطانية جديدة), which agree with it (ة or nisba ي)
    let end = 1;
    while (end < tokens.length && end < 4 && /[هي]$/.test(tokens[end]!.norm) && !breaksPhrase(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
    return end > 1 ? text.slice(0, tokens[end - 1]!.end) : null;
  }
  const name = bodyFrom(text, tokens, 0);
  return name?.includes(" ") ? name : null;
}

/**
 * The body the speaker parser reads at the start of the text (a definite head), when it has two words or
 * more, every word after the head is definite, and the first of them is an adjective of the head (a nisba
 * or feminine ending: السعودية، الوطني، الأعلى) or a genitive with لل (للرقابة): «الشركة تراجع الأرباح»،
 * «الصحيفة السلطات»، «الشركة المسجلين» are a head and the clause after it.
 */
function definiteBody(text: string): string | null {
  const tokens = textTokens(text);
  const parsed = parsePhrase(subjectPhrase(text, tokens, 0));
  if (parsed.type !== "named" || parsed.person || parsed.anonymous) return null;
  const words = normalizeArabic(parsed.name).split(/\s+/);
  if (words.length < 2 || !words.slice(1).every((w) => /^(?:ال|لل)/.test(w))) return null;
  return /^لل|^ال.+[هي]$/.test(words[1]!) ? parsed.name : null;
}

/**
 * The body phrase from token k (a body noun): as the speaker parser reads it when it reads a body, else
 * the noun and its definite genitives (مركز الخليج للدراسات الاستراتيجية, before a number the parser refuses).
 */
function bodyFrom(text: string, tokens: TextToken[], k: number): string | null {
  const parsed = parsePhrase(subjectPhrase(text, tokens, k));
  if (parsed.type === "named" && !parsed.person) return parsed.name;
  if (parsed.type === "named") return null;
  let end = k + 1;
  while (end < tokens.length && end < k + 5 && /^(?:ال|لل)/.test(tokens[end]!.norm) && !breaksPhrase(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) end++;
  return text.slice(tokens[k]!.start, tokens[end - 1]!.end);
}
