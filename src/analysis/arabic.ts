/** Arabic constants shared by analysis, statement extraction and the engine: one place for each. */

/** Harakat (U+064B..U+065F), the dagger alef (U+0670) and tatweel (U+0640): marks that never change a word for matching. */
export const MARKS = /[\u064B-\u065F\u0670\u0640]/g;

/** The text without harakat, dagger alef and tatweel. */
export function stripMarks(text: string): string {
  return text.replace(MARKS, "");
}

/** The definite article and the particles written fused with it, longest first (closed class): وال بال كال فال لل ال. */
export const ARTICLE_PREFIXES: readonly string[] = ["\u0648\u0627\u0644", "\u0628\u0627\u0644", "\u0643\u0627\u0644", "\u0641\u0627\u0644", "\u0644\u0644", "\u0627\u0644"];

/** A word that opens with one of ARTICLE_PREFIXES (after stripMarks). */
export const ARTICLE_START = new RegExp(`^(?:${ARTICLE_PREFIXES.join("|")})`);
