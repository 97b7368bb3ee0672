import { isLatin } from "../analysis";
import { plainWords, type SearchIndex } from "../index";
import { latinSpeller, NEAR_FLOOR, WORD_FLOOR } from "../names";
import { englishNameWords } from "./english";
import { latinName, nameWordMatches } from "./names";
import type { ClosestSpeaker } from "./schemas";

/** Speakers offered as "did you mean" (default 3). */
export const CLOSEST_LIMIT = 3;
/** Longest subject (in words) read as a name for "did you mean". */
export const MAX_NAME_WORDS = 4;

/**
 * The speakers nearest to a name the corpus does not quote, for "did you mean": the name words must
 * match the speaker's own name part by part by the learned name model (an Arabic subject is spelled in
 * Latin letters by the learned speller first): the last word the name's last word, the others earlier
 * words in order, each at NEAR_FLOOR or above, and the words of a longer name WORD_FLOOR on average.
 * A speaker whose name is another candidate's name with more words and no more statements is left out
 * (an indexer's record with words glued to the name). Best summed score first, then most statements.
 * Empty when nobody is that close. Never an answer: callers keep found:false.
 */
export function closestSpeakers(index: SearchIndex, subject: string, limit = CLOSEST_LIMIT): ClosestSpeaker[] {
  const names = isLatin(subject)
    ? englishNameWords(index, subject)
    : plainWords(subject).split(" ").filter(Boolean).map((w) => latinSpeller().word(w)).filter(Boolean);
  if (!names.length || names.length > MAX_NAME_WORDS) return [];
  // per name word: alias word -> score, and the speakers holding the last one's matches
  const scores = names.map((name) => new Map<string, number>());
  const holders = new Set<number>();
  names.forEach((name, k) => {
    for (const { word, score, speakers } of nameWordMatches(index, name)) {
      if (score < NEAR_FLOOR) continue;
      scores[k]!.set(word, score);
      if (k === names.length - 1) for (const sp of speakers) holders.add(sp);
    }
  });
  const { speakers } = index.data.extras;
  const found: Array<{ sp: number; total: number; words: string[] }> = [];
  for (const sp of holders) {
    const words = plainWords(speakers[sp]!.name).split(" ");
    const total = partByPart(scores, words);
    // several words: on average each must reach the several-word floor, not only the looser one
    if (total !== null && (names.length === 1 || total >= names.length * WORD_FLOOR)) found.push({ sp, total, words });
  }
  const statements = (sp: number) => speakers[sp]!.statements;
  const glued = (x: (typeof found)[number]) =>
    found.some((y) => y !== x && y.words.length < x.words.length && statements(y.sp) >= statements(x.sp) && y.words.every((w) => x.words.includes(w)));
  return found
    .filter((x) => !glued(x))
    .sort((x, y) => y.total - x.total || statements(y.sp) - statements(x.sp))
    .slice(0, limit)
    .map(({ sp }) => ({ id: speakers[sp]!.id, name: speakers[sp]!.name, latin: latinName(index, sp), title: speakers[sp]!.title }));
}

/**
 * The summed score of name words matched to a name's words part by part: the last to the name's last
 * word, each other to a word before the one after it (the best such word), or null when one cannot be.
 */
export function partByPart(scores: ReadonlyArray<ReadonlyMap<string, number>>, words: readonly string[]): number | null {
  let end = words.length;
  let total = 0;
  for (let k = scores.length - 1; k >= 0; k--) {
    let best = -1;
    const from = k === scores.length - 1 ? end - 1 : 0;
    for (let i = from; i < end; i++) if (scores[k]!.has(words[i]!) && (best < 0 || scores[k]!.get(words[i]!)! > scores[k]!.get(words[best]!)!)) best = i;
    if (best < 0) return null;
    total += scores[k]!.get(words[best]!)!;
    end = best;
  }
  return total;
}
