import { isLatin } from "../analysis";
import { plainWords, type SearchIndex } from "../index";
import { latinSpeller, NEAR_FLOOR, WORD_FLOOR } from "../names";
import { englishNameWords } from "./english";
import { nameWordMatches } from "./names";
import type { ClosestSpeaker } from "./schemas";

/** Speakers offered as "did you mean" (default 3). */
export const CLOSEST_LIMIT = 3;
/** Longest subject (in words) read as a name for "did you mean". */
const MAX_NAME_WORDS = 4;

/**
 * The speakers nearest to a name the corpus does not quote, for "did you mean": every name word must
 * match a word of the speaker's aliases at NEAR_FLOOR or above by the learned name model (an Arabic
 * subject is spelled in Latin letters by the learned speller first), and the words of a longer name reach
 * WORD_FLOOR on average; best summed score first, then most
 * statements. Empty when nobody is that close. Never an answer: callers keep found:false.
 */
export function closestSpeakers(index: SearchIndex, subject: string, limit = CLOSEST_LIMIT): ClosestSpeaker[] {
  const names = isLatin(subject)
    ? englishNameWords(index, subject)
    : plainWords(subject).split(" ").filter(Boolean).map((w) => latinSpeller().word(w)).filter(Boolean);
  if (!names.length || names.length > MAX_NAME_WORDS) return [];
  // speaker -> summed best score per name word; a speaker drops out at the first word it lacks
  let totals = new Map<number, number>();
  names.forEach((name, k) => {
    const best = new Map<number, number>();
    for (const { score, speakers } of nameWordMatches(index, name)) {
      if (score < NEAR_FLOOR) continue;
      for (const sp of speakers) if (!(best.get(sp)! >= score)) best.set(sp, score);
    }
    const next = new Map<number, number>();
    for (const [sp, s] of best) if (k === 0 || totals.has(sp)) next.set(sp, (totals.get(sp) ?? 0) + s);
    totals = next;
  });
  // several words: on average each must reach the several-word floor, not only the looser one
  if (names.length > 1) for (const [sp, s] of totals) if (s < names.length * WORD_FLOOR) totals.delete(sp);
  const { speakers } = index.data.extras;
  return [...totals]
    .sort((x, y) => y[1] - x[1] || speakers[y[0]]!.statements - speakers[x[0]]!.statements)
    .slice(0, limit)
    .map(([sp]) => ({ id: speakers[sp]!.id, name: speakers[sp]!.name, title: speakers[sp]!.title }));
}
