/**
 * The subject written before its speech verb, for a verb with no subject after it (the verb runs
 * straight into a colon, a quote or أنّ):
 *   «وكان الوزير فلان قد قال: …»   كان + subject + (قد) + verb
 *   «الرئيس الروسي فلاديمير بوتين قال إن …»   subject + verb with no و/ف before it
 *   «أما الوزير فلان فقال: …»   أما + subject + ف + verb
 * and the speaker phrase before a colon that opens a quote with no verb at all (headline style):
 *   «وزير الخارجية فلان: "…"».
 * Only phrases the parser reads as a name or a role count (a title chain, a name); a stop word, a
 * speech word or أنّ between them and the verb ends the search. Closed classes: كان's forms and قد.
 */
import { BODY_NOUNS, PHRASE_STOPS, SAYING_NOUNS, SPEECH_PARTICIPLES, SPEECH_VERBS, THAT_PARTICLES } from "./lexicon";
import { bareNoun, nameRun, parsePhrase, subjectPhrase, type ParsedSpeaker } from "./speaker-phrase";
import { breaksPhrase, type TextToken } from "./text-tokens";

/** Forms of كان that put the subject before a speech verb (وكان فلان قد قال). */
const KANA = new Set(["كان", "وكان", "كانت", "وكانت", "فكان", "فكانت"]);
/** Most words a subject before its verb may have. */
const MAX_BEFORE = 10;

/** «but» opens a new clause: «… مع واشنطن لكن رئيس الوزراء فلان قال» (the subject is after it, never before). */
const BUT = new Set(["لكن", "ولكن", "لكنه", "لكنها"]);

const stops = (t: TextToken) =>
  !t.particleName && ([t.norm, t.bare].some((w) => PHRASE_STOPS.has(w) || SPEECH_VERBS.has(w) || SAYING_NOUNS.has(w) || SPEECH_PARTICIPLES.has(w) || THAT_PARTICLES.has(w)) || KANA.has(t.norm) || BUT.has(t.norm));

/** A phrase of tokens [start, end) read as a speaker, or null when it is not a name or a role. */
function speakerOf(text: string, tokens: TextToken[], start: number, end: number, body = false): ParsedSpeaker | null {
  if (end <= start) return null;
  const phrase = subjectPhrase(text, tokens, start);
  if (phrase.length < end - start) return null;
  const words = phrase.slice(0, end - start);
  const parsed = parsePhrase(words);
  if (parsed.type === "role") return parsed;
  if (parsed.type === "named" && (nameRun(words) !== null || parsed.anonymous)) return parsed;
  // «وكان صندوق النقد الدولي أعلن»: after كان a body headed by a body noun is a subject too
  if (body && parsed.type === "named" && !parsed.person && words.length >= 2 && BODY_NOUNS.has(bareNoun(words[0]!.norm))) return parsed;
  return null;
}

/** First token of the words right before `end`: back to a break, a stop word, أنّ or كان (at most MAX_BEFORE). */
function backTo(text: string, tokens: TextToken[], end: number): number {
  let start = end;
  while (start > 0 && end - start < MAX_BEFORE) {
    const t = tokens[start - 1]!;
    if (stops(t)) break;
    if (start < end && breaksPhrase(text.slice(t.end, tokens[start]!.start))) break;
    start--;
  }
  return start;
}

/** Most words between أما and its ف verb. */
const MAX_TOPIC = 24;

/**
 * «أما مدير المرور العميد فلان فقال:»، «أما الرئيس الفلسطيني، محمود عباس، فقال إن»: after أما the topic is
 * the subject of the verb that ف opens (فقال، فيؤكد، فقد قال). The topic's first phrase (up to a comma or
 * dash) is read; a role, then a name alone in the next phrase, is that name with the role as its title.
 * Null when no أما opens the sentence's clause before the verb (no sentence end or colon between).
 */
function topicSubject(text: string, tokens: TextToken[], verb: number): ParsedSpeaker | null {
  const v = tokens[verb]!;
  const fa = v.norm.startsWith("ف") && v.norm !== v.bare ? verb : tokens[verb - 1]?.norm === "فقد" ? verb - 1 : -1;
  if (fa < 1) return null;
  let a = fa - 1;
  while (a >= 0 && fa - a <= MAX_TOPIC && tokens[a]!.norm !== "اما") {
    if (/[.:؛!?؟]/.test(text.slice(tokens[a]!.end, tokens[a + 1]!.start))) return null;
    a--;
  }
  if (a < 0 || tokens[a]!.norm !== "اما" || fa - a > MAX_TOPIC) return null;
  // the topic's phrases, split at commas and dashes
  const parts: Array<[number, number]> = [];
  let from = a + 1;
  for (let k = a + 2; k <= fa; k++) {
    if (k === fa || breaksPhrase(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
      parts.push([from, k]);
      from = k;
    }
  }
  const first = parts[0] ? speakerOf(text, tokens, parts[0][0], parts[0][1]) : null;
  if (first?.type === "role" && parts[1]) {
    const named = speakerOf(text, tokens, parts[1][0], parts[1][1]);
    if (named?.type === "named" && named.person && named.title === null) return { ...named, title: first.text };
  }
  return first;
}

/** The subject before the speech verb at `verb`, or null. */
export function subjectBefore(text: string, tokens: TextToken[], verb: number): ParsedSpeaker | null {
  const v = tokens[verb]!;
  if (!SPEECH_VERBS.has(v.norm) && !SPEECH_VERBS.has(v.bare)) return null;
  const topic = topicSubject(text, tokens, verb);
  if (topic) return topic;
  const end = tokens[verb - 1]?.norm === "قد" ? verb - 1 : verb;
  if (end < verb && breaksPhrase(text.slice(tokens[end]!.end, v.start))) return null;
  if (end === 0 || breaksPhrase(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) return null;
  const start = backTo(text, tokens, end);
  const afterKana = start > 0 && KANA.has(tokens[start - 1]!.norm);
  // «X قال»: a verb with و or ف before it starts its own clause, its subject comes after it
  if (!afterKana && (v.norm !== v.bare || end < verb)) return null;
  return speakerOf(text, tokens, start, end, afterKana);
}

/** The speaker phrase before a colon that opens a quote at `quoteStart` with no verb, or null. */
export function speakerBeforeColon(text: string, tokens: TextToken[], quoteStart: number): ParsedSpeaker | null {
  let end = tokens.findIndex((t) => t.start >= quoteStart);
  if (end < 0) end = tokens.length;
  if (end === 0 || !/^\s*:\s*[«"“”‘]?\s*$/.test(text.slice(tokens[end - 1]!.end, quoteStart))) return null;
  const start = backTo(text, tokens, end);
  // the phrase must open its sentence or clause: «الوزير فلان: "…"», not «… في البيان: "…"»
  if (start > 0 && !breaksPhrase(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) return null;
  return speakerOf(text, tokens, start, end);
}
