import MiniSearch from "minisearch";
import { englishQuery } from "../../src/answer/english";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { buildEnglishMaps } from "../../src/index/english";
import { readLexicons } from "../corpus-files";
import { fmt } from "./report-retrieval";
import { asArticles, loadSquad, rankMetrics } from "./squad";
import { table } from "./table";

/** English XQuAD questions against the Arabic XQuAD paragraphs (same ids), next to the Arabic questions. */
export function runEnglish(data: string): void {
  const ar = loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false });
  const en = loadSquad(`${data}xquad/xquad-dev.en.json`, { withTitles: false });
  const english = new Map(en.questions.map((q) => [q.id, q.question]));
  const questions = ar.questions.filter((q) => english.has(q.id));
  const gold = questions.map((q) => q.gold);
  const articles = asArticles(ar);
  const lexicon = readLexicons("corpus/lexicon");
  const index = new SearchIndex(buildCorpusIndex(articles, undefined, lexicon));
  const englishRank = (ix: SearchIndex, nearSoundWeight?: number) =>
    questions.map((q) => ix.search(englishQuery(ix, english.get(q.id)!, nearSoundWeight).terms, { limit: 10 }).map((h) => h.doc));
  const arRank = questions.map((q) => index.search(q.question, { limit: 10 }).map((h) => h.doc));
  const enRank = englishRank(index);
  // the same index with every stem of several-word translations kept (no filler removal)
  const withFillers = new SearchIndex(buildCorpusIndex(articles, undefined, lexicon));
  const texts = articles.flatMap((a) => [a.title, ...a.paragraphs]);
  withFillers.data.extras.english = buildEnglishMaps(lexicon, new Set(withFillers.data.terms), texts, withFillers.analyzer, Infinity);
  // the lexicon without some of the hand-kept lists, to show what each is worth
  const withLists = (lists: string[]) => englishRank(new SearchIndex(buildCorpusIndex(articles, undefined, readLexicons("corpus/lexicon", lists))));
  const ms = new MiniSearch<{ id: number; text: string }>({ fields: ["text"] });
  ms.addAll(ar.paragraphs.map((p, id) => ({ id, text: p.text })));
  const msRank = (qs: string[]) => qs.map((q) => ms.search(q).slice(0, 10).map((r) => r.id as number));
  const rows = [
    ["this project", "Arabic", rankMetrics(arRank, gold)],
    ["this project", "English", rankMetrics(enRank, gold)],
    ["this project, translations' filler stems kept", "English", rankMetrics(englishRank(withFillers), gold)],
    ["this project, near sounds at full weight", "English", rankMetrics(englishRank(index, 1), gold)],
    ["this project, without common.tsv", "English", rankMetrics(withLists(["glossary.tsv", "places.tsv"]), gold)],
    ["this project, without places.tsv", "English", rankMetrics(withLists(["glossary.tsv", "common.tsv"]), gold)],
    ["this project, FreeDict and glossary.tsv only", "English", rankMetrics(withLists(["glossary.tsv"]), gold)],
    ["MiniSearch 7 (defaults)", "Arabic", rankMetrics(msRank(questions.map((q) => q.question)), gold)],
    ["MiniSearch 7 (defaults)", "English", rankMetrics(msRank(questions.map((q) => english.get(q.id)!)), gold)],
  ] as const;
  console.log(`\n## English questions over Arabic paragraphs (XQuAD dev, ${questions.length} questions)\n`);
  console.log(table(["engine", "questions in", "recall@1", "recall@5", "MRR@10"], rows.map(([e, l, m]) => [e, l, fmt(m.recallAt1), fmt(m.recallAt5), fmt(m.mrrAt10)])));
  const ratio = rows[1][2].recallAt1 / rows[0][2].recallAt1;
  console.log(`\nEnglish recall@1 is ${(ratio * 100).toFixed(0)}% of the Arabic recall@1.`);
}
