/**
 * Attribution of an article's statements: each statement's speaker within the article, by the path
 * that found it (mention.ts): its verb's subject (speaker-phrase.ts, trimmed by subject-name.ts and
 * checked by the speaker model), a role phrase, a bare source (bare-source.ts), or for a verb with no
 * subject the antecedent model's candidate (antecedents.ts). The article's speakers: article-speakers.ts.
 */
import { bareNoun, nameKey, normalizeArabic } from "../analysis";
import { ANONYMOUS_HEADS, BODY_NOUNS, GENERIC_ROLES, RANKS, TITLE_WORDS } from "./lexicon";
import { extractStatements, verbSubjects, type FoundStatement, type SpeakerRef } from "./quotes";
import { ArticleSites } from "./article-sites";
import { SPEAKER_MODEL, speakerFeatures, speakerScore } from "./speaker-score";
import { tokenStats } from "./word-stats";
import { markParticleNames } from "./particle-names";
import { gluedReason, nameLength, nameStart } from "./name-boundary";
import { prepositionLead, subjectProblem } from "./subject-check";
import { ANTECEDENT_MODEL, verbGender } from "./antecedent-score";
import { Antecedents } from "./antecedents";
import { clauseSubjects, verbalTitle, verbLike, type ClauseSubject } from "./clause-subjects";
import { bareSourceHead, qualifiedSource } from "./bare-source";
import { bareBodyHead, namedBodyBefore } from "./bare-body";
import { lastWordKey, roleHolderIn } from "./article-names";
import { ArticleSpeakers } from "./article-speakers";
import { trimSubject } from "./subject-name";
import { prepositionPronoun } from "./preposition-pronoun";
import { holdsRole, roleNeeds, roleReferent, titledPeople, unnamedReferent, type RoleHolder } from "./role-coref";
import { descriptorWords, type AttributionPath, type Mention, type ResolvedStatement, type ResolveOptions } from "./mention";

/**
 * A body named by its head noun in construct (شرطة جدة، نادي الاتحاد، وزارة الداخلية التركية): a speaker
 * whatever the model says of its words. The model, fit on few body subjects, scores their nisba endings
 * (ة) as a common noun's, and a refused subject passes the verb to the speaker before: on the 3,361-article
 * subset 388 body subjects were refused, 110 of them handed to someone else (شرطة جدة -> «مصادر مطلعة»).
 * A bare or definite head (الشركة، الوزارة) stays the model's call: it is often the body named before.
 */
function namedBody(person: boolean | undefined, name: string): boolean {
  if (person !== false) return false;
  const words = normalizeArabic(name).split(/\s+/);
  const head = words[0]!;
  // ومجلس، فنادي: a conjunction off the head (وزارة keeps its و)
  return words.length >= 2 && (BODY_NOUNS.has(head) || (/^[وف]/.test(head) && BODY_NOUNS.has(head.slice(1))));
}

/** An unnamed source with a qualifier (مصادر محلية، مصدر في الوزارة، أوساط إعلامية فرنسية): ANONYMOUS_HEADS' head and words after it. */
function qualifiedAnonymous(ref: { anonymous?: boolean; name: string }): boolean {
  const words = normalizeArabic(ref.name).split(/\s+/);
  return !!ref.anonymous && words.length >= 2 && (ANONYMOUS_HEADS.has(words[0]!) || ANONYMOUS_HEADS.has(words[0]!.replace(/^[وف]/, "")));
}

/**
 * «أكبر الباكر، الرئيس التنفيذي لـ…»، «الطيب البكوش، وزير الخارجية التونسي»: a subject the article describes
 * by an office after a comma is a speaker. Not a subject that is itself an office («رئيس أرامكو السعودية،
 * كبير إدارييها …، الأستاذ أمين حسن الناصر»: the person is named after the offices).
 */
function described(ref: { apposition?: string; person?: boolean }, raw: string[]): boolean {
  const head = bareNoun(normalizeArabic(raw[0] ?? ""));
  return ref.apposition !== undefined && raw.length > 0 && (ref.person !== false || !(TITLE_WORDS.has(head) || RANKS.has(head)));
}

export type { AttributionPath, Mention, ResolvedStatement, ResolveOptions } from "./mention";
export { MAX_SPEAKERS_PER_ARTICLE } from "./article-speakers";
export { nameKey, foldTitleWord } from "../analysis";

/**
 * Resolves every statement of an article to a speaker within the article: named subjects,
 * verbs with no subject (the speaker before), role nouns (the person named with that role),
 * and spelling variants of one name (one speaker).
 */
export function resolveArticle(paragraphs: string[], options: ResolveOptions = {}): ResolvedStatement[] {
  // every paragraph is tokenized and read once (ArticleSites), and every pass below shares that
  const sites = new ArticleSites(paragraphs, options.tokenize);
  const stats = options.stats ?? tokenStats(paragraphs.map((_, p) => sites.tokens(p)));
  markParticleNames(paragraphs, (p) => sites.tokens(p), stats);
  const model = options.model ?? SPEAKER_MODEL;
  const minScore = options.minScore ?? model.threshold;
  const carryParagraphs = options.carryParagraphs ?? (options.antecedentModel ?? ANTECEDENT_MODEL).window ?? 1;
  const strict = new Set<AttributionPath>(options.strictPaths ?? ["before-verb", "colon"]);
  /** A subject on a strict path that subject-check.ts refuses (its title, then its name). */
  const refused = (path: AttributionPath, ...parts: Array<string | null>) =>
    strict.has(path) && subjectProblem(stats, normalizeArabic(parts.filter(Boolean).join(" ")).split(/\s+/)) !== null;
  const articleKeys = sites.keyCounts();
  /**
   * A family name's full name found with no title before it («هما محمد فلان»): trusted when it passes the
   * checks of a clause subject (no function word, preposition or verb by the counts; the speaker model
   * takes it; nothing trimmed off) and its first word is no conjugated or inflected noun (gluedReason).
   */
  const trustedName = (name: string) => {
    const first = normalizeArabic(name.split(" ")[0]!);
    return first.length >= 3 && !first.startsWith("ال") && gluedReason(stats, first, undefined) === null && checkedPerson({ name, title: null })?.name === name;
  };
  const speakers = new ArticleSpeakers(sites, trustedName);
  const { byKey, byFamily } = speakers;
  const intern = speakers.intern.bind(speakers);
  const describe = speakers.describe.bind(speakers);
  /** Per role word: the paragraphs searched so far by roleHolderIn and what they gave. */
  const roleMemo = new Map<string, { upTo: number; holder: ReturnType<typeof roleHolderIn> }>();
  const antecedentModel = options.antecedentModel ?? ANTECEDENT_MODEL;
  const minAntecedent = options.minAntecedentScore ?? antecedentModel.threshold;
  /** People named as a verb's subject who are not (yet) speakers: candidates the tracker may propose. */
  const fresh = new Map<string, Mention>();
  const clauseCache = new Map<number, ClauseSubject[]>();
  const checkedPerson = (s: { name: string; title: string | null }): ClauseSubject | null => {
    const words = normalizeArabic(s.name).split(/\s+/);
    if (prepositionLead(stats, words, s.name.split(" ")[0]) || subjectProblem(stats, words)) return null;
    let raw = s.name.split(" ");
    raw = raw.slice(nameStart(stats, raw.map(normalizeArabic)));
    raw = raw.slice(0, nameLength(stats, raw.map(normalizeArabic), true));
    const name = raw.join(" ");
    if (!name) return null;
    const features = speakerFeatures({ words: normalizeArabic(name).split(/\s+/), raw, title: s.title !== null, person: true, anonymous: false }, stats, articleKeys);
    return speakerScore(features, model) >= minScore ? { start: 0, name, title: s.title } : null;
  };
  const subjectsOf = (q: number) => {
    let list = clauseCache.get(q);
    if (!list) clauseCache.set(q, (list = clauseSubjects(paragraphs[q]!, sites.tokens(q), stats, checkedPerson, (name) => byKey.has(nameKey(name)) || byFamily.has(lastWordKey(name)))));
    return list.map((c) => {
      const key = nameKey(c.name);
      const m = byKey.get(key) ?? byFamily.get(lastWordKey(c.name))?.at(-1) ?? fresh.get(key) ?? { name: c.name, title: c.title, person: true, roles: new Set<string>(), descriptors: new Set<string>() };
      if (!speakers.has(m)) fresh.set(key, m);
      return { pos: c.start, m };
    });
  };
  /** The speaker model's log-odds for a candidate's name, once per mention (the antecedent model weighs it). */
  const nameScores = new Map<Mention, number>();
  const nameScore = (m: Mention) => {
    let score = nameScores.get(m);
    if (score === undefined) {
      const raw = m.name.split(/\s+/);
      const features = speakerFeatures({ words: raw.map(normalizeArabic), raw, title: m.title !== null, person: m.person, anonymous: m.anonymous ?? false }, stats, articleKeys);
      nameScores.set(m, (score = speakerScore(features, model)));
    }
    return score;
  };
  /** Per paragraph: the people its text names with a title (role-coref.ts), read once. */
  const titled: Array<ReturnType<typeof titledPeople> | undefined> = [];
  /**
   * The person a role phrase at offset `pos` of paragraph p points to (role-coref.ts): a speaker so far
   * (first, so it is preferred over the same person named in the text) or a titled person of the text before.
   */
  const roleReferentAt = (role: string, p: number, pos: number): Mention | null => {
    const holders: Array<RoleHolder & { mention?: Mention }> = [];
    for (const m of speakers.mentions) if (m.person && !m.anonymous) holders.push({ name: m.name, title: m.title, words: m.descriptors, mention: m });
    for (let q = 0; q <= p; q++) for (const h of (titled[q] ??= titledPeople(sites, q))) if (q < p || h.pos < pos) holders.push(h);
    const h = roleReferent(role, holders);
    if (!h) return null;
    return h.mention ?? intern(h.name, h.title, true);
  };
  const tracker = new Antecedents<Mention>(sites, carryParagraphs, subjectsOf, (m) => !speakers.has(m), nameScore);
  const out: ResolvedStatement[] = [];
  let last: Mention | null = null;

  paragraphs.forEach((text, p) => {
    // a quoted name or term («سكاي نيوز»، لـ«عكاظ») is no statement: nothing of it is stored or shown
    const statements = extractStatements(text, sites.view(p)).filter((s) => !(s.ref.type === "none" && s.ref.term));
    // the verbs that introduced a statement: their subject is checked as the statement's (لينا in «وأضافت لينا أن …»)
    const introduced = new Set(statements.map((s) => JSON.stringify(s.ref)));
    const events = [
      ...statements.map((s) => ({ start: s.start, ref: s.ref, statement: s as FoundStatement | null })),
      ...verbSubjects(text, sites.view(p)).map((v) => ({ start: v.start, ref: v.ref as SpeakerRef, statement: null as FoundStatement | null })),
    ].sort((a, b) => a.start - b.start || Number(a.statement !== null) - Number(b.statement !== null));
    for (const event of events) {
      let speaker: Mention | null = null;
      let ref = event.ref;
      let subject: ResolvedStatement["subject"];
      let antecedents: ResolvedStatement["antecedents"];
      /** The last-word key of a subject the speaker model refused (the antecedent model weighs a candidate it names). */
      let refusedKey: string | undefined;
      /** A bare definite body subject (اللجنة) resolved to the body the article named before. */
      let body: string | null = null;
      let path: AttributionPath = ref.type === "named" ? (ref.via ?? "after-verb") : ref.type === "role" ? (ref.via ?? "role") : ref.type === "previous" ? "carry-over" : "none";
      // a subject before the verb or colon that is a function word, a preposition phrase or a verb: unknown, not a guess
      // (handing «حيث قال» to the antecedent model gave 2 right and 2 more wrong on tune: the subject of the clause
      // before, «ويتفق الخبراء …، حيث قال», is often a group the candidates do not hold)
      if ((ref.type === "named" && refused(path, ref.title, ref.name)) || (ref.type === "role" && refused(path, ref.text))) {
        ref = { type: "none" };
        path = "refused";
      }
      // «وتوقع بيع الوحدات السكنية كاملة»: a title that opens with a verb or verbal noun is the verb's object,
      // not its subject; the verb has a pronoun subject, the speaker before (clause-subjects.ts's verbalTitle)
      if (ref.type === "named" && verbalTitle(stats, ref.title)) {
        ref = { type: "previous", verb: ref.verb };
        path = "refused";
      }
      if (ref.type === "named") {
        // the name ends where the name ends: «دونيس بالمعسكر الإعدادي» is «دونيس» (subject-name.ts)
        const trimmed = trimSubject(stats, ref);
        ref = trimmed.ref;
        const raw = trimmed.words;
        // a family name the article already gave a speaker (الأحمد after «الدكتور عبدالعزيز الأحمد») is that speaker
        // «وأوضحت اللجنة»: the body with that head the article named before (bare-body.ts), whatever the model says
        const bodyHead = ref.anonymous ? null : bareBodyHead(ref.name);
        body = bodyHead === null ? null : namedBodyBefore(sites, bodyHead, p, event.start, stats);
        // «أكبر الباكر، الرئيس التنفيذي لـ…»: a subject the article describes by an office after a comma is a speaker
        const known = (raw.length === 1 && byFamily.has(lastWordKey(ref.name))) || namedBody(ref.person, ref.name) || body !== null || qualifiedAnonymous(ref) || described(ref, raw);
        const features = speakerFeatures({ words: normalizeArabic(ref.name).split(/\s+/), title: ref.title !== null, person: ref.person ?? true, anonymous: ref.anonymous ?? false, hamzaAl: /^[وف]?[أإ]ل/.test(raw[0] ?? ""), raw: ref.name.split(/\s+/) }, stats, articleKeys);
        subject = { name: ref.name, features, score: speakerScore(features, model) };
        // words the model does not take for a speaker: the verb's subject is the one before (وأكد أهمية …)
        // a preposition with a pronoun (عنك، لها، عليه) is never a speaker, whatever the model says
        if ((subject.score < minScore && !known) || !ref.name || prepositionPronoun(normalizeArabic(raw[0] ?? ""), raw[0])) {
          if (ref.name) refusedKey = lastWordKey(ref.name);
          ref = { type: "previous", verb: ref.verb }; // the verb keeps its gender for the antecedent model
          path = "refused";
        }
      }
      // «المصادر»: the qualified source the article named before, else no speaker (bare-source.ts)
      const bare = ref.type === "named" && ref.anonymous ? bareSourceHead(ref.name) : null;
      if (ref.type === "named" && bare !== null) {
        const source = qualifiedSource(sites, bare, p, event.start);
        if (source) speaker = intern(source, null, false, true);
      } else if (ref.type === "named" && body !== null) {
        speaker = intern(body, null, false);
      } else if (ref.type === "named" && ref.anonymous && /^[وف]?ال/.test(normalizeArabic(ref.name)) && (speaker = roleReferentAt(ref.name, p, event.start) ?? unnamedReferent(ref.name, speakers.mentions))) {
        // «المسؤول الأمريكي»: an unnamed official with the nationality of one person the article named; «المسؤول»
        // alone: the one unnamed source quoted before (role-coref.ts)
        path = "role";
        speaker.roles.add(ref.name);
      } else if (ref.type === "named") {
        speaker = intern(ref.name, ref.title, ref.person ?? true, ref.anonymous ?? false);
        // a rank written before the name (العقيد فهد الغامدي) is also how the speaker is asked for
        if (speaker && ref.rank && ref.name) speaker.roles.add(`${ref.rank} ${ref.name}`);
        if (speaker && ref.apposition) describe(speaker, ref.apposition);
      } else if (ref.type === "previous") {
        // who the verb continues: the best candidate seen before, if the model trusts it enough
        const found = tracker.candidates(p, event.start, verbGender(ref.verb), (key) => byFamily.get(key), antecedentModel, refusedKey, !options.keepAntecedents, ref.relative === true);
        if (options.keepAntecedents) antecedents = found.map((a) => ({ forms: [a.mention.name, ...(a.mention.title ? [a.mention.title] : []), ...a.mention.roles], features: a.features, score: a.score }));
        const best = found[0];
        if (best && best.score >= minAntecedent) {
          // a person so far only named as a verb's subject becomes a speaker of the article
          speaker = speakers.has(best.mention) ? best.mention : intern(best.mention.name, best.mention.title, true);
          if (path === "carry-over") path = best.features[3] !== 1 ? "topic" : best.paragraphs === 0 ? "carry-over" : best.paragraphs === 1 ? "carry-over-paragraph" : "carry-over-far";
        }
      }
      else if (ref.type === "role") {
        speaker = speakers.roleHolder(ref.text);
        if (!speaker) {
          const memo = roleMemo.get(ref.role);
          const holder = memo?.upTo === p ? memo.holder : (roleHolderIn(sites, memo ? memo.upTo + 1 : 0, p, ref.role) ?? memo?.holder ?? null);
          roleMemo.set(ref.role, { upTo: p, holder });
          // the text's latest holder of the role word reads no nationality: «الوزير الأميركي» is not the Mexican
          // minister named last; then the one person the article introduced with that role or nationality
          // («المدرب السابق لمنتخب انجلترا», role-coref.ts), else that holder as before
          const fits = holder !== null && holdsRole(ref.text, descriptorWords(holder.title));
          // (the latest holder only when the role asks nothing but its head word: «الرئيس السيسي» needs السيسي, which
          // «الفريق مهاب مميش رئيس هيئة قناة السويس» does not hold; unknown beats wrong)
          const headOnly = (roleNeeds(ref.text)?.length ?? 0) <= 1;
          speaker = fits ? intern(holder.name, holder.title, true) : (roleReferentAt(ref.text, p, event.start) ?? (holder && headOnly ? intern(holder.name, holder.title, true) : null));
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
        // (the words are made only for such a subject, not for every event with a speaker)
        const said = !event.statement && ref.type === "named" && !introduced.has(JSON.stringify(event.ref)) ? normalizeArabic([ref.title, ref.name].filter(Boolean).join(" ")).split(/\s+/) : null;
        const unchecked = said !== null && (subjectProblem(stats, said) !== null || verbLike(stats, said[0]!));
        tracker.saw(speaker, p, event.start, event.statement ? "statement" : unchecked ? "unchecked" : "checked", verbGender(ref.type === "none" ? undefined : ref.verb));
        last = speaker;
      }
    }
  });
  return out;
}
