import { includesCodes } from "../analysis";

/**
 * Partial credit by letter 4-grams: a query word the paragraph lacks still earns the share of its
 * 4-grams the paragraph holds (الثواني ~ ثانية). The paragraph is read as folded code units
 * (foldedCodes), so a gram of the normalized word is found as a search of the normalized text would.
 */

/** The article and the conjunction و, which say nothing about the word: الـ وال بال كال فال لل و. */
const LEADING = /^(\u0648\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0641\u0627\u0644|\u0644\u0644|\u0627\u0644|\u0648)/;

/** The 4-grams of a normalized word of 5+ letters (its leading article or و removed); none for shorter words. */
export function letterGrams(word: string): string[] {
  if (word.length < 5) return [];
  const core = word.replace(LEADING, "");
  const out: string[] = [];
  for (let g = 0; g + 4 <= core.length; g++) out.push(core.slice(g, g + 4));
  return out;
}

/** Share of the grams found in a folded text, 0..1. */
export function gramShare(grams: string[], text: Uint16Array): number {
  if (!grams.length) return 0;
  let found = 0;
  for (const g of grams) if (includesCodes(text, g)) found++;
  return found / grams.length;
}
