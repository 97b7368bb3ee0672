/**
 * One-word English name questions over the end-to-end corpus of a part (names-corpus.ts): for each, the
 * best speaker's score, its lead over the next speaker, and whether it is right. Read by the name-rule
 * fits (names-margin-fit.ts, names-ambiguity-fit.ts).
 */
import { nameWordMatches } from "../../src/answer/names";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { arabicLetters, latinLetters, NEAR_FLOOR } from "../../src/names";
import type { Article } from "../../src/corpus/schema";
import { readLexicons } from "../corpus-files";
import { DATA } from "../translit/data";
import { partNames, type Part } from "./names-corpus";

/** One question's two best speakers: the first's score, its lead over the second, and whether it is right. */
export interface Lead { known: boolean; best: number; lead: number; right: boolean }

export function leads(part: Part): Lead[] {
  const names = [...partNames(DATA, part)];
  const inCorpus = names.filter((_, i) => i % 5 !== 4);
  const articles: Article[] = inCorpus.map(([ar], i) => ({ id: `names-${i}`, title: "", language: "ar", paragraphs: [`وقال ${ar} في تصريح صحفي: «نحن راضون عن نتائج الاجتماع».`] }));
  const index = new SearchIndex(buildCorpusIndex(articles, undefined, readLexicons("corpus/lexicon")));
  const { speakers } = index.data.extras;
  const known = new Set(inCorpus.flatMap(([, en]) => en.map(latinLetters)));
  const lead = (en: string, ar: string | null): Lead | null => {
    const per = new Map<number, number>();
    for (const { score, speakers: sps } of nameWordMatches(index, en)) for (const sp of sps) per.set(sp, Math.max(per.get(sp) ?? -Infinity, score));
    const ranked = [...per].sort((x, y) => y[1] - x[1]);
    if (!ranked.length) return null;
    const forms = new Set([speakers[ranked[0]![0]]!.name, ...speakers[ranked[0]![0]]!.aliases].map(arabicLetters));
    return { known: ar !== null, best: ranked[0]![1], lead: ranked[0]![1] - (ranked[1]?.[1] ?? NEAR_FLOOR), right: ar !== null && forms.has(arabicLetters(ar)) };
  };
  const out: Lead[] = [];
  for (const [ar, ens] of inCorpus) for (const en of ens) out.push(lead(en, ar) ?? { known: true, best: -Infinity, lead: 0, right: false });
  for (const [, ens] of names.filter((_, i) => i % 5 === 4)) for (const en of ens.filter((e) => !known.has(latinLetters(e)))) out.push(lead(en, null) ?? { known: false, best: -Infinity, lead: 0, right: false });
  return out;
}

