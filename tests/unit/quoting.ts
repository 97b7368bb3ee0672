import { answer } from "../../src/answer";
import { buildCorpusIndex, SearchIndex } from "../../src/index";

/** An index of articles written for name tests: one short article quoting each name (invented people). */
export const quoting = (names: readonly string[], prefix = "c") =>
  new SearchIndex(buildCorpusIndex(names.map((n, i) => ({ id: `${prefix}${i}`, title: "", language: "ar" as const, paragraphs: [`وقال ${n} في تصريح صحفي: «نحن راضون عن نتائج الاجتماع».`] }))));

/** The speaker of a question's first quote, or null when it answers found:false. */
export const speakerOf = (index: SearchIndex, q: string): string | null => {
  const r = answer(index, q, 1);
  return r.found ? (r.passages[0]?.quotes[0]?.speaker ?? "") : null;
};
