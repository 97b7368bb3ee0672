import { SPEECH_VERBS } from "./lexicon";

/** A speech verb (normalized), with or without و/ف (وقال، فأكد): never part of a name. */
export const isSpeechVerb = (w: string): boolean => SPEECH_VERBS.has(w) || (/^[وف]/.test(w) && SPEECH_VERBS.has(w.slice(1)));
