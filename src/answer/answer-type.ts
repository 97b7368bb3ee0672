import { tokenize, type AnswerType } from "../analysis";

/**
 * The kind of answer a question asks for, from its question word (closed classes, Arabic and English):
 * كم / ما عدد / How many / How much -> a number; متى / في أي عام / When / What year -> a date; من / Who
 * -> a person; أين / في أي مدينة / Where / Which country -> a place. Read by the answer-type evidence of
 * the found / not-found decision (SearchOptions.answerType); undefined when the question asks for none
 * of these (ماذا، ما هو، كيف، لماذا, a statement).
 */
export function expectedAnswerType(question: string): AnswerType | undefined {
  const words = tokenize(question).map((t) => t.text).slice(0, 6);
  const at = (i: number) => words[i] ?? "";
  // the question word may follow و / ف, or stand after a preposition (في أي عام، In what year)
  const first = at(0).replace(/^[وف](?=(كم|متي|من|اين)$)/, "");
  for (let i = 0; i < words.length; i++) {
    const w = i === 0 ? first : at(i);
    const next = at(i + 1);
    if (w === "كم" || w === "عدد" || w === "نسبه" || (w === "how" && (next === "many" || next === "much"))) return "number";
    if (w === "متي" || w === "تاريخ" || w === "when") return "date";
    if ((w === "اي" || w === "what" || w === "which") && DATE_NOUNS.has(next)) return "date";
    if ((w === "اي" || w === "what" || w === "which") && PLACE_NOUNS.has(next)) return "place";
    if (w === "اين" || w === "where") return "place";
    if (w === "who" || w === "whom" || w === "whose") return "person";
    if (i === 0 && w === "من" && !/^(بين|اجل|خلال)$/.test(next)) return "person";
    // only the first words can be the question word: "ما هو عدد", "في أي عام", "In what year"
    if (i >= 2) break;
  }
  return undefined;
}

/** Nouns after أي / what / which that ask for a date (closed class: calendar units). */
const DATE_NOUNS = new Set(["عام", "سنه", "قرن", "يوم", "شهر", "تاريخ", "year", "century", "day", "month", "date", "decade"]);
/** Nouns after أي / what / which that ask for a place (closed class: kinds of place). */
const PLACE_NOUNS = new Set(["مدينه", "دوله", "بلد", "منطقه", "قاره", "مكان", "ولايه", "city", "country", "region", "state", "continent", "place", "town"]);
