/**
 * The inflected forms of a speech verb, from its principal parts (lexicon.ts SPEECH_VERB_PARADIGMS): the
 * third-person forms news prose uses, so that the word list names each verb once and its morphology is
 * read by rule, not kept form by form. Forms are written as in text (before normalization); و/ف are
 * stripped at lookup, never generated here.
 */

/** A final weak letter (دعا، نفى، يدعو، ينفي، يرى، داعي): dropped before a suffix that starts with a vowel or ت. */
const WEAK_END = /[اىوي]$/;

/**
 * The past forms of a verb from its third masculine singular: the form itself, the feminine (ت), the
 * masculine plural (وا). A final weak letter drops before them: دعا → دعت، دعوا; نفى → نفت، نفوا.
 */
export function pastForms(past: string): string[] {
  const stem = past.replace(WEAK_END, "");
  return [past, `${stem}ت`, `${stem}وا`];
}

/**
 * The present forms from the third masculine singular (يقول، يؤكد، يدعو، ينفي): masculine (ي), feminine (ت)
 * and masculine plural (ون, a final weak letter dropped: يدعون، ينفون، يرون).
 */
export function presentForms(present: string): string[] {
  const rest = present.slice(1);
  return [present, `ت${rest}`, `${present.replace(WEAK_END, "")}ون`];
}

/**
 * The forms of an active participle used adverbially after a statement (مؤكدا أن، مضيفا: …), from its
 * masculine singular (مؤكد، داعي، متمني): masculine and feminine accusative (ا، ة) and the plural (ين, a
 * final ي not doubled: داعين).
 */
export function participleForms(participle: string): string[] {
  const plural = participle.endsWith("ي") ? `${participle}ن` : `${participle}ين`;
  return [`${participle}ا`, `${participle}ة`, plural];
}

/** One paradigm row: past, present and participle (each `-` when the form is left out, see lexicon.ts). */
export interface SpeechParadigm {
  past: string | null;
  present: string | null;
  participle: string | null;
}

/** Rows «past present participle», one per line, `-` for a form left out; `#` starts a comment. */
export function readParadigms(rows: string): SpeechParadigm[] {
  const part = (w: string | undefined) => (w === undefined || w === "-" ? null : w);
  return rows
    .split("\n")
    .map((line) => line.replace(/#.*/, "").trim())
    .filter(Boolean)
    .map((line) => {
      const [past, present, participle] = line.split(/\s+/);
      return { past: part(past), present: part(present), participle: part(participle) };
    });
}

/** Every finite form (past and present) of the rows. */
export function verbForms(rows: SpeechParadigm[]): string[] {
  return rows.flatMap((r) => [...(r.past ? pastForms(r.past) : []), ...(r.present ? presentForms(r.present) : [])]);
}

/** Every participle form of the rows. */
export function participleFormsOf(rows: SpeechParadigm[]): string[] {
  return rows.flatMap((r) => (r.participle ? participleForms(r.participle) : []));
}
