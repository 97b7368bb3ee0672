import { PHRASE_STOPS, SOURCE_MARKERS, SPEECH_PARTICIPLES, SPEECH_VERBS, THAT_PARTICLES, TITLE_WORDS, NAME_LINKS, ROLE_NOUNS } from "./lexicon";
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

export interface FoundStatement {
  text: string;
  kind: "direct" | "reported";
  /** Offset of the statement in the paragraph. */
  start: number;
  ref: SpeakerRef;
}

const PAIRS: Record<string, string> = { "«": "»", "“": "”", '"': '"', "‘": "’‘" };

/** Top-level quoted spans [contentStart, contentEnd); quotes nested inside a span belong to it. */
export function quoteSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = 0;
  while (i < text.length) {
    const closers = PAIRS[text[i]!];
    if (closers) {
      let end = -1;
      for (let j = i + 1; j < text.length; j++) {
        if (closers.includes(text[j]!)) {
          end = j;
          break;
        }
      }
      if (end > i + 1 && text.slice(i + 1, end).trim()) {
        spans.push([i + 1, end]);
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return spans;
}

function isSpeech(t: TextToken): boolean {
  return SPEECH_VERBS.has(t.norm) || SPEECH_VERBS.has(t.bare);
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
  for (let k = from; k < tokens.length && phrase.length < 8; k++) {
    const t = tokens[k]!;
    const prevEnd = k === from ? tokens[from - 1]?.end ?? t.start : tokens[k - 1]!.end;
    if (breaksPhrase(text.slice(prevEnd, t.start))) break;
    if (PHRASE_STOPS.has(t.norm) || PHRASE_STOPS.has(t.bare) || isThat(t) || isSpeech(t) || isParticiple(t)) break;
    if (/[\u064B]|\u0627\u064B|\u064B\u0627/.test(t.raw) || (/\u0627$/.test(t.norm) && t.norm.length > 4 && /\u064B/.test(t.raw))) break;
    if (phrase.some(nameLike) && t.norm.startsWith("\u0644\u0644")) break;
    if (phrase.length && phrase.some(nameLike) && /^\u0644/.test(t.norm) && !nameLike(phrase.at(-1)!)) break;
    phrase.push(t);
  }
  return phrase;
}

/** Splits a speaker phrase into its title and the name at its end. */
export function splitTitle(phrase: TextToken[]): { name: string; title: string | null } | null {
  if (phrase.length === 0) return null;
  const join = (ts: TextToken[]) => ts.map((t) => t.raw).join(" ");
  let start = phrase.length;
  while (start > 0 && (nameLike(phrase[start - 1]!) || NAME_LINKS.has(phrase[start - 1]!.norm))) start--;
  if (start === phrase.length) {
    // a family name with the article after a first name: وزير الخارجية عادل الجبير
    const n = phrase.length;
    if (n >= 3 && nameLike(phrase[n - 2]!) && !nameLike(phrase[n - 3]!)) start = n - 2;
    else return { name: join(phrase), title: null }; // an organization: الكرملين، الولايات المتحدة
  }
  // a name is at most two words, plus the particles that link names (بن، عبد، أبو)
  let nameStart = Math.max(start, phrase.length - 2);
  while (nameStart > start && (NAME_LINKS.has(phrase[nameStart]!.norm) || NAME_LINKS.has(phrase[nameStart - 1]!.norm))) nameStart--;
  const title = phrase.slice(0, nameStart);
  return { name: join(phrase.slice(nameStart)), title: title.length ? join(title) : null };
}

function refAfter(text: string, tokens: TextToken[], verbIndex: number): SpeakerRef {
  const verb = tokens[verbIndex]!;
  if (isParticiple(verb)) return { type: "previous" };
  const phrase = subjectPhrase(text, tokens, verbIndex + 1);
  if (phrase.length === 1 && phrase[0]!.article && ROLE_NOUNS.has(phrase[0]!.norm.slice(2))) {
    return { type: "role", role: phrase[0]!.norm.slice(2), text: phrase[0]!.raw };
  }
  const split = splitTitle(phrase);
  return split ? { type: "named", ...split } : { type: "previous" };
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
    let verb = -1;
    for (let k = 0; k < tokens.length && tokens[k]!.end <= qs; k++) if (speechAt[k]) verb = k;
    let ref: SpeakerRef = { type: "none" };
    if (verb >= 0) ref = refAfter(text, tokens, verb);
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
