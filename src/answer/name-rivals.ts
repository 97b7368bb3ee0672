import { attestedPair, latinLetters, nameWordConditional } from "../names";

/**
 * When two speakers' words both match a one-word English name (both at NAME_THRESHOLD or above), the
 * calibrated score ranks them by PMI, log P(e, a) - log P(e) - log P(a), which rewards a rarer Arabic
 * word; log P(a | e) does not. When the two disagree (the runner-up is the likelier spelling of the
 * English word), the name is contested: the question gets no speaker and "did you mean" offers both,
 * since a wrong speaker is the worst answer (Krinsky: كيرينسكي by the score, كينسكي by P(a | e)).
 * Measured by scripts/eval/names-rivals.ts (docs/quality.md, issue 14 session 16). A word the attested table pairs
 * with the English word is never contested.
 */
export function contestedName(english: string, best: string, rivals: Iterable<string>, margin = RIVAL_MARGIN): boolean {
  const others = [...new Set(rivals)].filter((w) => w !== best);
  // most names have no rival: nothing scored then
  if (!others.length || margin === Infinity) return false;
  const e = latinLetters(english);
  if (attestedPair(english, best, e)) return false;
  const own = nameWordConditional(english, best, e);
  return others.some((w) => nameWordConditional(english, w, e) > own + margin);
}

/**
 * How much likelier (log P(a | e), nats) a rival's word must be for the name to be contested: 0, chosen on
 * the tuning part by scripts/eval/names-rivals.ts (right first minus twice the wrong speakers, over 0 to 3).
 */
export const RIVAL_MARGIN = 0;
