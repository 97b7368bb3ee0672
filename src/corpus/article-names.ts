/**
 * Names the article writes outside the speaker phrase: the full name and title a family name has
 * elsewhere (fullNameIn), and the person named earlier with a role (roleHolderIn).
 */
import { nameKey } from "../analysis";
import { BODY_NOUNS, TITLE_WORDS } from "./lexicon";
import { parsePhrase, subjectPhrase } from "./speaker-phrase";
import type { ArticleSites } from "./article-sites";
import { breaksPhrase, type TextToken } from "./text-tokens";
import { isFunctionWord } from "./subject-check";
import { isSpeechVerb } from "./speech-verb";
import { attributionWork } from "./attribution-work";

/** The last word of a name, as a name key (what a family name alone matches). */
export function lastWordKey(name: string): string {
  const key = nameKey(name);
  return key.slice(key.lastIndexOf(" ") + 1); // split(" ").at(-1) without the array (asked per event)
}

/** Pronouns that introduce the names of a list or an apposition (closed class): «هما محمد فلان وسليم فلان». */
const INTRODUCING = new Set(["هما", "هم", "هو", "هي", "وهما", "وهم", "وهو", "وهي", "منهم", "ومنهم", "بينهم", "وبينهم"]);

/**
 * The full name and title a family name has elsewhere in the article: «الرئيس الفرنسي إيمانويل ماكرون».
 * A first name with no title before it is taken only after a comma or a pronoun that introduces names
 * (INTRODUCING) and when `trusted` takes the two words as a name («هما محمد فلان»، «…، ياسر فلان»; not
 * «فاز فلان»، «ارتداء فلان»); without them such a sighting is too weak. (After a title the name is taken
 * as before: requiring `trusted` there too lost «الزعيم المعارض الروسي أليكسي نافالني», whose first name
 * has ال.)
 */
export function fullNameIn(sites: ArticleSites, family: string, trusted?: (name: string) => boolean): { name: string; title: string | null } | null {
  const key = lastWordKey(family);
  attributionWork.compared += sites.withKey(key).length; // at most: the first full name ends the scan
  for (const { p, i } of sites.withKey(key)) {
    const text = sites.paragraphs[p]!;
    const tokens = sites.tokens(p);
    if (i < 1) continue;
    const first = tokens[i - 1]!;
    if (breaksPhrase(text.slice(first.end, tokens[i]!.start)) || first.article || TITLE_WORDS.has(first.norm) || isFunctionWord(first.norm) || isSpeechVerb(first.norm)) continue;
    let t = i - 2;
    const titleWord = (x: (typeof tokens)[number]) => (x.article || TITLE_WORDS.has(x.norm)) && !/^(لدي|باسم)$/.test(x.norm);
    while (t >= 0 && i - 2 - t < 3 && titleWord(tokens[t]!) && !breaksPhrase(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) t--;
    // no title before the first name: too weak to trust, unless `trusted` takes the name
    const name = `${first.raw} ${tokens[i]!.raw}`;
    if (t === i - 2) {
      // only where a name is introduced: after a comma (an apposition) or a pronoun of a list (هما، وهو …)
      const gap = i >= 2 ? text.slice(tokens[i - 2]!.end, first.start) : "";
      if (!/[،,]/.test(gap) && !(i >= 2 && !breaksPhrase(gap) && INTRODUCING.has(tokens[i - 2]!.norm))) continue;
      // a word with و/ف opens the next clause («، ويشرف فلان»), never an apposition's first name
      if (first.bare !== first.norm || !trusted?.(name)) continue;
    }
    // «للسويسري سيب بلاتر»: a word with the preposition لـ on the article introduces the name, but it and the
    // words before it are a preposition phrase, not the person's title
    let from = t + 1;
    for (let k = t + 1; k < i - 1; k++) if (/^لل/.test(tokens[k]!.norm)) from = k + 1;
    const title = tokens.slice(from, i - 1).map((x) => x.raw).join(" ");
    return { name, title };
  }
  return null;
}

/** The title that starts at a role word: «سفير فرنسا لدى لبنان» (one place after لدى، في، باسم). */
function titleFrom(text: string, tokens: TextToken[], i: number): string {
  const out = [tokens[i]!];
  for (let k = i + 1; k < tokens.length && out.length < 5; k++) {
    if (breaksPhrase(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) break;
    const prev = tokens[k - 1]!.norm;
    if (/^(لدي|في|باسم)$/.test(prev)) {
      out.push(tokens[k]!);
      break;
    }
    if (!/^(لدي|في|باسم)$/.test(tokens[k]!.norm) && out.length > 1) break;
    out.push(tokens[k]!);
  }
  return out.map((t) => t.raw).join(" ");
}

/** Someone named earlier in the article with a role: «فريد نجار، سفير لبنان لدى باريس». */
export function roleHolderIn(sites: ArticleSites, from: number, to: number, role: string): { name: string; title: string } | null {
  // the sites in paragraphs from..to, latest paragraph first, in reading order within a paragraph
  // the role word also with a conjunction: «…، ومدير مطار الجوف عبدالمحسن المضيان» in a list of names
  const inRange = [...sites.withNormBetween(role, from, to), ...sites.withNormBetween(`و${role}`, from, to)].sort((a, b) => b.p - a.p || a.i - b.i);
  attributionWork.compared += inRange.length; // at most
  for (const { p, i } of inRange) {
    const text = sites.paragraphs[p]!;
    const tokens = sites.tokens(p);
    // apposition: the two words before a comma right before the role word (not «خالد سعيد، ومدير …»: a new item)
    if (i >= 2 && tokens[i]!.norm === role && /[،,]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
      const before = tokens.slice(i - 2, i);
      if (before.every((t) => !t.article && !TITLE_WORDS.has(t.norm))) {
        return { name: before.map((t) => t.raw).join(" "), title: titleFrom(text, tokens, i) };
      }
    }
    // a title followed by the name: سفير موسكو فلان الفلاني
    const split = parsePhrase(subjectPhrase(text, tokens, i));
    if (split.type === "named" && split.person && split.title && split.name.split(" ").length === 2) return { name: split.name, title: split.title };
  }
  return null;
}

/** Most words between a body noun and the short name in marks after it (شركة بترول الإمارات الوطنية "إينوك"). */
const MAX_BODY_WORDS = 6;

/**
 * The body a short name stands for, when the article writes that name in quotation marks or brackets
 * right after the body's full name: «شركة بترول الإمارات الوطنية "إينوك"»، «هيئة السوق المالية (كابيتال)»:
 * the full name from its body noun (BODY_NOUNS, without ال) to the mark, two words at least. Null when the article
 * never introduces the name so (the name stays as written).
 */
export function bodyNamedAs(sites: ArticleSites, name: string): string | null {
  const words = nameKey(name).split(" ");
  if (words.length > 2) return null;
  for (const { p, i } of sites.withKey(words[0]!)) {
    const text = sites.paragraphs[p]!;
    const tokens = sites.tokens(p);
    const keys = sites.keys(p);
    if (words.length === 2 && keys[i + 1] !== words[1]) continue;
    const opening = i > 0 ? text.slice(tokens[i - 1]!.end, tokens[i]!.start) : "";
    // the body's name ends in a definite word (…الوطنية "إينوك"، …للبترول "أوبك"); after an indefinite one
    // the name is its genitive (فريق عمل «موبايلي»: Mobily's team) or a verb's object (أبلغت «عكاظ»)
    if (!/^\s*[«"“(]\s*$/.test(opening) || !tokens[i - 1]!.article) continue;
    // back from the mark to the nearest body noun, over words the text does not break
    for (let k = i - 1; k >= 0 && i - k <= MAX_BODY_WORDS; k--) {
      if (k < i - 1 && breaksPhrase(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) break;
      const head = tokens[k]!;
      // a body noun in construct (شركة بترول …) opens a proper name; with ال (الفريق الفرنسي "…") it may only describe
      if (head.article || !(BODY_NOUNS.has(head.norm) || BODY_NOUNS.has(head.bare))) continue;
      const raw = tokens.slice(k, i).map((t) => t.raw);
      if (!BODY_NOUNS.has(head.norm)) raw[0] = raw[0]!.slice(1); // وشركة: the conjunction off the head
      return raw.length >= 2 ? raw.join(" ") : null;
    }
  }
  return null;
}
