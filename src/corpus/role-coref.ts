/**
 * Role coreference within an article: a role phrase with no name («وقال المدير الفني البرتغالي»، «المدرب
 * السابق لمنتخب انجلترا»، «المسؤول الأمريكي») is the one person the article introduced before with that
 * role, title or nationality: a speaker whose titles hold it, or a person the text names with a title
 * («وزير الدفاع الأمريكي أشتون كارتر»). Taken only when exactly one person holds it (unknown beats wrong).
 * What a holder must hold (roleNeeds): the role's head word (not for a generic head: مسؤول، مصدر, whose
 * nationality is what names the person), every nationality or other nisba adjective (البرتغالي، الأمريكية:
 * ة or not and either spelling fold alike), and an indefinite head's genitive (وزير الدفاع: the office).
 * Other words (السابق، لمنتخب انجلترا) may add what the reader did not know before.
 */
import { bareNoun, foldTitleWord, nameKey, normalizeArabic } from "../analysis";
import { ANONYMOUS_HEADS, BODY_NOUNS, GENERIC_ROLES, RANKS, ROLE_NOUNS, TITLE_ADJECTIVES, TITLE_WORDS } from "./lexicon";
import { COUNTERPART, isTitle, parsePhrase, subjectPhrase } from "./speaker-phrase";
import { descriptorWords } from "./mention";
import type { ArticleSites } from "./article-sites";
import type { TextToken } from "./text-tokens";

/** A person the role may point to: the name as the article writes it, its title, and its folded title words. */
export interface RoleHolder {
  name: string;
  title: string | null;
  words: ReadonlySet<string>;
}

/** A nisba adjective (الأمريكي، البرتغالية، الفرنسيين is not one): ends in ي or ية, not a title's own adjective. */
function nisba(norm: string): boolean {
  const w = bareNoun(norm);
  return w.length >= 4 && /(?:ي|يه)$/.test(w) && !TITLE_ADJECTIVES.has(w) && !TITLE_ADJECTIVES.has(w.replace(/ه$/, "ة"));
}

/**
 * The folded words a holder of the role must hold, or null when the role names nobody in particular
 * (a generic head with no nisba: «المسؤول»). See the module comment.
 */
export function roleNeeds(role: string): string[] | null {
  const words = normalizeArabic(role).split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const head = words[0]!.replace(/^[وف](?=ال)/, "");
  const headBare = bareNoun(head);
  const generic = GENERIC_ROLES.has(headBare) || ANONYMOUS_HEADS.has(headBare);
  const needs = new Set<string>();
  if (!generic) needs.add(foldTitleWord(head));
  const next = words[1];
  // وزير الدفاع، مدير الشرطة: an indefinite head's genitive is the office
  if (!generic && next && headBare === head && next.startsWith("ال") && !TITLE_ADJECTIVES.has(bareNoun(next))) needs.add(foldTitleWord(next));
  for (const w of words.slice(1)) if (w.startsWith("ال") && nisba(w)) needs.add(foldTitleWord(w));
  if (generic && needs.size === 0) return null;
  return [...needs].filter((w) => w.length > 1);
}

/** Whether folded title words hold every word a role needs (a role that names nobody in particular: false). */
export function holdsRole(role: string, words: Iterable<string>): boolean {
  const needs = roleNeeds(role);
  const held = new Set(words);
  return needs !== null && needs.length > 0 && needs.every((w) => held.has(w));
}

/** The last word of a name's key: a speaker «مكلارين» and the text's «ستيف مكلارين» are one person. */
const family = (name: string) => nameKey(name).split(" ").at(-1)!;

/**
 * The one holder (people with the same family name are one) whose words hold every word the role
 * needs; the first such holder given, or null when none or two different people do.
 */
export function roleReferent<H extends RoleHolder>(role: string, holders: Iterable<H>): H | null {
  let found: H | null = null;
  for (const h of holders) {
    if (!holdsRole(role, h.words)) continue;
    if (found && family(found.name) !== family(h.name)) return null;
    found ??= h;
  }
  return found;
}

/** Heads of one unnamed source or official (closed class: the singular heads of ANONYMOUS_HEADS). */
const ONE_SOURCE = new Set(["مصدر", "مسؤول"]);

/**
 * «وأضاف المسؤول الذي فضل عدم الإفصاح عن اسمه» after «مصدر في الوزارة»: a bare definite head of one
 * unnamed source (المسؤول، المصدر) is the one qualified unnamed source the article quoted before (given
 * in order, `anonymous` true); null when the name says more than its head, or there is none or several.
 */
export function unnamedReferent<M extends { name: string; anonymous?: boolean }>(name: string, speakers: Iterable<M>): M | null {
  const words = normalizeArabic(name).split(/\s+/);
  if (words.length !== 1 || !/^[وف]?ال/.test(words[0]!) || !ONE_SOURCE.has(bareNoun(words[0]!.replace(/^[وف](?=ال)/, "")))) return null;
  let found: M | null = null;
  for (const m of speakers) {
    const own = normalizeArabic(m.name).split(/\s+/);
    if (!m.anonymous || own.length < 2 || !ONE_SOURCE.has(bareNoun(own[0]!))) continue;
    if (found && nameKey(found.name) !== nameKey(m.name)) return null;
    found = m;
  }
  return found;
}

/** Words a title chain holds besides definite words: in a title, a preposition of the chain (في، لدى، باسم). */
const CHAIN_WORDS = new Set(["في", "لدي", "باسم", "عن", "علي"]);

/**
 * Whether every word of a title is a definite word, a title, rank, role or body noun, or a preposition of
 * the chain: «وزير الخارجية الأمريكي توماس هيلمان نظيره المكسيكي» (another name inside) is no title.
 */
function titleOnly(title: string): boolean {
  return normalizeArabic(title).split(/\s+/).every((w) => {
    const bare = bareNoun(w.replace(/^[وف](?=...)/, ""));
    return /^(?:[وفبكل]?ال|لل)/.test(w) || CHAIN_WORDS.has(w) || [TITLE_WORDS, RANKS, ROLE_NOUNS, BODY_NOUNS].some((set) => set.has(bare) || set.has(w));
  });
}

/**
 * The people paragraph p names with a title before their name (a title chain, then a name of two
 * words or more: «المدرب البرتغالي جوسيه مورينيو»), each with the offset of its title.
 */
export function titledPeople(sites: ArticleSites, p: number): Array<RoleHolder & { pos: number }> {
  const text = sites.paragraphs[p]!;
  const tokens = sites.tokens(p);
  const out: Array<RoleHolder & { pos: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const counterpart = out.length ? counterpartOf(text, tokens, i, out.at(-1)!) : null;
    if (counterpart) out.push(counterpart);
    // a title that opens a chain: the word before it is not itself a title of the same chain
    if (!isTitle(tokens[i]!) || (i > 0 && isTitle(tokens[i - 1]!))) continue;
    const parsed = parsePhrase(subjectPhrase(text, tokens, i));
    if (parsed.type !== "named" || !parsed.person || !parsed.title || parsed.anonymous || !parsed.name.includes(" ") || !titleOnly(parsed.title)) continue;
    out.push({ name: parsed.name, title: parsed.title, words: new Set(descriptorWords(parsed.title)), pos: tokens[i]!.start });
  }
  return out;
}

/**
 * «وزير التجارة فلان نظيره التونسي كمال الهادي»: after a titled person, a counterpart (COUNTERPART) with its
 * nisba adjectives and a name of two words or more is another holder of the same title, of that nationality
 * («وزير التجارة التونسي»), or null.
 */
function counterpartOf(text: string, tokens: TextToken[], i: number, before: RoleHolder & { pos: number }): (RoleHolder & { pos: number }) | null {
  if (!COUNTERPART.test(tokens[i]!.norm) || !before.title) return null;
  const phrase = subjectPhrase(text, tokens, i + 1);
  let k = 0;
  while (k < phrase.length && phrase[k]!.article && nisba(phrase[k]!.norm)) k++;
  const name = phrase.slice(k);
  if (k === 0 || name.length < 2 || name[0]!.article || name.some((t) => isTitle(t))) return null;
  const title = `${before.title} ${phrase.slice(0, k).map((t) => t.raw).join(" ")}`;
  return { name: name.map((t) => t.raw).join(" "), title, words: new Set(descriptorWords(title)), pos: tokens[i]!.start };
}
