/**
 * npx tsx scripts/eval/names-margin-fit.ts: the one-word name rule fitted on the end-to-end corpus of the
 * tuning part (names-corpus.ts), measured on the eval split's. A one-word name is taken when its best
 * speaker scores NAME_THRESHOLD, or scores `floor` and leads the next speaker (or NEAR_FLOOR when none
 * is that near) by `margin` nats. The pair chosen gives the most right speakers first on the tuning part
 * with no more unknown names matched than NAME_THRESHOLD alone lets through there.
 */
import { nameWordMatches } from "../../src/answer/names";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { arabicLetters, latinLetters, NAME_THRESHOLD, NEAR_FLOOR, WORD_FLOOR } from "../../src/names";
import type { Article } from "../../src/corpus/schema";
import { readLexicons } from "../corpus-files";
import { DATA } from "../translit/data";
import { partNames, type Part } from "./names-corpus";

/** One question's two best speakers: the first's score, its lead over the second, and whether it is right. */
interface Lead { known: boolean; best: number; lead: number; right: boolean }

function leads(part: Part): Lead[] {
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

/** Right first among the known names, and matched among the unknown ones, under a rule. */
function rates(xs: readonly Lead[], floor: number, margin: number): [right: number, falseMatch: number] {
  const taken = (x: Lead) => x.best >= NAME_THRESHOLD || (x.best >= floor && x.lead >= margin);
  const k = xs.filter((x) => x.known), u = xs.filter((x) => !x.known);
  return [k.filter((x) => x.right && taken(x)).length / k.length, u.filter(taken).length / u.length];
}

const tune = leads("tune");
const [baseRight, baseFalse] = rates(tune, Infinity, Infinity);
let best = { floor: Infinity, margin: Infinity, right: baseRight, falseMatch: baseFalse };
for (let floor = WORD_FLOOR; floor < NAME_THRESHOLD; floor += 0.1) {
  for (let margin = 0; margin <= 8; margin += 0.25) {
    const [right, falseMatch] = rates(tune, floor, margin);
    if (falseMatch <= baseFalse && right > best.right) best = { floor: Number(floor.toFixed(3)), margin, right, falseMatch };
  }
}
const evalLeads = leads("eval");
const fmt = (r: [number, number]) => `right first ${r[0].toFixed(3)}, unknown matched ${r[1].toFixed(3)}`;
console.log(`tuning part: threshold alone ${fmt([baseRight, baseFalse])}; chosen floor ${best.floor}, margin ${best.margin}: ${fmt([best.right, best.falseMatch])}`);
console.log(`eval split: threshold alone ${fmt(rates(evalLeads, Infinity, Infinity))}; chosen: ${fmt(rates(evalLeads, best.floor, best.margin))}`);
