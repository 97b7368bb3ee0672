/**
 * How many of ARCD's retrieval misses are near-duplicate paragraphs: ARCD holds the same article text
 * more than once (two versions of one introduction), so a question whose top paragraph is the gold's
 * twin counts as a miss in recall@1. Prints, per layout and split part (the default ranking), recall@1, the misses whose top paragraph shares at least TWIN_JACCARD of its distinct words
 * with the gold, and recall@1 counting those as right. A measurement of the data; nothing is tuned on it.
 *
 *   npm run eval -- --only arcd-twins
 */
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import type { Article } from "../../src/corpus/schema";
import { readLexicons } from "../corpus-files";
import { fmt } from "./report-retrieval";
import { SPLITS, type Part } from "./splits";
import { asArticles, groupedArticles, loadSquad } from "./squad";
import { table } from "./table";

/** The word Jaccard (distinct Arabic words, diacritics dropped) from which two paragraphs count as twins. */
const TWIN_JACCARD = 0.5;

const words = (t: string) => new Set(t.replace(/[\u064B-\u0652]/g, "").match(/[\u0621-\u064A]+/g) ?? []);

/** Distinct words two sets share over the words either holds. */
function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

export function runArcdTwins(data: string): void {
  const arcd = loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true });
  const lexicon = readLexicons("corpus/lexicon");
  const layouts: [string, Article[]][] = [["one paragraph per article", asArticles(arcd)], ["paragraphs in their articles", groupedArticles(arcd)]];
  const rows = layouts.flatMap(([layout, articles]) => {
    const index = new SearchIndex(buildCorpusIndex(articles, undefined, lexicon));
    return (["tune", "heldout"] as Part[]).map((part) => {
    const qs = arcd.questions.filter((q) => SPLITS.arcd[q.article] === part);
    let [right, twins] = [0, 0];
    for (const q of qs) {
      const top = index.search(q.question, { limit: 1 })[0];
      if (top?.doc === q.gold) right++;
      else if (top && jaccard(words(index.text(top.doc)), words(index.text(q.gold))) >= TWIN_JACCARD) twins++;
    }
    return [layout, part, String(qs.length), fmt(right / qs.length), String(twins), fmt((right + twins) / qs.length)];
    });
  });
  console.log(`\n## ARCD misses that are the gold's twin (word Jaccard >= ${TWIN_JACCARD})\n`);
  console.log(table(["layout", "part", "questions", "recall@1", "misses whose top is a twin", "recall@1 counting twins"], rows));
}
