/**
 * A role's holder named after the short name of the role's body, which the article writes in quotation
 * marks or brackets right after the role (quotes.ts reads it when the speaker phrase holds no name):
 *
 *   المنسق الإعلامي في مركز شؤون القدس والأقصى "كيوبرس" محمود أبو العطا
 *   رئيس الجمعية الوطنية (الغرفة السفلى من البرلمان الموريتاني)، محمد ولد إبيليل
 *
 * The speaker phrase stops at the mark; the name after the closing mark (a comma allowed) is the holder's
 * when the parser reads it as a full name with no title of its own.
 */
import { parsePhrase, subjectPhrase } from "./speaker-phrase";
import type { TextToken } from "./text-tokens";
import { spanWords } from "./word-count";

/** Most words of a quoted short name (كيوبرس، ستاندرد آند بورز): a longer quote is a statement. */
const MAX_QUOTED_WORDS = 4;
/** Most characters of a bracketed aside (الغرفة السفلى من البرلمان الموريتاني). */
const MAX_BRACKET_CHARS = 80;

/** Where the quoted span or the bracket right after the token at next - 1 ends (after its closing mark), or -1. */
function markEnd(text: string, tokens: TextToken[], spans: Array<[number, number]>, next: number): number {
  const last = tokens[next - 1];
  if (!last) return -1;
  const span = spans.find(([s]) => s > last.end && /^\s*[«"“]$/.test(text.slice(last.end, s)));
  if (span) return spanWords(text, span[0], span[1]) <= MAX_QUOTED_WORDS ? span[1] : -1;
  const bracket = /^\s*\([^()]{1,80}\)/.exec(text.slice(last.end, last.end + MAX_BRACKET_CHARS + 4));
  return bracket ? last.end + bracket[0].length : -1;
}

/** The full name after a quoted short name or a bracket that follows the phrase ending at token next - 1; else null. */
export function nameAfterMark(text: string, tokens: TextToken[], spans: Array<[number, number]>, next: number): { name: string; phrase: TextToken[] } | null {
  const end = markEnd(text, tokens, spans, next);
  if (end < 0) return null;
  const k = tokens.findIndex((t) => t.start >= end);
  if (k < 0 || !/^[\s»"”)،,]*$/.test(text.slice(end, tokens[k]!.start))) return null;
  const phrase = subjectPhrase(text, tokens, k);
  const after = parsePhrase(phrase);
  // a full name (two words or more) with no title: one word is as often the clause going on
  return after.type === "named" && after.person && !after.anonymous && after.title === null && /\s/.test(after.name) ? { name: after.name, phrase } : null;
}
