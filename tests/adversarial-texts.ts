/**
 * Adversarial posted texts for the work-budget properties (tests/unit/budget.test.ts, tests/worker/fuzz.test.ts):
 * up to 20,000 characters built from the pieces that make attribution work: speech verbs with new names,
 * people sharing a family name and that name alone, verbs with no subject, participles, source markers,
 * roles and bodies, colons and quotations, letter-digit runs, sentence and line breaks.
 */
import fc from "fast-check";
import { madeUpName } from "../scripts/bench/worst-inputs";

const piece = fc.oneof(
  fc.nat(700).map((i) => `قال ${madeUpName(i)} `),
  fc.nat(700).map((i) => `${madeUpName(i)} علي `),
  fc.constantFrom("علي ", "وقال إن الأمر مهم ", "وقال ", "مؤكدا أن ", "بحسب ", "قال الوزير ", "وقالت الوزارة ", ": «نعم» ", "«لا» ", ". ", "\n", "ب1ب1ب1 ", "المتحدث باسم "),
);

/** A text of 1 to 2,500 pieces, cut at 20,000 characters (MAX_SUMMARY_TEXT). */
export const adversarialText = fc.array(piece, { minLength: 1, maxLength: 2500, size: "max" }).map((pieces) => pieces.join("").slice(0, 20_000));
