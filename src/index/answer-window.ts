import { isAnswerToken, type AnswerType } from "../analysis";

/** Tokens of the stretch whose matched terms are read (as the `window` signal's). */
export const ANSWER_WINDOW_TOKENS = 20;
/**
 * Tokens either side of the matched terms where an answer of each type may stand ("… في عام 1990 انتهت
 * الحرب"): a count stands among the words it counts, a date or a name further off. Per type, the margin
 * whose typeNear best tells answerable from unanswerable Arabic tune questions (AUC; ties: the smaller;
 * margins 0, 2, 4, 8, 16 and the whole paragraph, printed by `npm run eval -- --only found-candidates`).
 */
export const ANSWER_MARGIN: Record<AnswerType, number> = { number: 0, date: 4, person: 8, place: 0 };

/**
 * Where the question's terms stand closest together: the stretch of `span` tokens holding the most of
 * their idf mass (positions < 0, a title match, are left out): that mass, and the stretch as [first, last]
 * matched position (undefined when the paragraph's text holds none of them). A sliding window over the
 * sorted positions; search.ts's `window` signal is its mass.
 */
export function densestStretch(positions: number[][], weights: number[], span = ANSWER_WINDOW_TOKENS): { mass: number; at?: [number, number] } {
  const marks: Array<[number, number]> = [];
  positions.forEach((list, i) => list.forEach((p) => p >= 0 && marks.push([p, i])));
  marks.sort((a, b) => a[0] - b[0]);
  const inside = new Array<number>(positions.length).fill(0);
  let [mass, best, at] = [0, 0, undefined as [number, number] | undefined];
  for (let l = 0, r = 0; r < marks.length; r++) {
    const [p, i] = marks[r]!;
    if (inside[i]!++ === 0) mass += weights[i]!;
    while (p - marks[l]![0] >= span) {
      const j = marks[l++]![1];
      if (--inside[j]! === 0) mass -= weights[j]!;
    }
    if (!at || mass > best) [best, at] = [mass, [marks[l]![0], p]];
  }
  return { mass: best, at };
}

/** The [first, last] matched position of densestStretch; undefined when the paragraph's text holds none of the terms. */
export function bestStretch(positions: number[][], weights: number[], span = ANSWER_WINDOW_TOKENS): [number, number] | undefined {
  return densestStretch(positions, weights, span).at;
}

/**
 * 1 when a token of the answer's type stands around the question's matched terms (within `margin` tokens
 * of the best stretch) and is not one of the question's own words (a matched position), else 0; 0 when
 * the paragraph's text holds none of the terms. `tokens`: the paragraph's normalized tokens, in the order
 * the positions count them.
 */
export function answerTypeNear(tokens: string[], positions: number[][], weights: number[], type: AnswerType, margin = ANSWER_MARGIN[type]): number {
  const stretch = bestStretch(positions, weights);
  if (!stretch) return 0;
  const own = new Set(positions.flat());
  const [from, to] = [Math.max(0, stretch[0] - margin), Math.min(tokens.length - 1, stretch[1] + margin)];
  for (let i = from; i <= to; i++) if (!own.has(i) && isAnswerToken(type, tokens, i)) return 1;
  return 0;
}
