import { foldTitleWord, nameKey, normalizeArabic } from "../analysis";
import { BODY_NOUNS, GENERIC_ROLES, TITLE_WORDS } from "./lexicon";
import { extractStatements, verbSubjects, type FoundStatement, type SpeakerRef, type SubjectPath } from "./quotes";
import { bareNoun, parsePhrase, subjectPhrase } from "./speaker-phrase";
import { ArticleSites } from "./article-sites";
import { breaksPhrase, type TextToken } from "./text-tokens";
import { SPEAKER_MODEL, speakerFeatures, speakerScore, type SpeakerModel } from "./speaker-score";
import { tokenStats, type WordStats } from "./word-stats";
import { nameLength, nameStart } from "./name-boundary";
import { isFunctionWord, prepositionLead, subjectProblem } from "./subject-check";
import { ANTECEDENT_MODEL, verbGender, type AntecedentModel } from "./antecedent-score";
import { Antecedents } from "./antecedents";
import { clauseSubjects, verbLike, type ClauseSubject } from "./clause-subjects";

/** A speaker as found in one article: a display name, its title, and the forms used for it. */
export interface Mention {
  name: string;
  title: string | null;
  /** True for a person (a name with a title or several words), false for a body. */
  person: boolean;
  /** An unnamed source (مصدر أمني، مسؤولون): one speaker within its article, never merged across articles. */
  anonymous?: boolean;
  roles: Set<string>;
  /** Folded words of every title and role the article gave them: what a later role phrase must match. */
  descriptors: Set<string>;
}

function descriptorWords(text: string | null): string[] {
  if (!text) return [];
  return text.split(/[\s،,]+/).filter((w) => w.length > 1).map(foldTitleWord).filter((w) => w.length > 1 && !/^(بسم|لد|ف)$/.test(w));
}

/**
 * How a statement got its speaker: its verb's subject read after the verb, before it, or before a
 * colon (SubjectPath); a role phrase resolved in the article ("role"); the speaker before, for a verb
 * with no subject, in the same paragraph ("carry-over"), the paragraph before ("carry-over-paragraph")
 * or further back ("carry-over-far"), or someone other than the last speaker that the antecedent model
 * preferred, such as the person the sentence is about ("topic"); a subject the checks refused
 * ("refused"); no speech verb ("none").
 */
export type AttributionPath = SubjectPath | "role" | "carry-over" | "carry-over-paragraph" | "carry-over-far" | "topic" | "refused" | "none";

export interface ResolvedStatement extends Omit<FoundStatement, "ref"> {
  paragraph: number;
  speaker: Mention | null;
  /** How the speaker was found (for the eval's per-path figures). */
  path: AttributionPath;
  /** The name its own verb's subject phrase gave, with the speaker model's features and score (for fitting it). */
  subject?: { name: string; features: number[]; score: number };
  /** For a verb with no subject, with `keepAntecedents`: every candidate with its forms and features (for fitting). */
  antecedents?: Array<{ forms: string[]; features: number[]; score: number }>;
}

/** How resolveArticle judges named subjects. */
export interface ResolveOptions {
  /** Word counts of the corpus the article belongs to; default: the article's own counts. */
  stats?: WordStats;
  /** The speaker model; default the shipped one (speaker-model.json). */
  model?: SpeakerModel;
  /** Log-odds under which a named subject is not taken; default the model's threshold (-Infinity takes every one). */
  minScore?: number;
  /**
   * Paths whose subjects must also pass subject-check.ts (no function word, preposition or verb first);
   * default ["before-verb", "colon"], the paths whose tune speaker accuracy was far below the others.
   */
  strictPaths?: readonly AttributionPath[];
  /**
   * How many paragraphs back a verb with no subject may find its speaker; default 1 (the paragraph
   * before). On the tune part a speaker from two or more paragraphs back was right 3 times in 14.
   */
  carryParagraphs?: number;
  /** The antecedent model for verbs with no subject; default the shipped one (antecedent-model.json). */
  antecedentModel?: AntecedentModel;
  /** Log-odds under which the best antecedent is not taken (no speaker); default the antecedent model's threshold. */
  minAntecedentScore?: number;
  /** Keep every antecedent candidate on the statements (for scripts/eval/antecedent-fit.ts); default false. */
  keepAntecedents?: boolean;
}

export { nameKey, foldTitleWord } from "../analysis";

/** Most distinct speakers one article may have; a name past it is left unattributed (bounds the work per text). */
export const MAX_SPEAKERS_PER_ARTICLE = 200;

function lastWordKey(name: string): string {
  return nameKey(name).split(" ").at(-1)!;
}

/** The full name and title a family name has elsewhere in the article: «الرئيس الفرنسي إيمانويل ماكرون». */
function fullNameIn(sites: ArticleSites, family: string): { name: string; title: string | null } | null {
  const key = lastWordKey(family);
  for (const { p, i } of sites.withKey(key)) {
    const text = sites.paragraphs[p]!;
    const tokens = sites.tokens(p);
    if (i < 1) continue;
    const first = tokens[i - 1]!;
    if (breaksPhrase(text.slice(first.end, tokens[i]!.start)) || first.article || TITLE_WORDS.has(first.norm) || isFunctionWord(first.norm)) continue;
    let t = i - 2;
    const titleWord = (x: (typeof tokens)[number]) => (x.article || TITLE_WORDS.has(x.norm)) && !/^(لدي|باسم)$/.test(x.norm);
    while (t >= 0 && i - 2 - t < 3 && titleWord(tokens[t]!) && !breaksPhrase(text.slice(tokens[t]!.end, tokens[t + 1]!.start))) t--;
    if (t === i - 2) continue; // no title before the first name: too weak to trust
    const title = tokens.slice(t + 1, i - 1).map((x) => x.raw).join(" ");
    return { name: `${first.raw} ${tokens[i]!.raw}`, title };
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
function roleHolderIn(sites: ArticleSites, from: number, to: number, role: string): { name: string; title: string } | null {
  // the sites in paragraphs from..to, latest paragraph first, in reading order within a paragraph
  const inRange = sites.withNormBetween(role, from, to).sort((a, b) => b.p - a.p || a.i - b.i);
  for (const { p, i } of inRange) {
    const text = sites.paragraphs[p]!;
    const tokens = sites.tokens(p);
    // apposition: the two words before a comma right before the role word
    if (i >= 2 && /[،,]/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) {
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

/**
 * Resolves every statement of an article to a speaker within the article: named subjects,
 * verbs with no subject (the speaker before), role nouns (the person named with that role),
 * and spelling variants of one name (one speaker).
 */
export function resolveArticle(paragraphs: string[], options: ResolveOptions = {}): ResolvedStatement[] {
  // every paragraph is tokenized and read once (ArticleSites), and every pass below shares that
  const sites = new ArticleSites(paragraphs);
  const stats = options.stats ?? tokenStats(paragraphs.map((_, p) => sites.tokens(p)));
  const model = options.model ?? SPEAKER_MODEL;
  const minScore = options.minScore ?? model.threshold;
  const carryParagraphs = options.carryParagraphs ?? 1;
  const strict = new Set<AttributionPath>(options.strictPaths ?? ["before-verb", "colon"]);
  /** A subject on a strict path that subject-check.ts refuses (its title, then its name). */
  const refused = (path: AttributionPath, ...parts: Array<string | null>) =>
    strict.has(path) && subjectProblem(stats, normalizeArabic(parts.filter(Boolean).join(" ")).split(/\s+/)) !== null;
  const articleKeys = sites.keyCounts();
  const mentions: Mention[] = [];
  /** nameKey -> mention, and a person's family-name key -> mentions: interning is a map lookup, not a scan. */
  const byKey = new Map<string, Mention>();
  const byFamily = new Map<string, Mention[]>();
  /** Each strict word-prefix of a name's key -> the mentions with that prefix (first names joining full names). */
  const byPrefix = new Map<string, Set<Mention>>();
  /** Per role word: the paragraphs searched so far by roleHolderIn and what they gave. */
  const roleMemo = new Map<string, { upTo: number; holder: ReturnType<typeof roleHolderIn> }>();
  const antecedentModel = options.antecedentModel ?? ANTECEDENT_MODEL;
  const minAntecedent = options.minAntecedentScore ?? antecedentModel.threshold;
  /** People named as a verb's subject who are not (yet) speakers: candidates the tracker may propose. */
  const fresh = new Map<string, Mention>();
  const clauseCache = new Map<number, ClauseSubject[]>();
  const checkedPerson = (s: { name: string; title: string | null }): ClauseSubject | null => {
    const words = normalizeArabic(s.name).split(/\s+/);
    if (prepositionLead(stats, words) || subjectProblem(stats, words)) return null;
    let raw = s.name.split(" ");
    raw = raw.slice(nameStart(stats, raw.map(normalizeArabic)));
    raw = raw.slice(0, nameLength(stats, raw.map(normalizeArabic), true));
    const name = raw.join(" ");
    if (!name) return null;
    const features = speakerFeatures({ words: normalizeArabic(name).split(/\s+/), title: s.title !== null, person: true, anonymous: false }, stats, articleKeys);
    return speakerScore(features, model) >= minScore ? { start: 0, name, title: s.title } : null;
  };
  const subjectsOf = (q: number) => {
    let list = clauseCache.get(q);
    if (!list) clauseCache.set(q, (list = clauseSubjects(paragraphs[q]!, sites.tokens(q), stats, checkedPerson)));
    return list.map((c) => {
      const key = nameKey(c.name);
      const m = byKey.get(key) ?? byFamily.get(lastWordKey(c.name))?.at(-1) ?? fresh.get(key) ?? { name: c.name, title: c.title, person: true, roles: new Set<string>(), descriptors: new Set<string>() };
      if (!mentions.includes(m)) fresh.set(key, m);
      return { pos: c.start, m };
    });
  };
  const tracker = new Antecedents<Mention>(sites, carryParagraphs, subjectsOf, (m) => !mentions.includes(m));
  const out: ResolvedStatement[] = [];
  let last: Mention | null = null;
  let lastP = -1;

  const remember = (m: Mention) => {
    const key = nameKey(m.name);
    byKey.set(key, m);
    if (m.person && !m.anonymous) {
      const family = byFamily.get(lastWordKey(m.name));
      if (family) family.push(m);
      else byFamily.set(lastWordKey(m.name), [m]);
    }
    const words = key.split(" ");
    for (let n = 1; n < words.length; n++) {
      const prefix = words.slice(0, n).join(" ");
      byPrefix.set(prefix, (byPrefix.get(prefix) ?? new Set()).add(m));
    }
  };
  const describe = (m: Mention, text: string | null) => {
    for (const w of descriptorWords(text)) m.descriptors.add(w);
  };
  const head = (name: string) => foldTitleWord(name.split(/\s+/)[0]!);
  /** «الوزارة»، «المصدر»: a body or source named by its head noun alone is the one the article named before. */
  const antecedent = (name: string, anonymous: boolean): Mention | undefined => {
    if (name.includes(" ") || !/^(?:[وفبك]?ال|لل)/.test(normalizeArabic(name))) return undefined;
    const h = head(name);
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (!m.person && (m.anonymous ?? false) === anonymous && m.name.includes(" ") && head(m.name) === h) return m;
    }
    if (anonymous || !BODY_NOUNS.has(bareNoun(normalizeArabic(name)))) return undefined;
    // the article may have named the body without quoting it: «وزارة الصحة» in an earlier sentence
    const bare = bareNoun(normalizeArabic(name));
    for (const { p, i } of sites.withNorm(bare)) {
      const text = paragraphs[p]!;
      const tokens = sites.tokens(p);
      if (tokens[i + 1]?.article && !breaksPhrase(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return intern(`${tokens[i]!.raw} ${tokens[i + 1]!.raw}`, null, false) ?? undefined;
    }
    return undefined;
  };
  /** The article's speaker for a name, made on first sight; null once MAX_SPEAKERS_PER_ARTICLE are known. */
  const intern = (name: string, title: string | null, person: boolean, anonymous = false): Mention | null => {
    if (!person) {
      const before = antecedent(name, anonymous);
      if (before) return before;
    }
    const key = nameKey(name);
    const words = key.split(" ").length;
    let m = byKey.get(key) ?? (words === 1 ? byFamily.get(key)?.at(-1) : undefined);
    if (!m && words > 1) m = byKey.get(lastWordKey(name));
    // a first name (or compound first name) alone joins the one person whose full name starts with it
    if (!m && words <= 2 && person) {
      const fuller = [...(byPrefix.get(key) ?? [])].filter((x) => x.person && !x.anonymous && nameKey(x.name).startsWith(`${key} `));
      if (fuller.length === 1) m = fuller[0];
    }
    if (m && m.anonymous === anonymous) {
      if (name.split(" ").length > m.name.split(" ").length && !anonymous) {
        m.name = name;
        remember(m);
      }
      m.title ??= title;
      m.person ||= title !== null && person;
      describe(m, title);
      return m;
    }
    if (mentions.length >= MAX_SPEAKERS_PER_ARTICLE) return null;
    const full = words === 1 && !title && person ? fullNameIn(sites, name) : null;
    m = full
      ? { name: full.name, title: full.title, person: true, roles: new Set(), descriptors: new Set() }
      : { name, title, person: person && (title !== null || words > 1), anonymous, roles: new Set(), descriptors: new Set() };
    describe(m, m.title);
    mentions.push(m);
    remember(m);
    return m;
  };
  /** The person a role phrase points to: the latest one whose titles hold every word of it. */
  const roleHolder = (text: string): Mention | null => {
    const words = descriptorWords(text);
    for (let i = mentions.length - 1; i >= 0; i--) {
      const m = mentions[i]!;
      if (!m.anonymous && words.length && words.every((w) => m.descriptors.has(w))) return m;
    }
    return null;
  };

  paragraphs.forEach((text, p) => {
    let previousInParagraph: Mention | null = null;
    const statements = extractStatements(text, sites.view(p));
    const events = [
      ...statements.map((s) => ({ start: s.start, ref: s.ref, statement: s as FoundStatement | null })),
      ...verbSubjects(text, sites.view(p)).map((v) => ({ start: v.start, ref: v.ref as SpeakerRef, statement: null as FoundStatement | null })),
    ].sort((a, b) => a.start - b.start || Number(a.statement !== null) - Number(b.statement !== null));
    for (const event of events) {
      let speaker: Mention | null = null;
      let ref = event.ref;
      let subject: ResolvedStatement["subject"];
      let antecedents: ResolvedStatement["antecedents"];
      let path: AttributionPath = ref.type === "named" ? (ref.via ?? "after-verb") : ref.type === "role" ? (ref.via ?? "role") : ref.type === "previous" ? "carry-over" : "none";
      // a subject before the verb or colon that is a function word, a preposition phrase or a verb: unknown, not a guess
      // (handing «حيث قال» to the antecedent model gave 2 right and 2 more wrong on tune: the subject of the clause
      // before, «ويتفق الخبراء …، حيث قال», is often a group the candidates do not hold)
      if ((ref.type === "named" && refused(path, ref.title, ref.name)) || (ref.type === "role" && refused(path, ref.text))) {
        ref = { type: "none" };
        path = "refused";
      }
      if (ref.type === "named") {
        // the name ends where the name ends: «دونيس بالمعسكر الإعدادي» is «دونيس»
        let person = (ref.person ?? true) && !ref.anonymous;
        let raw = ref.name.split(" ");
        // «عن صالحي» is صالحي; «غرب العراق» is a place: the title alone (رئيس مجلس محافظة الأنبار) is the subject
        const lead = ref.anonymous ? null : prepositionLead(stats, raw.map(normalizeArabic));
        if (lead === "source") raw = raw.slice(1);
        if (lead === "place" && person) {
          ref = { ...ref, name: ref.title ?? "", title: null, person: false };
          raw = ref.name.split(" ");
          person = false;
        }
        if (person) raw = raw.slice(nameStart(stats, raw.map(normalizeArabic)));
        raw = raw.slice(0, nameLength(stats, raw.map(normalizeArabic), person));
        if (raw.join(" ") !== ref.name) ref = { ...ref, name: raw.join(" ") };
        // a family name the article already gave a speaker (الأحمد after «الدكتور عبدالعزيز الأحمد») is that speaker
        const known = raw.length === 1 && byFamily.has(lastWordKey(ref.name));
        const features = speakerFeatures({ words: normalizeArabic(ref.name).split(/\s+/), title: ref.title !== null, person: ref.person ?? true, anonymous: ref.anonymous ?? false, hamzaAl: /^[وف]?[أإ]ل/.test(raw[0] ?? "") }, stats, articleKeys);
        subject = { name: ref.name, features, score: speakerScore(features, model) };
        // words the model does not take for a speaker: the verb's subject is the one before (وأكد أهمية …)
        if ((subject.score < minScore && !known) || !ref.name) {
          ref = { type: "previous" };
          path = "refused";
        }
      }
      if (ref.type === "named") {
        speaker = intern(ref.name, ref.title, ref.person ?? true, ref.anonymous ?? false);
        if (speaker && ref.apposition) describe(speaker, ref.apposition);
      } else if (ref.type === "previous") {
        // who the verb continues: the best candidate seen before, if the model trusts it enough
        const found = tracker.candidates(p, event.start, verbGender(ref.verb), (key) => byFamily.get(key), antecedentModel);
        if (options.keepAntecedents) antecedents = found.map((a) => ({ forms: [a.mention.name, ...(a.mention.title ? [a.mention.title] : []), ...a.mention.roles], features: a.features, score: a.score }));
        const best = found[0];
        if (best && best.score >= minAntecedent) {
          // a person so far only named as a verb's subject becomes a speaker of the article
          speaker = mentions.includes(best.mention) ? best.mention : intern(best.mention.name, best.mention.title, true);
          if (path === "carry-over") path = best.features[3] !== 1 ? "topic" : best.paragraphs === 0 ? "carry-over" : best.paragraphs === 1 ? "carry-over-paragraph" : "carry-over-far";
        }
      }
      else if (ref.type === "role") {
        speaker = roleHolder(ref.text);
        if (!speaker) {
          const memo = roleMemo.get(ref.role);
          const holder = memo?.upTo === p ? memo.holder : (roleHolderIn(sites, memo ? memo.upTo + 1 : 0, p, ref.role) ?? memo?.holder ?? null);
          roleMemo.set(ref.role, { upTo: p, holder });
          if (holder) speaker = intern(holder.name, holder.title, true);
        }
        if (!speaker && GENERIC_ROLES.has(ref.role) && last?.person) speaker = last;
        // a specific role nobody in the article holds is a speaker of its own: المتحدث باسم وزارة الخارجية
        if (!speaker && descriptorWords(ref.text).length >= 2) speaker = intern(ref.text, null, false);
        if (speaker) {
          speaker.roles.add(ref.text);
          describe(speaker, ref.text);
        }
      }
      if (event.statement) {
        const s = event.statement;
        out.push({ text: s.text, kind: s.kind, start: s.start, paragraph: p, speaker, path, ...(subject ? { subject } : {}), ...(antecedents ? { antecedents } : {}) });
      }
      if (speaker) {
        // a subject of a verb that introduced no statement is carried only as "unchecked" when subject-check.ts refuses it (وتوقع بيع …)
        const said = normalizeArabic([ref.type === "named" ? ref.title : null, ref.type === "named" ? ref.name : ""].filter(Boolean).join(" ")).split(/\s+/);
        const unchecked = !event.statement && ref.type === "named" && (subjectProblem(stats, said) !== null || verbLike(stats, said[0]!));
        tracker.saw(speaker, p, event.start, event.statement ? "statement" : unchecked ? "unchecked" : "checked", verbGender(ref.type === "none" ? undefined : ref.verb));
        previousInParagraph = last = speaker;
        lastP = p;
      }
    }
  });
  return out;
}
