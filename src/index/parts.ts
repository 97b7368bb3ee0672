/**
 * Which parts of a question a paragraph holds (candidate signals for the found / not-found decision,
 * src/answer/found.ts): the question's definite nouns (words written with the article ال) against its
 * other words (verbs, names, indefinite words), and its first content word (in an Arabic question, the
 * verb after the question word: "متى انتهت الحرب"). A near miss often holds the topic nouns of another
 * paragraph and lacks the verb that asks about them. Which of them the model reads is chosen on tune.
 */
export interface PartEvidence {
  /** Share of the idf mass of the question's ال-words the paragraph holds; 1 when it has none. */
  nounCover: number;
  /** Share of the idf mass of its other words (surfaced words without ال) it holds; 1 when it has none. */
  bareCover: number;
  /** 1 when the paragraph holds the question's first term, else 0. */
  firstHeld: number;
  /** firstHeld when the first term is a word of the text without ال (a verb, most often), else 1 (no verb to miss). */
  verbHeld: number;
  /** 1 when the question writes a number (NUMBER_TERM: a year, a count) the paragraph lacks, else 0: "لعام 2011" asks about 2011. */
  numberMissing: number;
}

/** A query term that is a written number of two or more digits (the analyzer folds Arabic-Indic digits to ASCII). */
export const NUMBER_TERM = /^\d{2,}$/;

/** The article ال after an optional و and one of ب ف ك, or لل (للتظاهرة): the closed class of prefixes a definite noun is written with. */
const DEFINITE = /^(?:و?[بفك]?ال|و?لل)../;

/** True when a normalized surface word is written with the article (a definite noun). */
export function isDefinite(surface: string | undefined): boolean {
  return surface !== undefined && DEFINITE.test(surface);
}

/**
 * The part evidence of one paragraph. `positions[i]`: where term i stands in it (empty: lacks it);
 * `weights[i]`: its idf weight; `surfaces[i]`: the word it came from (undefined for a translated term,
 * which counts in neither share); `numbers[i]`: term i is a written number (default none).
 */
export function partEvidence(positions: number[][], weights: number[], surfaces: (string | undefined)[], numbers: boolean[] = []): PartEvidence {
  const mass = [0, 0];
  const held = [0, 0];
  positions.forEach((list, i) => {
    const surface = surfaces[i];
    if (surface === undefined) return;
    const k = isDefinite(surface) ? 0 : 1;
    mass[k]! += weights[i]!;
    if (list.length) held[k]! += weights[i]!;
  });
  const share = (k: number) => (mass[k]! > 0 ? held[k]! / mass[k]! : 1);
  const firstHeld = positions[0]?.length ? 1 : 0;
  const bareFirst = surfaces[0] !== undefined && !isDefinite(surfaces[0]);
  const numberMissing = positions.some((list, i) => numbers[i] && !list.length) ? 1 : 0;
  return { nounCover: share(0), bareCover: share(1), firstHeld, verbHeld: bareFirst ? firstHeld : 1, numberMissing };
}
