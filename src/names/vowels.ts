/**
 * Short vowels by word shape (issue 14 part 9). Arabic does not write short vowels, and a name's shape says
 * where they go: the positions of the long-vowel letters ا و ي among its consonants (CاCC: خالد khalid,
 * CCيC: ظريف zarif, CCاC: نظام nizam). scripts/translit/fit-vowels.ts counts, over the best unit cuts of the
 * fitting pairs, which vowel the English writes at each boundary between two Arabic letters, per shape and
 * boundary, and per local window of the shape (the back-off); the speller's beam adds `weight` times the log
 * of that probability for the vowel each hypothesis writes there, so a spelling without a vowel the shape
 * expects (khald) loses to one with it.
 */

/** The long-vowel letters a shape keeps (a closed class: ا و ي; every other letter is C). */
const LONG = /[\u0627\u0648\u064A]/;
/**
 * Letters for sounds Western names lack (a closed class: ح خ ع ق ص ض ط ظ ذ; غ and ث are left out, the data
 * writes Western g and th with them): a word holding one is most likely of Arabic origin, and its shape's
 * vowels are counted apart (fitting part, CاCC at its last boundary: 3 of 26 such names write no vowel, 46
 * of 101 others).
 */
export const ARABIC_ONLY = /[\u062D\u062E\u0639\u0642\u0635\u0636\u0637\u0638\u0630]/;
/** Latin vowel letters (a closed class; y is read as a consonant). */
const VOWELS = "aeiou";
/** The classes counted at a boundary: no vowel (-), then each vowel letter. */
export const CLASSES = "-aeiou";
/** Pseudo-count of the back-off at each level (interpolation). */
const K = 2;

/** The shipped table (ModelFile.vowels): the beam's weight and "key:n-,na,ne,ni,no,nu" rows joined by spaces. */
export interface VowelFile {
  weight: number;
  rows: string;
  /** The origins (boundaryKeys: A, W) whose words the beam weighs (default "AW": every word). */
  origins?: string;
}

/** A word's shape: ا و ي as written, every other letter C (خالد -> CاCC). */
export function shapeOf(a: string): string {
  return [...a].map((c) => (LONG.test(c) ? c : "C")).join("");
}

/**
 * The table's keys for the boundary before letter `j` of Arabic letters `a`, most specific first: its
 * origin (A: holds an ARABIC_ONLY letter, W: not) with its shape and boundary, the origin with the shape's
 * four letters around the boundary, those four letters, the two letters on each side.
 */
export function boundaryKeys(a: string, j: number): string[] {
  const shape = shapeOf(a);
  const origin = ARABIC_ONLY.test(a) ? "A" : "W";
  const window = `##${shape}##`.slice(j, j + 4);
  return [`${origin}${shape}@${j}`, `${origin}${window}`, window, window.slice(1, 3)];
}

/** Vowel letters at the end (`end`) or start of a unit's Latin, when its Arabic side is a consonant ("" otherwise). */
export function unitVowels(latin: string, arabic: string, end: boolean): string {
  if (!arabic || LONG.test(arabic)) return "";
  const run = end ? /[aeiou]*$/.exec(latin)![0] : /^[aeiou]*/.exec(latin)![0];
  if (!end && run.length === latin.length) return ""; // an all-vowel Latin side counts once, after the letter
  return run;
}

/**
 * The Latin a unit of two Arabic consonants writes between them (its letters less the vowels at either
 * end: "lad" for لد writes a, "ld" none), or null when the unit has fewer letters or a long-vowel letter.
 */
export function innerVowels(latin: string, arabic: string): string | null {
  if (arabic.length < 2 || LONG.test(arabic)) return null;
  return latin.replace(/^[aeiou]+|[aeiou]+$/g, "");
}

/** The class index (CLASSES) of the Latin written at a boundary: its first vowel letter, or none. */
export function vowelClass(latin: string): number {
  for (const c of latin) if (VOWELS.includes(c)) return CLASSES.indexOf(c);
  return 0;
}

/** The fitted table: log P(vowel class | shape, boundary) with back-off to the shape's window around it. */
export class VowelTable {
  readonly weight: number;
  private readonly origins: string;
  private readonly counts = new Map<string, number[]>();
  private readonly prior: number[];

  constructor(file: VowelFile) {
    this.weight = file.weight;
    this.origins = file.origins ?? "AW";
    for (const row of file.rows.split(" ")) {
      const at = row.lastIndexOf(":");
      if (at > 0) this.counts.set(row.slice(0, at), row.slice(at + 1).split(",").map(Number));
    }
    const all = CLASSES.split("").map((_, i) => [...this.counts].filter(([k]) => k.length === 2).reduce((n, [, c]) => n + c[i]!, 0) + 1);
    const sum = all.reduce((a, b) => a + b, 0);
    this.prior = all.map((c) => c / sum);
  }

  /** log P(class | boundary before letter j) for each class, for every inner boundary of a word (index j; 0 and the end: none). */
  scores(a: string): Array<number[] | null> | null {
    if (!this.origins.includes(ARABIC_ONLY.test(a) ? "A" : "W")) return null;
    return Array.from({ length: a.length + 1 }, (_, j) => {
      if (j === 0 || j === a.length) return null;
      let p = this.prior;
      for (const key of boundaryKeys(a, j).reverse()) {
        const c = this.counts.get(key);
        if (!c) continue;
        const n = c.reduce((x, y) => x + y, 0);
        p = p.map((q, i) => (c[i]! + K * q) / (n + K));
      }
      return p.map(Math.log);
    });
  }
}
