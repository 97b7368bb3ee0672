import { isSpace, spanWords } from "./word-count";
import { nameAfterMark } from "./name-after-mark";
import { lowerBound } from "../analysis";
import { DOCUMENT_NOUNS, NAMING_NOUNS, OCCASION_NOUNS, RANKS, RELATIVE_PRONOUNS, SAYING_NOUNS, SOURCE_MARKERS, SPEECH_PARTICIPLES, SPEECH_VERBS, THAT_PARTICLES } from "./lexicon";
import { normalizeArabic } from "../analysis";
import { bareNoun, constructNoun, parsePhrase, subjectPhrase, subjectStart, type ParsedSpeaker } from "./speaker-phrase";
import { breaksPhrase, sentenceEnds, textTokens, type TextToken } from "./text-tokens";
import { speakerBeforeColon, subjectBefore } from "./subject-before";
import { colonStatements, occasionWords } from "./colon-speech";
import { attributionWork } from "./attribution-work";
import { isQuotedName } from "./quote-name";
import { governedMasdar, impersonalVerb } from "./speech-verb";
import { reportedClauses } from "./reported-clauses";

/** Who a statement's verb points to, before coreference across the article. */
export type SpeakerRef =
  | {
    type: "named"; name: string; title: string | null; person?: boolean; anonymous?: boolean; apposition?: string; via?: SubjectPath; verb?: string; rank?: string;
    /** The phrase goes on right after the name (trimSubject): "title" when the words after it are the title, else "complement" (في، لل…، بـ…). */
    goesOn?: "title" | "complement";
    /** The phrase ends right after the name: a break, أنّ/إنّ or a lone ل (an addressee) follows it (trimSubject). */
    ends?: boolean;
    /** The name opens with a particle-spelled word the article uses as a name (بان كي مون, particle-names.ts): its words are no function words. */
    particleName?: boolean;
  }
  /** A role noun with the article (السفير): someone named earlier with that role. */
  | { type: "role"; role: string; text: string; via?: SubjectPath; verb?: string }
  /** A verb with no subject (وقال، مؤكدا): someone seen before (antecedents.ts); `verb` is its normalized form (its gender). */
  | {
    type: "previous"; verb?: string;
    /** The verb stands right after a relative pronoun (الذي يرى، التي أوضحت; قد or كان between): its subject is the noun before that. */
    relative?: boolean;
  }
  /**
   * No speaker: no speech verb read, or a passive one. `term`: the span is a name or a term in quotation
   * marks (isTerm, quote-name.ts), not a statement at all: resolveArticle leaves it out.
   */
  | { type: "none"; term?: boolean };

/**
 * Where a named or role subject was read: after its verb (the default), before it («وكان X قد قال»،
 * «X قال»: subject-before.ts), or before a colon with no verb («X: "…"»).
 */
export type SubjectPath = "after-verb" | "before-verb" | "colon";

/** The named subject of a speech verb, whether or not a statement follows: coreference needs it. */
export interface VerbSubject {
  start: number;
  ref: SpeakerRef & { type: "named" | "role" };
}

export interface FoundStatement {
  text: string;
  kind: "direct" | "reported";
  /** Offset of the statement in the paragraph. */
  start: number;
  ref: SpeakerRef;
}


/**
 * A term in quotation marks rather than a statement: three words at most, with a word (not a colon
 * or أنّ) right before it and the sentence going on right after it: بالسعي إلى "زعزعة استقرار" بلاده.
 */
export function isTerm(text: string, tokens: TextToken[], qs: number, qe: number): boolean {
  if (!isShortSpan(text, qs, qe)) return false;
  const named = tokens[lastEndingBy(tokens, qs - 1)];
  // a name after a naming noun or an addressee: صحيفة «عكاظ»، لـ«الحياة»، حملة "…"
  if (named && (NAMING_NOUNS.has(named.norm) || NAMING_NOUNS.has(bareNoun(named.norm)) || named.norm === "\u0644" || NAMING_NOUNS.has(named.norm.replace(/^[\u0644\u0628]/, "")))) return true;
  const before = named;
  const colon = before !== undefined && /:/.test(text.slice(before.end, qs));
  // one or two words are a name or a term (رويترز، "سوء فهم") unless a colon introduces them
  if (spanWords(text, qs, qe) <= 2) {
    const k = before ? lastEndingBy(tokens, qs - 1) : -1;
    if (quotedSubject(text, tokens, k, [qs, qe])) return true;
    const introduced = before !== undefined && (isThat(before) || isSpeech(before) || (before.norm === "\u0639\u0646" && k > 0 && isSpeech(tokens[k - 1]!)));
    // أن "فيفا" لديه موضوعات …: one quoted word (a name) that opens a reported clause going on after it;
    // two words may be the speaker's own (أنّه "قلق للغاية" بشأن …, a direct statement in the labels)
    const oneWord = spanWords(text, qs, qe) === 1;
    if (oneWord && before !== undefined && isThat(before) && /^\s*[\p{L}\p{N}]/u.test(text.slice(qe + 1))) return true;
    return !colon && !introduced;
  }
  if (!before || colon || isThat(before) || isSpeech(before) || isParticiple(before)) return false;
  return /^\s*[\p{L}\p{N}]/u.test(text.slice(qe + 1));
}

/**
 * A quoted name of one or two words right after a speech verb and followed by أنّ or an occasion
 * (وأضافت "إليوت" أن …، ذكرت "إينوك" في بيان أنها …): the verb's subject, not a statement.
 */
function quotedSubject(text: string, tokens: TextToken[], verb: number, [qs, qe]: [number, number]): boolean {
  const v = tokens[verb];
  if (!v || !isSpeech(v) || !/^\s*[«"“‘]$/.test(text.slice(v.end, qs)) || spanWords(text, qs, qe) > 2) return false;
  const next = tokens.find((t) => t.start > qe);
  if (!next || /[،,:؛.!?؟]/.test(text.slice(qe + 1, next.start))) return false;
  return isThat(next) || (next.norm === "\u0641\u064a" && OCCASION_NOUNS.has(bareNoun(tokens[tokens.indexOf(next) + 1]?.norm ?? "")));
}

/** Index of the last token ending at or before `offset` (-1 if none): a binary search over the ordered tokens. */
function lastEndingBy(tokens: TextToken[], offset: number): number {
  return lowerBound(0, tokens.length, (i) => tokens[i]!.end <= offset) - 1;
}

/** Three words at most: a name, a term or a slogan rather than a statement, unless a colon or a verb introduces it. */
function isShortSpan(text: string, qs: number, qe: number): boolean {
  return spanWords(text, qs, qe) <= 3;
}

const OPENERS = "«“";
const CLOSERS = "»”";
const EITHER = '"‘’';
/** Every quotation mark: OPENERS, CLOSERS and EITHER. */
const MARKS = new RegExp(`[${OPENERS}${CLOSERS}${EITHER}]`, "g");
/** Which marks close a span opened by each mark. */
const CLOSES_WITH: Record<string, string> = { "«": "»", "“": '”"', "”": '”“"', '"': '"”', "‘": "‘’", "’": "’‘" };

/** Characters that may stand before an opening mark or after a closing one, besides whitespace: ( [ : ، , ؛ */
const SPACE_LIKE = new Set([..."([:،,؛"].map((c) => c.charCodeAt(0)));
/** Characters that may follow a closing mark, besides whitespace: . ، , : ؛ ! ? ؟ ) ] */
const END_LIKE = new Set([...".،,:؛!?؟)]"].map((c) => c.charCodeAt(0)));
/** Whitespace or one of SPACE_LIKE at offset i (the text's edges count as a space); read by code unit, no string per character. */
const spaceAt = (text: string, i: number) => i < 0 || i >= text.length || isSpace(text.charCodeAt(i)) || SPACE_LIKE.has(text.charCodeAt(i));
/** Whitespace or one of END_LIKE at offset i (the text's end counts as a space). */
const endAt = (text: string, i: number) => i >= text.length || isSpace(text.charCodeAt(i)) || END_LIKE.has(text.charCodeAt(i));

/** Whether a quotation mark opens or closes, from the characters around it. */
function role(text: string, i: number, depth: number): "open" | "close" {
  const c = text[i]!;
  if (OPENERS.includes(c)) return "open";
  // ” written as an opening mark (قال: ” إن …”), as some sites do, opens when nothing is open
  if (c === "”" && depth === 0 && spaceAt(text, i - 1)) return "open";
  if (CLOSERS.includes(c)) return "close";
  if (spaceAt(text, i - 1) && !spaceAt(text, i + 1)) return "open";
  if (!spaceAt(text, i - 1) && endAt(text, i + 1)) return "close";
  return depth === 0 ? "open" : "close"; // و"ردّ …" opens, a mark between two spaces follows the nesting
}

/**
 * Top-level quoted spans [contentStart, contentEnd). Marks are paired with a stack, so quotes nested
 * inside a quote («… ‘…’ …», "… "…" …") belong to it; a quote left open runs to the paragraph's end.
 */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: number[] = [];
  // only the quotation marks themselves are visited (a regular expression finds them, not a test per character)
  for (const mark of text.matchAll(MARKS)) {
    const i = mark.index!;
    const c = mark[0];
    const top = stack.at(-1);
    const closes = top !== undefined && (CLOSES_WITH[text[top]!] ?? "").includes(c);
    const r = role(text, i, stack.length);
    // a straight mark shaped as a closing one (after a word, before a space or punctuation) with nothing
    // open and no mark after it to pair with closes a quote an earlier paragraph opened: it opens nothing
    // (…التعهد"، مشيرة إلى …); with a mark after it, it is an opening mark written against the word before
    // (وقال مصدر مقرب" ان … ستة".)
    const strayClose = r === "close" && stack.length === 0 && text.indexOf(c, i + 1) === -1;
    if (r === "open" || (!closes && EITHER.includes(c) && !strayClose)) stack.push(i);
    else if (closes) {
      const open = stack.pop()!;
      if (stack.length === 0 && text.slice(open + 1, i).trim()) spans.push([open + 1, i]);
    }
  }
  if (stack.length && spanWords(text, stack[0]! + 1) >= 3) spans.push([stack[0]! + 1, text.length]);
  return spans;
}

/**
 * Whether attribution may parse a speaker reference at this word (a speech verb or saying noun, a speech
 * participle, a source marker): what the posted-text budget counts (src/answer/summaries.ts).
 */
export function opensReference(t: TextToken): boolean {
  return isSpeech(t) || isParticiple(t) || isSource(t);
}

function isSpeech(t: TextToken): boolean {
  return SPEECH_VERBS.has(t.norm) || SPEECH_VERBS.has(t.bare) || SAYING_NOUNS.has(t.norm);
}
function isParticiple(t: TextToken): boolean {
  return SPEECH_PARTICIPLES.has(t.norm) || SPEECH_PARTICIPLES.has(t.bare);
}
function isSource(t: TextToken): boolean {
  return SOURCE_MARKERS.has(t.norm) || SOURCE_MARKERS.has(t.bare);
}
function isThat(t: TextToken): boolean {
  return !t.particleName && (THAT_PARTICLES.has(t.norm) || THAT_PARTICLES.has(t.bare));
}

/**
 * One paragraph as attribution reads it, computed once and shared by extractStatements and verbSubjects
 * (and resolveArticle's ArticleSites): its tokens, its quoted spans, and each speech verb's speaker
 * reference, filled in by token index on first use (refAfter is a pure function of these).
 */
export interface ParagraphView {
  text: string;
  tokens: TextToken[];
  spans: Array<[number, number]>;
  /** Token index of a speech verb -> its speaker reference (refAfter); filled as asked for. */
  refs: Map<number, SpeakerRef>;
  /** quoteKey -> how many quoted spans of the whole article hold it (ArticleSites sets it; absent: the paragraph's own). */
  quoteCounts?: Map<string, number>;
}

/** A paragraph's view (ParagraphView); `tokens` default: textTokens(text), pass them when already computed. */
export function paragraphView(text: string, tokens: TextToken[] = textTokens(text)): ParagraphView {
  return { text, tokens, spans: quoteSpans(text), refs: new Map() };
}

/** refAfter for the view's verb at `verbIndex`, computed once per paragraph. */
function verbRef(view: ParagraphView, verbIndex: number): SpeakerRef {
  let ref = view.refs.get(verbIndex);
  if (!ref) {
    attributionWork.refs++;
    view.refs.set(verbIndex, (ref = refAfter(view.text, view.tokens, verbIndex, view.spans)));
  }
  return ref;
}

/** The speaker reference of the speech verb at `verbIndex`, with the verb's normalized form (its gender). */
function refAfter(text: string, tokens: TextToken[], verbIndex: number, spans: Array<[number, number]>): SpeakerRef {
  const ref = subjectOf(text, tokens, verbIndex, spans);
  // subjectOf returns a fresh object each call: the verb is set on it, not on a copy (the same key order)
  if (ref.type !== "none") ref.verb = tokens[verbIndex]!.norm;
  if (ref.type === "previous" && afterRelative(text, tokens, verbIndex)) ref.relative = true;
  return ref;
}

/** Auxiliaries that may stand between a relative pronoun and its verb (الذي كان قد قال). */
const AUXILIARIES = new Set(["قد", "كان", "كانت", "لقد"]);

/** Whether the verb at `verbIndex` follows a relative pronoun (auxiliaries between, no punctuation). */
function afterRelative(text: string, tokens: TextToken[], verbIndex: number): boolean {
  let k = verbIndex - 1;
  while (k >= 0 && AUXILIARIES.has(tokens[k]!.norm)) k--;
  return k >= 0 && RELATIVE_PRONOUNS.has(tokens[k]!.norm) && !/[.:؛!?؟«»"“”]/.test(text.slice(tokens[k]!.end, tokens[verbIndex]!.start));
}

/**
 * A verb written in the passive (ويُتوقع، يُقال، أُعلن: damma on its first letter after و/ف): it has no
 * agent, so the noun after it is not a speaker («ويُتوقع تنظيم تظاهرة» named a junk speaker).
 */
function passive(t: TextToken): boolean {
  return /^[وف]?[\u0623\u064A\u062A\u0646]\u064F/.test(t.raw);
}

function subjectOf(text: string, tokens: TextToken[], verbIndex: number, spans: Array<[number, number]>): SpeakerRef {
  const verb = tokens[verbIndex]!;
  if (passive(verb) || impersonalVerb(text, tokens, verbIndex, isThat)) return { type: "none" };
  if (SAYING_NOUNS.has(verb.norm)) {
    // «نقل عن فلان قوله»: the phrase after عن
    for (let k = verbIndex - 1; k >= 0 && k >= verbIndex - 10; k--) {
      if (tokens[k]!.norm !== "\u0639\u0646") continue;
      return afterAn(text, tokens, k, verbIndex);
    }
    return { type: "previous" };
  }
  if (isParticiple(verb)) return { type: "previous" };
  // «وأضافت "إليوت" أن …»: a quoted name right after the verb, before أنّ or an occasion, is its subject
  const quoted = spans.find(([s]) => s > verb.end && /^\s*[«"“‘]$/.test(text.slice(verb.end, s)));
  if (quoted && quotedSubject(text, tokens, verbIndex, quoted)) return { type: "named", name: text.slice(quoted[0], quoted[1]).trim(), title: null, person: false };
  // «أن الوزير أبلغ فلانا أن …»: a verb whose object is the hearer, with no conjunction (the order subject-verb),
  // has its subject before it; the name after it is whom it told
  if (HEARER_VERBS.has(verb.norm)) {
    const before = subjectBefore(text, tokens, verbIndex);
    if (before) return toRef(before, "before-verb");
  }
  const start = subjectStart(text, tokens, verbIndex, spans);
  const phrase = start === null ? [] : subjectPhrase(text, tokens, start);
  if (start === null || phrase.length === 0) {
    // «وكان فلان قد قال:»، «فلان قال إن»: the subject stands before the verb
    const before = subjectBefore(text, tokens, verbIndex);
    // «ونقلت عن فلان ما قاله»: a verb with no subject after «نقل عن فلان» is what فلان said
    return before ? toRef(before, "before-verb") : (transmittedFrom(text, tokens, verbIndex) ?? { type: "previous" });
  }
  if (phrase.length === 1 && DOCUMENT_NOUNS.has(phrase[0]!.norm)) return { type: "previous" };
  // «وأكد بيان تجمع الشخصيات المستقلة»، «بيان صادر عن الوزارة»: the document speaks for its issuer, named
  // after it; with no issuer it is the body before («بيان» is never a person's name)
  if (DOCUMENT_NOUNS.has(phrase[0]!.norm)) return documentIssuer(text, tokens, start + 1);
  const parsed = parsePhrase(phrase);
  // «وكان المتحدث … أعلن أول من أمس أن»: the words after the verb are a time or occasion, not a subject;
  // the subject stands before the verb (كان + subject + verb, subject-before.ts)
  if (parsed.type === "previous") {
    const before = subjectBefore(text, tokens, verbIndex);
    if (before) return toRef(before, "before-verb");
  }
  // «المتحدث باسم وزارة الصحة، فلان الفلاني»: a role, then after a comma a name with no title of its own
  if (parsed.type === "role") {
    const named = nameAfterComma(text, tokens, start + phrase.length) ?? nameAfterMark(text, tokens, spans, start + phrase.length);
    if (named) return particleRun({ type: "named", name: named.name, title: parsed.text, person: true }, named.phrase);
    // «مدير فرع الجمعية “فلان الفلاني”، أن …»: the role's holder named in quotation marks
    const quotedName = quotedNameAfter(text, tokens, spans, start + phrase.length);
    if (quotedName) return { type: "named", name: quotedName, title: parsed.text, person: true };
  }
  // «المسؤول الكبير في مجال الدفاع …، الجنرال تشارلز هوبر»: a definite unnamed official, then his name after a comma
  if (parsed.type === "named" && parsed.anonymous && phrase[0]!.article) {
    const named = nameAfterComma(text, tokens, start + phrase.length);
    if (named) return particleRun({ type: "named", name: named.name, title: parsed.name, person: true }, named.phrase);
  }
  const ref = toRef(parsed);
  if (ref.type === "named") particleRun(ref, phrase);
  if (ref.type === "named" && ref.person) goesOn(ref, text, tokens, phrase, start);
  withQuotedName(ref, text, phrase.at(-1));
  // «جوسيه مورينيو، المدير الفني لفريق تشيلسي»: a title after a comma describes the speaker (also a name the
  // parser read as a body, «الطيب البكوش، وزير الخارجية التونسي»: the office says it is a person)
  const next = start + phrase.length;
  if (ref.type === "named" && !ref.anonymous && tokens[next] && /^[\s]*[،,][\s]*$/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) {
    const after = parsePhrase(subjectPhrase(text, tokens, next));
    if (after.type === "role") ref.apposition = after.text;
  }
  return ref;
}

/** The phrase after عن at token `an`, up to the verb at `verbIndex`, as a speaker. */
function afterAn(text: string, tokens: TextToken[], an: number, verbIndex: number): SpeakerRef {
  return toRef(parsePhrase(subjectPhrase(text, tokens, an + 1).slice(0, verbIndex - an - 1)));
}

/** Verbs of passing on what someone said, normalized (closed class): نقل، نقلت، ينقل … (و/ف allowed). */
const TRANSMIT_VERBS = new Set(["نقل", "نقلت", "نقلوا", "ينقل", "تنقل", "ينقلون"]);
/** Most words between عن and the speech verb in «نقل عن فلان ما قاله». */
const MAX_TRANSMITTED = 8;

/**
 * «ونقلت عن ليندمان ما قاله بشأن أن «…»»: a speech verb with no subject of its own, in the clause of a verb
 * of passing on (TRANSMIT_VERBS) followed by عن and a name, says what that name said; null when no such
 * verb and عن stand before it in the clause (no punctuation between).
 */
function transmittedFrom(text: string, tokens: TextToken[], verbIndex: number): SpeakerRef | null {
  for (let k = verbIndex - 1; k >= 1 && k >= verbIndex - MAX_TRANSMITTED; k--) {
    if (breaksPhrase(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return null;
    if (tokens[k]!.norm !== "\u0639\u0646") continue;
    const before = tokens[k - 1]!;
    if (!TRANSMIT_VERBS.has(before.norm) && !TRANSMIT_VERBS.has(before.bare)) return null;
    const ref = afterAn(text, tokens, k, verbIndex);
    return ref.type === "previous" ? null : ref;
  }
  return null;
}

/** The words between a document and its issuer (بيان صادر عن …، بيان لـ…), normalized. */
const ISSUED = new Set(["صادر", "الصادر", "صادره", "الصادره", "عن", "من", "ل"]);

/**
 * The issuer a document names after it (بيان وزارة الخارجية، بيان صادر عن الجيش، بيان لـ«الأونروا»): a body
 * or role, never a person's name read into «بيان»; none named: the body before («وأضاف البيان»).
 */
function documentIssuer(text: string, tokens: TextToken[], from: number): SpeakerRef {
  let k = from;
  while (k < tokens.length && ISSUED.has(tokens[k]!.norm) && !/[.:؛!؟?]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) k++;
  if (k > from && tokens[k - 1]!.norm === "ل") {
    // لـ«الأونروا»: the quoted name is the issuer
    const quoted = /^[\s\u0640]*[«"“]([^«»"“”]{1,40})[»"”]/.exec(text.slice(tokens[k - 1]!.end));
    return quoted ? { type: "named", name: quoted[1]!.trim(), title: null, person: false } : { type: "previous" };
  }
  const phrase = k < tokens.length ? subjectPhrase(text, tokens, k) : [];
  const issuer = phrase.length ? parsePhrase(phrase) : null;
  if (!issuer || issuer.type === "previous" || (issuer.type === "named" && issuer.person)) return { type: "previous" };
  return withQuotedName(toRef(issuer), text, phrase.at(-1));
}

/**
 * صحيفة «عكاظ»، شركة "كي بي إم جي": the quoted name after a naming noun belongs to the speaker's name; so does
 * a short one after a body headed by a naming noun and its definite words (وكالة التصنيف الائتماني «ستاندرد
 * آند بورز»، شركة الاستشارات العالمية الخاصة «ريبوتيشن انستيتيوت»).
 */
function withQuotedName(ref: SpeakerRef, text: string, last: TextToken | undefined): SpeakerRef {
  if (ref.type !== "named" || !last) return ref;
  const headed = !ref.person && !ref.anonymous && last.article && NAMING_NOUNS.has(bareNoun(normalizeArabic(ref.name.split(" ")[0]!)));
  if (NAMING_NOUNS.has(bareNoun(last.norm)) || headed) {
    const quoted = /^\s*[«"“]([^«»"“”]{1,40})[»"”]/.exec(text.slice(last.end));
    const n = quoted?.[1]!.trim().split(/\s+/).length ?? 0;
    if (quoted && (NAMING_NOUNS.has(bareNoun(last.norm)) || (n >= 2 && n <= MAX_BODY_SHORT_NAME))) ref.name = `${ref.name} ${quoted[1]!.trim()}`;
  }
  return ref;
}
/**
 * Most words of a quoted name after a body's definite words (ستاندرد آند بورز has three); one word there is
 * the short form of the words before it (شركة النقل البحري الوطنية «بحري»: a form of the body, article-names.ts).
 */
const MAX_BODY_SHORT_NAME = 3;

/**
 * Notes on a person's ref whether the phrase goes on after the name: words after it in the phrase (the
 * title after the name when they are all of it), or, right after the phrase, a preposition or a ل/ب word
 * («إسماعيل هنية القيادي في حركة حماس»، «ديك ديربن المؤيد للاتفاق»): a last word of the name may then open
 * an apposition (name-boundary.ts decides from the corpus's counts).
 */
function goesOn(ref: Extract<SpeakerRef, { type: "named" }>, text: string, tokens: TextToken[], phrase: TextToken[], start: number): void {
  const last = ref.name.split(" ").at(-1);
  const at = phrase.findLastIndex((t) => t.raw === last);
  if (at < 0) return;
  if (at < phrase.length - 1) {
    ref.goesOn = phrase.slice(at + 1).map((t) => t.raw).join(" ") === ref.title ? "title" : "complement";
    return;
  }
  const next = tokens[start + phrase.length];
  if (!next || breaksPhrase(text.slice(phrase.at(-1)!.end, next.start)) || isThat(next) || next.norm === "ل") {
    ref.ends = true;
    return;
  }
  if ((next.norm === "علي" ? /ى$/.test(next.raw) : COMPLEMENT_PREPOSITIONS.has(next.norm)) || /^(?:لل|بال|ل|ب).{3,}/.test(next.norm)) ref.goesOn = "complement";
}
/** The full name right after a comma at token `next` when the phrase there is a person's name alone (no title), with the phrase; else null. */
function nameAfterComma(text: string, tokens: TextToken[], next: number): { name: string; phrase: TextToken[] } | null {
  if (!tokens[next] || !/^\s*[،,]\s*$/.test(text.slice(tokens[next - 1]!.end, tokens[next]!.start))) return null;
  const phrase = subjectPhrase(text, tokens, next);
  const after = parsePhrase(phrase);
  // a full name (two words or more): one word after the comma is as often a clause's (كاتب هذه السطور، فيجب …)
  // (ranks before it allowed: «الملحق بالسفارة في القاهرة، الجنرال تشارلز هوبر»)
  const ranksOnly = after.type === "named" && (after.title === null || after.title.split(/\s+/).every((w) => RANKS.has(bareNoun(normalizeArabic(w)))));
  return after.type === "named" && after.person && !after.anonymous && ranksOnly && !after.rank && /\s/.test(after.name) ? { name: after.name, phrase } : null;
}

/**
 * «بان كي مون بمحاكمة الجناة»: a name that opens with a particle-spelled word the article repeats as a name
 * (particle-names.ts) is that run of words; the ref is marked so that trimSubject keeps its words.
 */
function particleRun(ref: Extract<SpeakerRef, { type: "named" }>, phrase: TextToken[]): SpeakerRef {
  const opener = phrase.findIndex((t) => t.particleName);
  if (opener >= 0 && ref.name.startsWith(phrase[opener]!.raw)) {
    ref.name = phrase.slice(opener, opener + phrase[opener]!.particleName!).map((t) => t.raw).join(" ");
    ref.particleName = true;
  }
  return ref;
}

/**
 * «أوضح مدير فرع الجمعية “سياف آل خشيل”، أن …»: a role, then right after it a quoted name of two or three
 * words and then (after a comma or not) أنّ/إنّ: the name of the role's holder, in quotation marks.
 */
function quotedNameAfter(text: string, tokens: TextToken[], spans: Array<[number, number]>, next: number): string | null {
  const last = tokens[next - 1];
  const span = last && spans.find(([s]) => s > last.end && /^\s*[«"“]$/.test(text.slice(last.end, s)));
  if (!span) return null;
  const words = spanWords(text, span[0], span[1]);
  const after = tokens.find((t) => t.start > span[1]);
  if (words < 2 || words > 3 || !after || !isThat(after) || !/^[\s»"”،,]*$/.test(text.slice(span[1], after.start))) return null;
  return text.slice(span[0], span[1]).trim();
}

/** Prepositions that open a title's complement after a name (القيادي في، المسؤول عن، سفير لدى): closed class. */
const COMPLEMENT_PREPOSITIONS = new Set(["في", "عن", "لدي", "علي", "داخل"]);

function toRef(parsed: ParsedSpeaker, via?: SubjectPath): SpeakerRef {
  if (parsed.type === "named") return { type: "named", name: parsed.name, title: parsed.title, person: parsed.person, anonymous: parsed.anonymous, ...(parsed.rank ? { rank: parsed.rank } : {}), ...(via ? { via } : {}) };
  return via && parsed.type === "role" ? { ...parsed, via } : parsed;
}

/**
 * A speech verb introduces a quote when the quote follows its speaker phrase closely, or a colon,
 * a أنّ/إنّ particle or عن (أعرب عن …) stands between them; otherwise the quoted words are the object
 * of another phrase (أكد عدم قبول … “ستاند اب”) and are not the speaker's statement.
 */
function introduces(text: string, tokens: TextToken[], verb: number, quoteStart: number): boolean {
  if (/:/.test(text.slice(tokens[verb]!.end, quoteStart))) return true;
  const phraseLength = isParticiple(tokens[verb]!) ? 0 : subjectPhrase(text, tokens, verb + 1).length;
  const between = tokens.filter((t, k) => k > verb && t.end <= quoteStart);
  // an occasion (في تصريح صحفي، خلال مؤتمر صحافي) between the speaker and the quote does not separate them
  if (between.length - phraseLength - occasionWords(tokens, verb + 1, verb + between.length) <= 2) return true;
  return between.some((t) => isThat(t) || t.norm === "\u0639\u0646");
}

/** The named subjects of the paragraph's speech verbs, in order; `view` default: paragraphView(text). */
export function verbSubjects(text: string, view: ParagraphView = paragraphView(text)): VerbSubject[] {
  const { tokens } = view;
  const out: VerbSubject[] = [];
  tokens.forEach((t, k) => {
    if (!isSpeech(t)) return;
    const ref = verbRef(view, k);
    if (ref.type === "named" || ref.type === "role") out.push({ start: t.start, ref });
  });
  return out;
}

/**
 * Speech verbs whose direct object is the hearer (closed class, normalized, without و/ف: a verb with a
 * conjunction opens its clause, verb-subject-object): أبلغ، أخبر، أعلم، طمأن، وعد and their feminine.
 */
const HEARER_VERBS = new Set(["ابلغ", "ابلغت", "اخبر", "اخبرت", "اعلم", "اعلمت", "طمان", "طمانت", "وعد", "وعدت", "يبلغ", "تبلغ"]);

/** Prepositions (closed class) after which a speech word is a noun: على وصف، من قول، إلى تأكيد. */
const AFTER_PREPOSITION = new Set(["علي", "في", "من", "الي", "عن", "مع", "حول", "بعد", "قبل"]);

/** Direct quotes and reported clauses of one paragraph, each with the verb's speaker reference; `view` default: paragraphView(text). */
export function extractStatements(text: string, view: ParagraphView = paragraphView(text)): FoundStatement[] {
  const { tokens, spans } = view;
  const ends = sentenceEnds(text, spans);
  const sentenceOf = (offset: number) => ends.findIndex((e) => offset <= e);
  // a speech word right after a preposition is a verbal noun (حصلت على وصف بأنها …), never a verb
  const speechAt = tokens.map((t, k) => (isSpeech(t) || isParticiple(t)) && !(k > 0 && AFTER_PREPOSITION.has(tokens[k - 1]!.norm) && !breaksPhrase(text.slice(tokens[k - 1]!.end, t.start))) && !constructNoun(text, tokens, k) && !governedMasdar(text, tokens, k));
  const out: FoundStatement[] = [];
  // each token's sentence and whether a speaker may follow from it (a speech word or a source marker),
  // read once for the paragraph rather than once per quotation
  const sentenceAt = spans.length ? tokens.map((t) => sentenceOf(t.start)) : [];
  const speaksAfter = spans.length ? tokens.map((t) => isSpeech(t) || isSource(t)) : [];
  /** The first token after offset `qe` in sentence `sentence` that a speaker may follow from, or -1. */
  const speakerAfter = (qe: number, sentence: number) => {
    for (let k = lowerBound(0, tokens.length, (i) => tokens[i]!.start <= qe); k < tokens.length; k++) if (sentenceAt[k] === sentence && speaksAfter[k]) return k;
    return -1;
  };

  // a span the term rules let through may still be a name (quote-name.ts: a learned check)
  const named = spans.map(([s, e]) => isTerm(text, tokens, s, e) || isQuotedName(text, tokens, [s, e], spans, view.quoteCounts));
  for (const [i, [qs, qe]] of spans.entries()) {
    if (named[i]) {
      out.push({ text: text.slice(qs, qe).trim(), kind: "direct", start: qs, ref: { type: "none", term: true } });
      continue;
    }
    let verb = lastEndingBy(tokens, qs);
    while (verb >= 0 && !speechAt[verb]) verb--;
    let ref: SpeakerRef = { type: "none" };
    // a verb in an earlier sentence never introduces the quote (قال إن … . وحصلت على وصف بأنها «…»)
    if (verb >= 0 && sentenceOf(tokens[verb]!.start) !== sentenceOf(qs)) verb = -1;
    if (verb >= 0 && introduces(text, tokens, verb, qs)) ref = verbRef(view, verb);
    else {
      const sentence = sentenceOf(qe);
      const after = speakerAfter(qe, sentence);
      if (after >= 0) ref = verbRef(view, after);
      // «الوزير فلان: "…"»: a speaker phrase and a colon, no verb
      const colon = after < 0 ? speakerBeforeColon(text, tokens, qs) : null;
      if (colon) ref = toRef(colon, "colon");
      // «وقال ظريف في اجتماع عقد لدراسة … "لقد أعلنا …"»: a statement-length quote in the sentence of a speech verb before it
      else if (after < 0 && verb >= 0 && sentenceOf(tokens[verb]!.start) === sentenceOf(qs) && !isShortSpan(text, qs, qe)) ref = verbRef(view, verb);
    }
    out.push({ text: text.slice(qs, qe).trim(), kind: "direct", start: qs, ref });
  }

  // reported speech: verb ... أنّ/إنّ clause; a short quoted name or term may stand in it (لـ«عكاظ»، “حماية الأجور”)
  const clauseContext = { text, tokens, statementSpans: spans.filter((_, i) => !named[i]), speechAt, isThat, sentenceEndAt: (offset: number) => ends[sentenceOf(offset)]! };
  for (const c of reportedClauses(clauseContext)) out.push({ text: c.text, kind: "reported", start: c.start, ref: verbRef(view, c.verb) });
  out.push(...colonStatements(text, tokens, spans, ends, speechAt, (k) => verbRef(view, k)));
  return out.sort((a, b) => a.start - b.start);
}
