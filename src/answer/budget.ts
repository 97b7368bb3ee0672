/** Longest word of a question that is read, in characters; a longer one is cut (no name or term is longer). Default 40. */
export const MAX_WORD_CHARS = 40;
/** Most words of a question that are read; the rest is left out. Default 60. */
export const MAX_QUESTION_WORDS = 60;

/**
 * A question bounded by its shape before any lookup: at most MAX_QUESTION_WORDS words, each cut to
 * MAX_WORD_CHARS characters, so no question costs more than a few milliseconds however it is written.
 * Ordinary questions come back unchanged.
 */
export function boundQuestion(question: string): string {
  const words = question.match(/\S+/g) ?? [];
  if (words.length <= MAX_QUESTION_WORDS && words.every((w) => w.length <= MAX_WORD_CHARS)) return question;
  return words
    .slice(0, MAX_QUESTION_WORDS)
    .map((w) => (w.length > MAX_WORD_CHARS ? w.slice(0, MAX_WORD_CHARS) : w))
    .join(" ");
}
