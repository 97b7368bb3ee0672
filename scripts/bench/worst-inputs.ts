/**
 * Adversarial inputs for the work budget (issue 19): the texts and questions that were quadratic once.
 * Shared by the worst-case bench (scripts/bench/worst.ts) and the Worker's property tests.
 */

/** Arabic letters used to spell made-up names. */
const LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";

/** The i-th made-up three-letter name (distinct for i < 28^3). */
export function madeUpName(i: number): string {
  const n = LETTERS.length;
  return LETTERS[i % n]! + LETTERS[Math.floor(i / n) % n]! + LETTERS[Math.floor(i / (n * n)) % n]!;
}

/** Each worst case: a label, and the request it stands for. */
export interface WorstCase {
  name: string;
  path: string;
  body: Record<string, unknown>;
}

/** `"قال <name> "` with a different name each time, up to `chars` characters. */
export function manySpeakers(chars = 20_000, offset = 0): string {
  let out = "";
  for (let i = 0; out.length < chars - 10; i++) out += `قال ${madeUpName(i + offset)} `;
  return out;
}

/** One tiny sentence repeated: `"ب! "` × 6,666. */
export function tinySentences(chars = 20_000, unit = "ب! "): string {
  return unit.repeat(Math.floor(chars / unit.length));
}

/** Distinct short sentences, each a new word pair (no two alike). */
export function distinctSentences(chars = 20_000): string {
  let out = "";
  for (let i = 0; out.length < chars - 12; i++) out += `${madeUpName(i)} ${madeUpName(i + 7)}. `;
  return out;
}

/** `"<name>: «نعم» "` with a different name each time: a speaker before a colon, no speech verb. */
export function colonSpeakers(chars = 20_000): string {
  let out = "";
  for (let i = 0; out.length < chars - 14; i++) out += `${madeUpName(i)}: «نعم» `;
  return out;
}

/**
 * Thirty people sharing a family name, the family name alone 150 times, then verbs with no subject
 * («وقال إن …»): each verb's antecedent search meets every person at every naming.
 */
export function sharedFamily(): string {
  let out = "";
  for (let i = 0; i < 30; i++) out += `قال ${madeUpName(i)} علي `;
  return out + "علي ".repeat(150) + "وقال إن الأمر مهم ".repeat(40);
}

/** `"ب1"` repeated: one word to a letters-or-digits count, two tokens a pair to attribution. */
export function letterDigitRuns(chars = 19_800): string {
  return "ب1".repeat(chars / 2);
}

/** A Latin word of `length` letters. */
export function longLatinWord(length = 1000): string {
  return "abcdefghij".repeat(Math.ceil(length / 10)).slice(0, length);
}

/** The worst cases the bench times and the tests bound. */
export function worstCases(): WorstCase[] {
  const longWord = longLatinWord(1000);
  return [
    { name: "summarize: 'قال <name> ' x 3,000 distinct names", path: "/v1/summarize", body: { text: manySpeakers() } },
    { name: "summarize: 'ب! ' x 6,666", path: "/v1/summarize", body: { text: tinySentences() } },
    { name: "summarize: 1,600 distinct sentences", path: "/v1/summarize", body: { text: distinctSentences() } },
    { name: "summarize: 'قال <name>\\n' one name per line", path: "/v1/summarize", body: { text: manySpeakers(20_000).replace(/ قال/g, "\nقال") } },
    { name: "summarize: 'قال <name>. ' a sentence each", path: "/v1/summarize", body: { text: manySpeakers(22_000).replace(/ قال/g, ". قال").slice(0, 20_000) } },
    { name: "summarize: «quote» said by a new name x 1,000", path: "/v1/summarize", body: { text: Array.from({ length: 1000 }, (_, i) => `«نعم» قال ${madeUpName(i)}.`).join(" ").slice(0, 20_000) } },
    { name: "summarize: '<name>: «نعم» ' x 2,000, no verb", path: "/v1/summarize", body: { text: colonSpeakers() } },
    { name: "summarize: 30 people of one family, 'وقال إن' x 40", path: "/v1/summarize", body: { text: sharedFamily() } },
    { name: "summarize: 'ب1' x 9,900, one word of 19,800 tokens", path: "/v1/summarize", body: { text: letterDigitRuns() } },
    { name: "ask: a 1,000-letter Latin word", path: "/v1/ask", body: { question: longWord } },
    { name: "ask: 500 one-letter Latin words", path: "/v1/ask", body: { question: "a b ".repeat(250) } },
    { name: "ask: 330 distinct Arabic names", path: "/v1/ask", body: { question: Array.from({ length: 250 }, (_, i) => madeUpName(i)).join(" ") } },
    { name: "ask: what did <1,000-letter word> say", path: "/v1/ask", body: { question: `What did ${longWord.slice(0, 980)} say?` } },
    { name: "summarize question: 1,000-letter Latin word", path: "/v1/summarize", body: { question: longWord } },
  ];
}
