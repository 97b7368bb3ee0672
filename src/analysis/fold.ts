/**
 * normalizeArabic's folds as UTF-16 code units, read straight from stored UTF-8 (or from a string)
 * in one pass, for substring tests over paragraphs that would otherwise be decoded and normalized
 * by a chain of regular expressions for each test.
 *
 * Same result as normalizeArabic for every character it folds: harakat, dagger alef and tatweel
 * dropped; أ إ آ ٱ -> ا; ى -> ي; ة -> ه; Arabic-Indic and Persian digits -> 0-9; Latin lower-cased;
 * and NFKC for the characters news text carries that decompose on their own (no-break and other
 * spaces, the presentation forms and lam-alef ligatures, full-width forms). NFKC of sequences
 * (a letter followed by a combining hamza) comes out the same because the mark is dropped.
 */
let buffer = new Uint16Array(4096);
/** Marks a character that folds to several (a ligature); U+FFFF is a noncharacter, never in text. */
const MANY = 0xffff;
/** Marks a character of COMPAT_RANGES not yet looked up; U+FFFE is a noncharacter too. */
const PENDING = 0xfffe;

/** The Arabic block U+0600..U+06FF: harakat, dagger alef and tatweel to 0 (dropped), the letter and digit folds. */
const ARABIC_BLOCK = (() => {
  const t = new Uint16Array(0x100);
  for (let i = 0; i < 0x100; i++) t[i] = 0x600 + i;
  const set = (c: number, to: number) => (t[c - 0x600] = to);
  for (let c = 0x064b; c <= 0x065f; c++) set(c, 0);
  set(0x0670, 0);
  set(0x0640, 0);
  for (const c of [0x0623, 0x0625, 0x0622, 0x0671]) set(c, 0x0627);
  set(0x0649, 0x064a);
  set(0x0629, 0x0647);
  for (let d = 0; d < 10; d++) set(0x0660 + d, 0x30 + d), set(0x06f0 + d, 0x30 + d);
  return t;
})();

/**
 * Ranges whose characters NFKC or lower-casing may change. Each character is looked up
 * (String.normalize) the first time it is met: a table of them all would cost an isolate some
 * milliseconds on its first question.
 */
const COMPAT_RANGES: Array<[number, number]> = [[0x00a0, 0x024f], [0x2000, 0x24ff], [0xfb50, 0xfdff], [0xfe70, 0xfeff], [0xff00, 0xffef]];
const compat = COMPAT_RANGES.map(([from, to]) => ({ from, to, folds: new Uint16Array(to - from + 1).fill(PENDING) }));
const expand = new Map<number, number[]>();

/** A character's fold: itself, another character, 0 (dropped) or MANY (see expand). */
function foldOf(c: number): number {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? c + 32 : c;
  if (c >= 0x600 && c <= 0x6ff) return ARABIC_BLOCK[c - 0x600]!;
  for (const range of compat) {
    if (c < range.from || c > range.to) continue;
    const f = range.folds[c - range.from]!;
    return f === PENDING ? (range.folds[c - range.from] = resolve(c)) : f;
  }
  return c;
}

/** Looks a COMPAT_RANGES character up: NFKC, lower case, then the folds above. */
function resolve(c: number): number {
  const n = String.fromCharCode(c).normalize("NFKC").toLowerCase();
  if (n === String.fromCharCode(c)) return c;
  const codes = [...n].map((ch) => foldOf(ch.charCodeAt(0))).filter((x) => x !== 0);
  if (codes.length === 1) return codes[0]!;
  if (codes.length === 0) return 0;
  expand.set(c, codes);
  return MANY;
}

/** Room for n code units: a text never folds longer than its length (UTF-8 bytes or UTF-16 units) but for ligatures. */
function reserve(n: number): void {
  if (n <= buffer.length) return;
  const next = new Uint16Array(Math.max(n, buffer.length * 2));
  next.set(buffer);
  buffer = next;
}

/** Appends a character's fold at n; returns the new length. */
function fold(code: number, n: number): number {
  const f = foldOf(code);
  if (f !== MANY || code === MANY) {
    if (f !== 0 || code === 0) buffer[n++] = f;
    return n;
  }
  const many = expand.get(code)!;
  // the buffer holds the whole input; each expansion makes room for what it adds
  const next = new Uint16Array(buffer.length + many.length);
  next.set(buffer);
  buffer = next;
  for (const m of many) buffer[n++] = m;
  return n;
}

/** The folded code units of a text (a Uint8Array is read as UTF-8, as paragraphs are stored), a copy of its own. */
export function foldedCodes(input: Uint8Array | string): Uint16Array {
  return foldInto(input).slice();
}

/** Folds into the shared buffer and returns a view of it, valid until the next fold. */
function foldInto(input: Uint8Array | string): Uint16Array {
  reserve(input.length + 16);
  let n = 0;
  if (typeof input === "string") {
    for (let i = 0; i < input.length; i++) n = fold(input.charCodeAt(i), n);
    return buffer.subarray(0, n);
  }
  const b = input;
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    let cp: number;
    if (x < 0x80) cp = b[i++]!;
    else if (x < 0xe0) {
      cp = ((x & 0x1f) << 6) | (b[i + 1]! & 0x3f);
      i += 2;
    } else if (x < 0xf0) {
      cp = ((x & 0x0f) << 12) | ((b[i + 1]! & 0x3f) << 6) | (b[i + 2]! & 0x3f);
      i += 3;
    } else {
      cp = (((x & 0x07) << 18) | ((b[i + 1]! & 0x3f) << 12) | ((b[i + 2]! & 0x3f) << 6) | (b[i + 3]! & 0x3f)) - 0x10000;
      i += 4;
      n = fold(0xd800 + (cp >> 10), n);
      cp = 0xdc00 + (cp & 0x3ff);
    }
    n = fold(cp, n);
  }
  return buffer.subarray(0, n);
}

