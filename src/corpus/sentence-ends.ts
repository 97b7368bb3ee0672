/**
 * The one sentence splitter: statement extraction (quotes.ts) and summaries (sentences.ts) both cut
 * text where this says a sentence ends.
 */

/** Characters that end a sentence, as code units: . ! ? ؟ … and the line end. */
const ENDER_CODES = new Set([...".!?؟…\n"].map((c) => c.charCodeAt(0)));
/** Characters that stay with the sentence they follow: more enders, closing quotes and brackets. */
const TRAILERS = /[.!?؟…"»”’)\]]/;
/** TRAILERS as code units. */
const TRAILER_CODES = new Set([...'.!?؟…"»”’)]'].map((c) => c.charCodeAt(0)));
const DOT = 0x2e;
/** An ASCII digit, as /\d/ reads one (NaN, off the text, is none). */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** Whether offset i lies in one of the [start, end) spans. */
function inside(spans: ReadonlyArray<readonly [number, number]>, i: number): boolean {
  for (const span of spans) if (i >= span[0] && i < span[1]) return true;
  return false;
}

/** Abbreviations that end in a full stop without ending a sentence: one letter (د. م. أ.), ق.م، ص.ب، الخ (closed class). */
const ABBREVIATION = /(?:^|[\s(])(?:[\u0621-\u064A]|[A-Za-z]|ق\.م|ص\.ب|الخ)$/u;

/** True when the full stop at `dot` ends an abbreviation (د. ق.م) rather than a sentence. */
export function isAbbreviation(text: string, dot: number): boolean {
  return ABBREVIATION.test(text.slice(Math.max(0, dot - 4), dot));
}

/**
 * Offsets of the characters that end sentences (. ! ? ؟ … and line ends), plus text.length last. Not an
 * end: a mark inside a quoted span ([start, end) offsets), a decimal point (3.5), the full stop of an
 * abbreviation (د.), or a mark that trails another end (?! or .») — a run ends one sentence, at its first mark.
 */
export function sentenceEnds(text: string, quoted: ReadonlyArray<readonly [number, number]>): number[] {
  const ends: number[] = [];
  // read by code unit: text[i] would make a string of every Arabic character (this runs over every paragraph)
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!ENDER_CODES.has(c)) continue;
    if (inside(quoted, i)) continue;
    if (c === DOT && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) continue;
    if (c === DOT && isAbbreviation(text, i)) continue;
    ends.push(i);
    while (i + 1 < text.length && TRAILER_CODES.has(text.charCodeAt(i + 1))) i++;
  }
  ends.push(text.length);
  return ends;
}

/** Where the sentence ending at `end` (an offset from sentenceEnds) stops, its trailing marks included. */
export function sentenceStop(text: string, end: number): number {
  let stop = Math.min(end + 1, text.length);
  while (stop < text.length && TRAILERS.test(text[stop]!)) stop++;
  return stop;
}
