/**
 * The speakers of one article, made on first sight and found again under any form the article uses:
 * the same name key, a family name alone, a first name alone (the one full name starting with it), a
 * body or source named by its head noun alone (الوزارة، المصدر), a role phrase (the person whose
 * titles hold every word of it).
 */
import { foldTitleWord, nameKey, normalizeArabic } from "../analysis";
import { ANONYMOUS_HEADS, BODY_NOUNS, GROUP_NOUNS, RANKS, ROLE_NOUNS, TITLE_WORDS } from "./lexicon";
import { bareNoun } from "./speaker-phrase";
import type { ArticleSites } from "./article-sites";
import { breaksPhrase } from "./text-tokens";
import { bodyNamedAs, fullNameIn } from "./article-names";
import { descriptorWords, type Mention } from "./mention";
import { attributionWork } from "./attribution-work";

/** Most distinct speakers one article may have; a name past it is left unattributed (bounds the work per text). */
export const MAX_SPEAKERS_PER_ARTICLE = 200;

/** s.split(" ").length, without the array: interning counts the words of every name it sees. */
function wordCount(s: string): number {
  let n = 1;
  for (let i = s.indexOf(" "); i >= 0; i = s.indexOf(" ", i + 1)) n++;
  return n;
}

const head = (name: string) => foldTitleWord(name.split(/\s+/)[0]!);

export class ArticleSpeakers {
  /** Every speaker, in the order first met. */
  readonly mentions: Mention[] = [];
  /** nameKey -> mention, and a person's family-name key -> mentions: interning is a map lookup, not a scan. */
  readonly byKey = new Map<string, Mention>();
  readonly byFamily = new Map<string, Mention[]>();
  /** Each strict word-prefix of a name's key -> the mentions with that prefix (first names joining full names). */
  private readonly byPrefix = new Map<string, Set<Mention>>();

  /** `trustedName`: whether a two-word name found with no title before it is a name (fullNameIn). */
  constructor(private readonly sites: ArticleSites, private readonly trustedName?: (name: string) => boolean) {}

  /** The same speakers as a set: `has` is a lookup, not a scan of `mentions`. */
  private readonly known = new Set<Mention>();

  /** Whether the mention is already one of the article's speakers. */
  has(m: Mention): boolean {
    return this.known.has(m);
  }

  /** The article's speaker for a name, made on first sight; null once MAX_SPEAKERS_PER_ARTICLE are known. */
  intern(name: string, title: string | null, person: boolean, anonymous = false): Mention | null {
    attributionWork.interned++;
    // «إينوك» after «شركة بترول الإمارات الوطنية "إينوك"» (also unquoted, read as a one-word name): the
    // body's full name, the short one a role of it
    const bodyName = anonymous || (person && (title !== null || wordCount(name) > 1)) ? null : bodyNamedAs(this.sites, name);
    if (bodyName && nameKey(bodyName) !== nameKey(name)) {
      const body = this.intern(bodyName, null, false);
      body?.roles.add(name);
      return body;
    }
    if (!person) {
      const before = this.antecedent(name, anonymous);
      if (before) return before;
    }
    const key = nameKey(name);
    const words = wordCount(key);
    let m = this.byKey.get(key) ?? (words === 1 ? this.byFamily.get(key)?.at(-1) : undefined);
    if (!m && words > 1) m = this.byKey.get(key.slice(key.lastIndexOf(" ") + 1)); // lastWordKey(name)
    // a first name (or compound first name) alone joins the one person whose full name starts with it
    // and a body's name of two words or more the one body whose fuller name starts with it (وكالة التصنيف
    // الائتماني after «وكالة التصنيف الائتماني ستاندرد آند بورز»)
    if (!m && ((words <= 2 && person) || (words >= 2 && !person && !anonymous))) {
      const prefixed = this.byPrefix.get(key);
      attributionWork.compared += prefixed?.size ?? 0;
      const fuller = [...(prefixed ?? [])].filter((x) => x.person === person && !x.anonymous && nameKey(x.name).startsWith(`${key} `)
        && (person || namesFurther(normalizeArabic(x.name).split(/\s+/).slice(words))));
      if (fuller.length === 1) m = fuller[0];
    }
    if (m && m.anonymous === anonymous) {
      if (wordCount(name) > wordCount(m.name) && !anonymous) {
        m.name = name;
        this.remember(m);
      }
      m.title ??= title;
      m.person ||= title !== null && person;
      this.describe(m, title);
      return m;
    }
    if (this.mentions.length >= MAX_SPEAKERS_PER_ARTICLE) return null;
    // a family name alone is the full name the article gives it (one family name, two people across the corpus)
    // (a one-word name read as no person, «وقال العواضي», too, when it is no body, title or source word)
    const full = words === 1 && !anonymous && (person || familyLike(name)) ? fullNameIn(this.sites, name, this.trustedName) : null;
    m = full
      ? { name: full.name, title: title ?? (full.title || null), person: true, roles: new Set(), descriptors: new Set() }
      : { name, title, person: person && (title !== null || words > 1), anonymous, roles: new Set(), descriptors: new Set() };
    this.describe(m, m.title);
    this.mentions.push(m);
    this.known.add(m);
    this.remember(m);
    return m;
  }

  /** Adds the folded words of a title or role to what later role phrases may match. */
  describe(m: Mention, text: string | null): void {
    for (const w of descriptorWords(text)) m.descriptors.add(w);
  }

  /** The person a role phrase points to: the latest one whose titles hold every word of it. */
  roleHolder(text: string): Mention | null {
    const words = descriptorWords(text);
    attributionWork.compared += this.mentions.length; // at most: the scan stops at the first holder
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (!m.anonymous && words.length && words.every((w) => m.descriptors.has(w))) return m;
    }
    return null;
  }

  private remember(m: Mention): void {
    const key = nameKey(m.name);
    this.byKey.set(key, m);
    const words = key.split(" ");
    if (m.person && !m.anonymous) {
      const last = words.at(-1)!; // lastWordKey(m.name)
      const family = this.byFamily.get(last);
      if (family) family.push(m);
      else this.byFamily.set(last, [m]);
    }
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(" ");
      this.byPrefix.set(prefix, (this.byPrefix.get(prefix) ?? new Set()).add(m));
    }
  }

  /** «الوزارة»، «المصدر»: a body or source named by its head noun alone is the one the article named before. */
  private antecedent(name: string, anonymous: boolean): Mention | undefined {
    if (name.includes(" ") || !/^(?:[وفبك]?ال|لل)/.test(normalizeArabic(name))) return undefined;
    const h = head(name);
    attributionWork.compared += this.mentions.length; // at most
    for (let i = this.mentions.length - 1; i >= 0; i--) {
      const m = this.mentions[i]!;
      if (!m.person && (m.anonymous ?? false) === anonymous && m.name.includes(" ") && head(m.name) === h) return m;
    }
    if (anonymous || !BODY_NOUNS.has(bareNoun(normalizeArabic(name)))) return undefined;
    // the article may have named the body without quoting it: «وزارة الصحة» in an earlier sentence
    const bare = bareNoun(normalizeArabic(name));
    attributionWork.compared += this.sites.withNorm(bare).length; // at most
    for (const { p, i } of this.sites.withNorm(bare)) {
      const text = this.sites.paragraphs[p]!;
      const tokens = this.sites.tokens(p);
      if (tokens[i + 1]?.article && !breaksPhrase(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return this.intern(`${tokens[i]!.raw} ${tokens[i + 1]!.raw}`, null, false) ?? undefined;
    }
    return undefined;
  }
}

/** Bare time nouns (closed class, normalized) the parser may glue after a body's name (المرصد … يوم). */
const TIME_NOUNS = new Set(["يوم", "امس", "صباح", "مساء", "ظهر", "غدا", "ليله", "فجر"]);
/** Most words a fuller body name adds after the shorter one it stands for. */
const MAX_FURTHER_WORDS = 3;
/**
 * Whether the words a fuller body name adds after a shorter one name the body further: a definite nisba
 * (التونسية، الأمريكي) or words without the article (ستاندارد اند بورز); not a time or
 * a word with a pronoun (المرصد السوري لحقوق الإنسان يوم، جامعة تبوك صلتها بوفاة …), which the parser glued on.
 */
function namesFurther(extra: string[]): boolean {
  return extra.length <= MAX_FURTHER_WORDS && extra.every((w) => /^ال.+(?:ي|يه)$/.test(w) || (!w.startsWith("ال") && !/(?:ها|هم|هما)$/.test(w) && !TIME_NOUNS.has(w)));
}

/** A one-word name with ال that is no body, title or unnamed-source word (العواضي, not الشرطة، الوزير، المصدر). */
function familyLike(name: string): boolean {
  const w = normalizeArabic(name);
  const bare = bareNoun(w);
  return w.startsWith("ال") && ![BODY_NOUNS, TITLE_WORDS, ROLE_NOUNS, RANKS, ANONYMOUS_HEADS, GROUP_NOUNS].some((set) => set.has(bare));
}
