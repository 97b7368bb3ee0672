/**
 * End-to-end English names given in full or by the family name alone: a corpus generated from a part of
 * ../shared/data/translit/ (names-corpus.ts partNames), its names taken two by two as one person (given
 * name, family name: «وقال <given> <family> في تصريح صحفي: «...»»), four people in five in the corpus and
 * the fifth left out. "What did <Given> <Family> say?" and "What did <Family> say?" go through the answer
 * engine: a person in the corpus must get that speaker first, a person left out found:false (questions
 * whose family spelling is also a spelling of a name in the corpus are not asked about people left out).
 */
import { answer } from "../../src/answer";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { arabicLetters, latinLetters } from "../../src/names";
import type { Article } from "../../src/corpus/schema";
import { readLexicons } from "../corpus-files";
import { partNames, type Part } from "./names-corpus";
import { fmt } from "./report-retrieval";
import { table } from "./table";

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** One part's full-name and family-name questions, printed as a table. */
export function runNamesFullPart(data: string, part: Part): void {
  const names = [...partNames(data, part)];
  const people = Array.from({ length: Math.floor(names.length / 2) }, (_, k) => [names[2 * k]!, names[2 * k + 1]!] as const);
  const inCorpus = people.filter((_, i) => i % 5 !== 4);
  const articles: Article[] = inCorpus.map(([g, f], i) => ({ id: `full-${i}`, title: "", language: "ar", paragraphs: [`وقال ${g[0]} ${f[0]} في تصريح صحفي: «نحن راضون عن نتائج الاجتماع».`] }));
  const index = new SearchIndex(buildCorpusIndex(articles, undefined, readLexicons("corpus/lexicon")));
  const speakerOf = (q: string) => {
    const r = answer(index, q, 1);
    return r.found ? (r.passages[0]?.quotes[0]?.speaker ?? "") : null;
  };
  const known = new Set(inCorpus.flatMap(([g, f]) => [...g[1], ...f[1]].map(latinLetters)));
  const rows: string[][] = [];
  for (const [label, ask] of [["full name", (g: string, f: string) => `${cap(g)} ${cap(f)}`], ["family name alone", (_: string, f: string) => cap(f)]] as const) {
    let right = 0, wrong = 0, missed = 0, unknown = 0, refused = 0;
    for (const [g, f] of inCorpus) {
      const s = speakerOf(`What did ${ask(g[1][0]!, f[1][0]!)} say?`);
      if (s === null) missed++;
      else if (arabicLetters(s) === arabicLetters(`${g[0]}${f[0]}`)) right++;
      else wrong++;
    }
    for (const [g, f] of people.filter((_, i) => i % 5 === 4)) {
      if (known.has(latinLetters(f[1][0]!))) continue;
      unknown++;
      if (speakerOf(`What did ${ask(g[1][0]!, f[1][0]!)} say?`) === null) refused++;
    }
    const n = inCorpus.length;
    rows.push([`${label}: people in the corpus`, String(n), fmt(right / n), fmt(wrong / n), fmt(missed / n)]);
    rows.push([`${label}: people left out`, String(unknown), "", fmt((unknown - refused) / unknown), fmt(refused / unknown)]);
  }
  const from = part === "eval" ? "the eval split (held out)" : "the tuning part of the train split";
  console.log(`\n## End to end, two-word names: ${articles.length} people from ${from}\n`);
  console.log(table(["questions", "asked", "right speaker first", "another speaker", "found:false"], rows));
}
