/**
 * Speech after a colon with no quotation marks («وقال دبوان: أهم الملفات …»، «وقال: بفضل أسرتي …»):
 * the labels (LABELLING.md) count it as a reported statement, and quotes.ts found none. Also the
 * occasion phrases (في تصريح صحفي، خلال مؤتمر صحافي) that may stand between a speaker and a quote.
 */
import { OCCASION_NOUNS, THAT_PARTICLES } from "./lexicon";
import { bareNoun } from "./speaker-phrase";
import type { TextToken } from "./text-tokens";
import type { FoundStatement, SpeakerRef } from "./quotes";

/** Prepositions that open an occasion phrase: في تصريح، خلال مؤتمر، عبر تغريدة. */
const OCCASION_PREPOSITIONS = new Set(["في", "خلال", "عبر", "اثناء", "على"]);

/**
 * How many tokens of [from, to] belong to occasion phrases: a preposition, an occasion noun
 * (lexicon.ts OCCASION_NOUNS) and the adjectives after it (صحفي، صحافية، له).
 */
export function occasionWords(tokens: TextToken[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k <= to && k < tokens.length; k++) {
    if (!OCCASION_PREPOSITIONS.has(tokens[k]!.norm) || !tokens[k + 1] || !OCCASION_NOUNS.has(bareNoun(tokens[k + 1]!.norm))) continue;
    let j = k + 2;
    while (j <= to && /(?:ي|يه|ه|ها)$/.test(tokens[j]!.norm)) j++;
    n += Math.min(j, to + 1) - k;
    k = j - 1;
  }
  return n;
}

/** Most words between a speech verb and the colon that opens its unquoted statement (the speaker phrase and its adjuncts). */
const MAX_LEAD_WORDS = 14;
/** Fewest words an unquoted statement after a colon must have. */
const MIN_WORDS = 3;

/**
 * Reported statements opened by a colon after a speech word and its speaker phrase, with no quotation
 * mark after the colon: from the colon to the end of the sentence, a quote or the next speech word.
 * Not when the colon introduces a quote or a أنّ clause (quotes.ts reads those).
 */
export function colonStatements(
  text: string,
  tokens: TextToken[],
  spans: Array<[number, number]>,
  ends: number[],
  speechAt: boolean[],
  refOf: (verb: number) => SpeakerRef,
): FoundStatement[] {
  const out: FoundStatement[] = [];
  const inSpan = (offset: number) => spans.some(([s, e]) => offset >= s && offset < e);
  const longSpan = ([s, e]: [number, number]) => text.slice(s, e).trim().split(/\s+/).length > 3;
  tokens.forEach((t, k) => {
    if (!speechAt[k] || inSpan(t.start)) return;
    const sentenceEnd = ends.find((e) => e >= t.end) ?? text.length;
    for (let j = k + 1; j < tokens.length && j <= k + MAX_LEAD_WORDS + 1 && tokens[j]!.start < sentenceEnd; j++) {
      if (speechAt[j] && j > k + 1) return;
      const gap = text.slice(tokens[j - 1]!.end, tokens[j]!.start);
      const colon = gap.indexOf(":");
      if (colon < 0) continue;
      const at = tokens[j - 1]!.end + colon;
      if (inSpan(at) || spans.some((sp) => longSpan(sp) && sp[0] > t.end && sp[0] < at)) return;
      // a quote right after the colon is a direct statement; أنّ after it is a reported clause quotes.ts reads
      if (/[«"“”‘]/.test(gap.slice(colon)) || THAT_PARTICLES.has(tokens[j]!.norm) || inSpan(tokens[j]!.start)) return;
      const stop = Math.min(sentenceEnd, ...spans.filter(([s]) => s > at).map(([s]) => s - 1), ...tokens.filter((x, i) => i > j && speechAt[i]).map((x) => x.start));
      const body = text.slice(tokens[j]!.start, stop).replace(/[\s،,.:؛«“"]+$/u, "").trim();
      if (body.split(/\s+/).length >= MIN_WORDS && !out.some((o) => o.start === tokens[j]!.start)) out.push({ text: body, kind: "reported", start: tokens[j]!.start, ref: refOf(k) });
      return;
    }
  });
  return out;
}
