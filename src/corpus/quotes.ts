import { DOCUMENT_NOUNS, SAYING_NOUNS, PHRASE_STOPS, SOURCE_MARKERS, SPEECH_PARTICIPLES, SPEECH_VERBS, THAT_PARTICLES, TITLE_WORDS, NAME_LINKS, ROLE_NOUNS } from "./lexicon";
import { breaksPhrase, sentenceEnds, textTokens, type TextToken } from "./text-tokens";

/** Who a statement's verb points to, before coreference across the article. */
export type SpeakerRef =
  | { type: "named"; name: string; title: string | null }
  /** A role noun with the article (السفير): someone named earlier with that role. */
  | { type: "role"; role: string; text: string }
  /** A verb with no subject (وقال، مؤكدا): the sentence's or paragraph's speaker before. */
  | { type: "previous" }
  /** No speech verb at all: a term in quotation marks, not a statement. */
  | { type: "none" };

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

/** «عدد من الناشطين»، «أحد المسؤولين»: a quantity, then من, is one speaker phrase. */
const QUANTIFIERS = new Set(["\u0639\u062F\u062F", "\u0627\u062D\u062F", "\u0628\u0639\u0636", "\u0645\u062C\u0645\u0648\u0639\u0647"]); // عدد احد بعض مجموعه

/**
 * A term in quotation marks rather than a statement: three words at most, with a word (not a colon
 * or أنّ) right before it and the sentence going on right after it: بالسعي إلى "زعزعة استقرار" بلاده.
 */
function isTerm(text: string, tokens: TextToken[], qs: number, qe: number): boolean {
  if (text.slice(qs, qe).trim().split(/\s+/).length > 3) return false;
  const before = tokens.filter((t) => t.end <= qs - 1).at(-1);
  if (!before || /:/.test(text.slice(before.end, qs)) || isThat(before) || isSpeech(before) || isParticiple(before)) return false;
  return /^\s*[\p{L}\p{N}]/u.test(text.slice(qe + 1));
}

const OPENERS = "«“";
const CLOSERS = "»”";
const EITHER = '"‘’';
/** Which marks close a span opened by each mark. */
const CLOSES_WITH: Record<string, string> = { "«": "»", "“": '”"', '"': '"”', "‘": "‘’", "’": "’‘" };

/** Whether a quotation mark opens or closes, from the characters around it. */
function role(text: string, i: number, depth: number): "open" | "close" {
  const c = text[i]!;
  if (OPENERS.includes(c)) return "open";
  if (CLOSERS.includes(c)) return "close";
  const before = text[i - 1] ?? " ";
  const after = text[i + 1] ?? " ";
  const space = (x: string) => /[\s(\[:،,؛]/.test(x);
  const end = (x: string) => /[\s.،,:؛!?؟)\]]/.test(x);
  if (space(before) && !space(after)) return "open";
  if (!space(before) && end(after)) return "close";
  return depth === 0 ? "open" : "close"; // و"ردّ …" opens, a mark between two spaces follows the nesting
}

/**
 * Top-level quoted spans [contentStart, contentEnd). Marks are paired with a stack, so quotes nested
 * inside a quote («… ‘…’ …», "… "…" …") belong to it; a quote left open runs to the paragraph's end.
 */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (!OPENERS.includes(c) && !CLOSERS.includes(c) && !EITHER.includes(c)) continue;
    const top = stack.at(-1);
    const closes = top !== undefined && (CLOSES_WITH[text[top]!] ?? "").includes(c);
    if (role(text, i, stack.length) === "open" || (!closes && EITHER.includes(c))) stack.push(i);
    else if (closes) {
      const open = stack.pop()!;
      if (stack.length === 0 && text.slice(open + 1, i).trim()) spans.push([open + 1, i]);
    }
  }
  if (stack.length && text.slice(stack[0]! + 1).trim().split(/\s+/).length >= 3) spans.push([stack[0]! + 1, text.length]);
  return spans;
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
  return THAT_PARTICLES.has(t.norm) || THAT_PARTICLES.has(t.bare);
}

/** Name-like: no article, not a title word, not ل+article. */
function nameLike(t: TextToken): boolean {
  return !t.article && !TITLE_WORDS.has(t.norm);
}

/** The speaker phrase after a speech verb (or source marker), up to the first stop. */
export function subjectPhrase(text: string, tokens: TextToken[], from: number): TextToken[] {
  const phrase: TextToken[] = [];
  for (let k = from; k < tokens.length && phrase.length < 12; k++) {
    const t = tokens[k]!;
    const prevEnd = k === from ? tokens[from - 1]?.end ?? t.start : tokens[k - 1]!.end;
    if (breaksPhrase(text.slice(prevEnd, t.start))) break;
    const partitive = t.norm === "\u0645\u0646" && phrase.length === 1 && QUANTIFIERS.has(phrase[0]!.norm);
    if (!partitive && (PHRASE_STOPS.has(t.norm) || PHRASE_STOPS.has(t.bare) || isThat(t) || isSpeech(t) || isParticiple(t))) break;
    if (/[\u064B]|\u0627\u064B|\u064B\u0627/.test(t.raw) || (/\u0627$/.test(t.norm) && t.norm.length > 4 && /\u064B/.test(t.raw))) break;
    if (phrase.some(nameLike) && t.norm.startsWith("\u0644\u0644")) break;
    if (phrase.some(nameLike) && /^\u0644/.test(t.norm) && t.norm.length >= 4) break;
    phrase.push(t);
  }
  return phrase;
}

/**
 * Splits a speaker phrase into title and name: the title words come first (words with the article,
 * title words such as وزير، باسم، لدى), then the name, at most three words plus linking particles
 * (بن، عبد، أبو), and a closing family name with the article (عادل الجبير). A title may also follow
 * the name (سامر خليل المتحدث باسم الوزارة). A phrase with no name-like word is a body (وزارة الخارجية).
 */
export function splitTitle(phrase: TextToken[]): { name: string; title: string | null } | null {
  if (phrase.length === 0) return null;
  const join = (ts: TextToken[]) => ts.map((t) => t.raw).join(" ");
  const isLink = (k: number) => NAME_LINKS.has(phrase[k]!.norm) || (k > 0 && NAME_LINKS.has(phrase[k - 1]!.norm));
  // a word in construct with a following article word is title (بمنطقة المدينة، دعم الولايات), unless that word ends the phrase (معدي الهاجري)
  const construct = (k: number) => k + 2 < phrase.length && phrase[k + 1]!.article;
  let start = 0;
  while (start < phrase.length && ((!nameLike(phrase[start]!) && !NAME_LINKS.has(phrase[start]!.norm)) || construct(start))) start++;
  if (start === phrase.length) return { name: join(phrase), title: null };
  let end = start;
  let words = 0;
  while (end < phrase.length && (nameLike(phrase[end]!) || isLink(end))) {
    if (!isLink(end) && !NAME_LINKS.has(phrase[end]!.norm)) words++;
    if (words > 3) break;
    end++;
    if (construct(end - 1)) break;
  }
  if (end === phrase.length - 1 && phrase[end]!.article && words < 3) end++; // محمد حسن النجيدي
  const before = phrase.slice(0, start);
  const after = phrase.slice(end);
  const title = before.length ? join(before) : after.length && !nameLike(after[0]!) ? join(after) : null;
  return { name: join(phrase.slice(start, end)), title };
}

function refAfter(text: string, tokens: TextToken[], verbIndex: number): SpeakerRef {
  const verb = tokens[verbIndex]!;
  if (SAYING_NOUNS.has(verb.norm)) {
    for (let k = verbIndex - 1; k >= 0 && k >= verbIndex - 10; k--) {
      if (tokens[k]!.norm !== "\u0639\u0646") continue;
      const split = splitTitle(subjectPhrase(text, tokens, k + 1).slice(0, verbIndex - k - 1));
      return split ? { type: "named", ...split } : { type: "previous" };
    }
    return { type: "previous" };
  }
  if (isParticiple(verb)) return { type: "previous" };
  const phrase = subjectPhrase(text, tokens, verbIndex + 1);
  if (phrase.length === 1 && phrase[0]!.article && ROLE_NOUNS.has(phrase[0]!.norm.slice(2))) {
    return { type: "role", role: phrase[0]!.norm.slice(2), text: phrase[0]!.raw };
  }
  if (phrase.length === 1 && DOCUMENT_NOUNS.has(phrase[0]!.norm)) return { type: "previous" };
  const split = splitTitle(phrase);
  return split ? { type: "named", ...split } : { type: "previous" };
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
  if (between.length - phraseLength <= 2) return true;
  return between.some((t) => isThat(t) || t.norm === "\u0639\u0646");
}

/** The named subjects of the paragraph's speech verbs, in order. */
export function verbSubjects(text: string): VerbSubject[] {
  const tokens = textTokens(text);
  const out: VerbSubject[] = [];
  tokens.forEach((t, k) => {
    if (!isSpeech(t)) return;
    const ref = refAfter(text, tokens, k);
    if (ref.type === "named" || ref.type === "role") out.push({ start: t.start, ref });
  });
  return out;
}

/** Direct quotes and reported clauses of one paragraph, each with the verb's speaker reference. */
export function extractStatements(text: string): FoundStatement[] {
  const tokens = textTokens(text);
  const spans = quoteSpans(text);
  const ends = sentenceEnds(text, spans);
  const sentenceOf = (offset: number) => ends.findIndex((e) => offset <= e);
  const speechAt = tokens.map((t) => isSpeech(t) || isParticiple(t));
  const out: FoundStatement[] = [];

  for (const [qs, qe] of spans) {
    if (isTerm(text, tokens, qs, qe)) {
      out.push({ text: text.slice(qs, qe).trim(), kind: "direct", start: qs, ref: { type: "none" } });
      continue;
    }
    let verb = -1;
    for (let k = 0; k < tokens.length && tokens[k]!.end <= qs; k++) if (speechAt[k]) verb = k;
    let ref: SpeakerRef = { type: "none" };
    if (verb >= 0 && introduces(text, tokens, verb, qs)) ref = refAfter(text, tokens, verb);
    else {
      const sentence = sentenceOf(qe);
      const after = tokens.findIndex((t) => t.start > qe && sentenceOf(t.start) === sentence && (isSpeech(t) || isSource(t)));
      if (after >= 0) ref = refAfter(text, tokens, after);
    }
    out.push({ text: text.slice(qs, qe).trim(), kind: "direct", start: qs, ref });
  }

  // reported speech: verb ... أنّ/إنّ clause with no quotation marks in it
  tokens.forEach((t, k) => {
    if (!speechAt[k]) return;
    const sentenceEnd = ends[sentenceOf(t.start)]!;
    for (let j = k + 1; j < tokens.length && j <= k + 24 && tokens[j]!.start < sentenceEnd; j++) {
      const tj = tokens[j]!;
      if (spans.some(([s]) => s > t.end && s < tj.start) || (speechAt[j] && j > k)) return;
      if (!isThat(tj)) continue;
      const clauseStart = tokens[j + 1]?.start ?? sentenceEnd;
      const clauseEnd = Math.min(sentenceEnd, ...spans.map(([s]) => s - 1).filter((s) => s > clauseStart), ...tokens.filter((x, i) => i > j && speechAt[i]).map((x) => x.start));
      const inQuote = spans.some(([s, e]) => (s >= tj.start && s < sentenceEnd) || (tj.start > s && tj.start < e));
      if (inQuote) return;
      const clause = text.slice(clauseStart, clauseEnd).replace(/[\s،,.:؛]+$/u, "").trim();
      if (clause.split(/\s+/).length >= 2) out.push({ text: clause, kind: "reported", start: tj.start, ref: refAfter(text, tokens, k) });
      return;
    }
  });
  return out.sort((a, b) => a.start - b.start);
}
