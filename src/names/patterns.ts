/**
 * Arabic morphological patterns (issue 14 part 10). An Arabic name is a root's consonants poured into a
 * pattern (awzan), and the pattern fixes the short vowels Arabic does not write: فاعل CāCiC (ماجد majid,
 * طارق tariq), فعيل CaCīC (رشيد rashid), فعال CaCāC (كمال kamal), مفعول maCCūC (منصور mansour), فعلي CaCCī
 * (فهمي fahmi). A word that fits a pattern and that the origin model (origin.ts) reads as Arabic gets, at
 * each boundary between two letters, the distribution of the Latin vowel written there, counted by
 * scripts/translit/fit-patterns.ts over the fitting pairs that fit the pattern and follow it.
 */

/**
 * The patterns, a closed class (hand-kept: the common name patterns of Arabic morphology; nothing else
 * belongs here). Each is [name, template, slots]: the template over normalized letters (arabicLetters: ة
 * is ه, every alef ا), C any letter but ا (و and ي may be root consonants: نوال is فعال); slots, one per
 * boundary between two letters: v a short vowel is written there, - none, ? either (the pattern does not
 * say, or a long-vowel letter writes it). Tried in this order, the first that fits wins (longer first).
 */
export const PATTERNS: ReadonlyArray<readonly [string, string, string]> = [
  ["مفعول", "مCCوC", "v-??"],
  ["تفعيل", "تCCيC", "v-??"],
  ["فعلان", "CCCان", "v-??"],
  ["فاعلة", "CاCCه", "??v?"],
  ["فعالة", "CCاCه", "v???"],
  ["فعيلة", "CCيCه", "v???"],
  ["فاعل", "CاCC", "??v"],
  ["فعيل", "CCيC", "v??"],
  ["فعال", "CCاC", "v??"],
  ["فعول", "CCوC", "v??"],
  ["أفعل", "اCCC", "?-v"],
  ["مفعل", "مCCC", "v?v"],
  ["فعلي", "CCCي", "v-?"],
  ["فعل", "CCC", "v?"],
];

/** The article as a word's first letters (normalized): a pattern is fitted to the rest. */
const ARTICLE = "\u0627\u0644";

/** A word's fit: the pattern's index in PATTERNS and the offset of the fitted letters in the word (2 after the article). */
export interface PatternFit {
  pattern: number;
  offset: number;
}

/** Whether normalized letters `w` fit template `t` (C: any letter but ا). */
function fits(w: string, t: string): boolean {
  if (w.length !== t.length) return false;
  for (let i = 0; i < t.length; i++) if (t[i] === "C" ? w[i] === "\u0627" : w[i] !== t[i]) return false;
  return true;
}

/**
 * The first pattern normalized letters `a` fit, whole or, when `article` (default true: the word was written
 * with a bare ال, not ألـ as Western Al- names are), after the article; null when none does.
 */
export function fitPattern(a: string, article = true): PatternFit | null {
  for (const offset of article && a.startsWith(ARTICLE) ? [0, 2] : [0]) {
    const rest = a.slice(offset);
    // a word starting with the article is not أفعل (الله, البر): ال is a closed class of its own
    const pattern = PATTERNS.findIndex(([, t]) => fits(rest, t) && !(offset === 0 && rest.startsWith(ARTICLE) && t.startsWith("\u0627")));
    if (pattern >= 0) return { pattern, offset };
  }
  return null;
}

/**
 * Whether vowel classes written at a fitted word's boundaries follow its pattern's slots: a vowel (class
 * > 0) at every v, none at every -. `classes[j]` is the class at the boundary before letter j of the word
 * (undefined: not seen, which follows nothing).
 */
export function follows(fit: PatternFit, classes: ReadonlyArray<number | undefined>): boolean {
  const slots = PATTERNS[fit.pattern]![2];
  for (let k = 0; k < slots.length; k++) {
    const c = classes[fit.offset + k + 1];
    if (slots[k] === "v" && !(c !== undefined && c > 0)) return false;
    if (slots[k] === "-" && c !== 0) return false;
  }
  return true;
}

/** Runs of Latin vowel letters in a spelling (its syllables, y read as a consonant): hashem 2, hashm 1. */
export function vowelRuns(latin: string): number {
  return latin.match(/[aeiou]+/g)?.length ?? 0;
}

/** A spelling's vowel letters in order, runs apart (sameh "a,e", samah "a,a"): a known word replacing a pattern's spelling must keep them. */
export function vowelLetters(latin: string): string {
  return (latin.match(/[aeiou]+/g) ?? []).join(",");
}

/**
 * The Latin a unit of two Arabic letters writes between them when a pattern reads و or ي as a consonant
 * (نوال: "no" for نو writes no vowel before the و, "naw" would): its letters less the vowels at either end.
 */
export function innerLetters(latin: string): string {
  return latin.replace(/^[aeiou]+|[aeiou]+$/g, "");
}
