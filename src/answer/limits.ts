/** Longest question accepted by every door, in characters. */
export const MAX_QUESTION_CHARS = 1000;

/** Most earlier turns a conversation's context may hold. */
export const MAX_CONTEXT_TURNS = 20;
