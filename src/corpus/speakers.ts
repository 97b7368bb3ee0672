import { normalizeArabic } from "../analysis";
import { GENERIC_ROLES, TITLE_WORDS } from "./lexicon";
import { extractStatements, subjectPhrase, splitTitle, verbSubjects, type FoundStatement, type SpeakerRef } from "./quotes";
import { breaksPhrase, textTokens } from "./text-tokens";

/** A speaker as found in one article: a display name, its title, and the forms used for it. */
export interface Mention {
  name: string;
  title: string | null;
  /** True for a person (a name with a title or several words), false for a body. */
  person: boolean;
  roles: Set<string>;
}

export interface ResolvedStatement extends Omit<FoundStatement, "ref"> {
  paragraph: number;
  speaker: Mention | null;
}

/** Spelling-insensitive key of a name: normalized, long vowels dropped after the first letter (ديمتري = دميتري). */
export function nameKey(name: string): string {
  return normalizeArabic(name)
    .split(/\s+/)
    .map((w) => w[0] + w.slice(1).replace(/[\u0627\u0648\u064A]/g, ""))
    .join(" ");
}

function lastWordKey(name: string): string {
  return nameKey(name).split(" ").at(-1)!;
}

/** The full name and title a family name has elsewhere in the article: «الرئيس الفرنسي إيمانويل ماكرون». */
function fullNameIn(paragraphs: string[], family: string): { name: string; title: string | null } | null {
  const key = lastWordKey(family);
  for (const text of paragraphs) {
    const tokens = textTokens(text);
    for (let i = 1; i < tokens.length; i++) {
      if (nameKey(tokens[i]!.raw) !== key) continue;
      const first = tokens[i - 1]!;
      if (breaksPhrase(text.slice(first.end, tokens[i]!.start)) || first.article || TITLE_WORDS.has(first.norm)) continue;
      let t = i - 2;
      const titleWord = (x: (typeof tokens)[number]) => (x.article || TITLE_WORDS.has(x.norm)) && !/^(لدي|باسم)$/.test(x.norm);
      while (t >= 0 && i - 2 - t < 3 && titleWord(tokens[t]!) && !breaksPhrase(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) t--;
      if (t === i - 2) continue; // no title before the first name: too weak to trust
      const title = tokens.slice(t + 1, i - 1).map((x) => x.raw).join(" ");
      return { name: `${first.raw} ${tokens[i]!.raw}`, title };
    }
  }
  return null;
}

/** The title that starts at a role word: «سفير فرنسا لدى لبنان» (one place after لدى، في، باسم). */
function titleFrom(text: string, tokens: ReturnType<typeof textTokens>, i: number): string {
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
function roleHolderIn(paragraphs: string[], role: string): { name: string; title: string } | null {
  for (let p = paragraphs.length - 1; p >= 0; p--) {
    const text = paragraphs[p]!;
    const tokens = textTokens(text);
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]!.norm !== role) continue;
      // apposition: the two words before a comma right before the role word
      if (i >= 2 && /[،,]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
        const before = tokens.slice(i - 2, i);
        if (before.every((t) => !t.article && !TITLE_WORDS.has(t.norm))) {
          return { name: before.map((t) => t.raw).join(" "), title: titleFrom(text, tokens, i) };
        }
      }
      // a title followed by the name: سفير موسكو فلان الفلاني
      const split = splitTitle(subjectPhrase(text, tokens, i));
      if (split?.title && split.name.split(" ").length === 2) return { name: split.name, title: split.title };
    }
  }
  return null;
}

/**
 * Resolves every statement of an article to a speaker within the article: named subjects,
 * verbs with no subject (the speaker before), role nouns (the person named with that role),
 * and spelling variants of one name (one speaker).
 */
export function resolveArticle(paragraphs: string[]): ResolvedStatement[] {
  const mentions: Mention[] = [];
  const out: ResolvedStatement[] = [];
  let last: Mention | null = null;

  const intern = (name: string, title: string | null): Mention => {
    const key = nameKey(name);
    const words = key.split(" ").length;
    let m = mentions.find((x) => nameKey(x.name) === key || (words === 1 && lastWordKey(x.name) === key && x.person));
    if (!m && words > 1) m = mentions.find((x) => nameKey(x.name) === lastWordKey(name));
    if (m) {
      if (name.split(" ").length > m.name.split(" ").length) m.name = name;
      m.title ??= title;
      m.person ||= title !== null;
      return m;
    }
    const isBody = /^\s*(?:ال|لل)/.test(name.replace(/[\u064B-\u065F\u0670\u0640]/g, ""));
    const full = words === 1 && !title && !isBody ? fullNameIn(paragraphs, name) : null;
    m = full ? { name: full.name, title: full.title, person: true, roles: new Set() } : { name, title, person: title !== null || (words > 1 && !isBody), roles: new Set() };
    mentions.push(m);
    return m;
  };

  paragraphs.forEach((text, p) => {
    let previousInParagraph: Mention | null = null;
    const statements = extractStatements(text);
    const events = [
      ...statements.map((s) => ({ start: s.start, ref: s.ref, statement: s as FoundStatement | null })),
      ...verbSubjects(text).map((v) => ({ start: v.start, ref: v.ref as SpeakerRef, statement: null as FoundStatement | null })),
    ].sort((a, b) => a.start - b.start || Number(a.statement !== null) - Number(b.statement !== null));
    for (const event of events) {
      let speaker: Mention | null = null;
      const ref = event.ref;
      if (ref.type === "named") speaker = intern(ref.name, ref.title);
      else if (ref.type === "previous") speaker = previousInParagraph ?? last;
      else if (ref.type === "role") {
        speaker = mentions.find((m) => m.title && normalizeArabic(m.title).includes(ref.role)) ?? null;
        if (!speaker) {
          const holder = roleHolderIn(paragraphs.slice(0, p + 1), ref.role);
          if (holder) speaker = intern(holder.name, holder.title);
        }
        if (!speaker && GENERIC_ROLES.has(ref.role) && last?.person) speaker = last;
        speaker?.roles.add(ref.text);
      }
      if (event.statement) {
        const s = event.statement;
        out.push({ text: s.text, kind: s.kind, start: s.start, paragraph: p, speaker });
      }
      if (speaker) previousInParagraph = last = speaker;
    }
  });
  return out;
}
