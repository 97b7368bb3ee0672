import { summarizeQuestion, type EnglishTitle } from "../../src/answer/question-summary";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { readLexicons } from "../corpus-files";
import { fmt } from "./report-retrieval";
import { SPLITS, type Part } from "./splits";
import { groupedArticles, loadSquad } from "./squad";
import { table } from "./table";

/** Sentences per summary: the default of /v1/summarize. */
const SENTENCES = 3;
/** The English title variants tried (question-summary.ts); the first is the behaviour before issue 16. */
const VARIANTS: EnglishTitle[] = ["text", "all", "present", "first"];

interface Scores {
  n: number;
  found: number;
  /** The summary's first sentence is in the question's gold paragraph. */
  firstInGold: number;
  /** ... in the gold paragraph's article. */
  firstInArticle: number;
  /** Some sentence of the summary is in the gold paragraph. */
  anyInGold: number;
  /** The first sentence is the Arabic twin's first sentence (English rows only). */
  sameFirst: number;
  /** The Arabic twin's summary sentences the summary holds, over the twin's (summed over questions both found). */
  shared: number;
  both: number;
}

type Picked = { doc: number; article: string; text: string }[];

/**
 * Question summaries of English questions against their Arabic twins (XQuAD dev, same ids) over the
 * Arabic XQuAD paragraphs, grouped in their articles as a news corpus is: how often the summary
 * /v1/summarize gives for a question opens with a sentence of the gold paragraph (or its article).
 * The English title variant is chosen on the tune articles (splits.ts) by firstInGold, ties broken by
 * anyInGold, then by the twin's sentences held; both parts printed.
 */
export function runQuestionSummaries(data: string): void {
  const xq = loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false });
  const en = new Map(loadSquad(`${data}xquad/xquad-dev.en.json`, { withTitles: false }).questions.map((q) => [q.id, q.question]));
  const index = new SearchIndex(buildCorpusIndex(groupedArticles(xq), undefined, readLexicons("corpus/lexicon")));
  const questions = xq.questions.filter((q) => en.has(q.id));
  const docOf = new Map(index.articles.map((a) => [a.id, a.firstParagraph]));
  const picked = (text: string, how?: EnglishTitle): Picked =>
    summarizeQuestion(index, text, SENTENCES, how).summary.map((s) => ({ doc: docOf.get(s.article_id!)! + s.paragraph! - 1, article: s.article_id!, text: s.text }));
  const arabic = questions.map((q) => picked(q.question));
  const score = (runs: Picked[], part: Part): Scores => {
    const s: Scores = { n: 0, found: 0, firstInGold: 0, firstInArticle: 0, anyInGold: 0, sameFirst: 0, shared: 0, both: 0 };
    runs.forEach((run, i) => {
      const q = questions[i]!;
      if (SPLITS.xquad[q.article] !== part) return;
      s.n++;
      if (!run.length) return;
      s.found++;
      if (run[0]!.doc === q.gold) s.firstInGold++;
      if (run[0]!.article === `a${q.article}`) s.firstInArticle++;
      if (run.some((p) => p.doc === q.gold)) s.anyInGold++;
      if (run[0]!.text === arabic[i]![0]?.text) s.sameFirst++;
      const twin = arabic[i]!;
      if (!twin.length) return;
      s.both++;
      s.shared += twin.filter((t) => run.some((p) => p.text === t.text)).length / twin.length;
    });
    return s;
  };
  const rows: string[][] = [];
  const row = (name: string, runs: Picked[], english: boolean) => {
    for (const part of ["tune", "heldout"] as Part[]) {
      const s = score(runs, part);
      const share = (k: number) => fmt(k / (s.n || 1));
      rows.push([name, part, String(s.n), share(s.found), share(s.firstInGold), share(s.firstInArticle), share(s.anyInGold), english ? share(s.sameFirst) : "-", english ? fmt(s.shared / (s.both || 1)) : "-"]);
    }
    const t = score(runs, "tune");
    return [t.firstInGold, t.anyInGold, t.shared];
  };
  row("Arabic questions", arabic, false);
  let best: { how: EnglishTitle; tune: number[] } | null = null;
  // lexicographic: the first figure that differs decides
  const better = (a: number[], b: number[]) => {
    const k = a.findIndex((x, i) => x !== b[i]);
    return k >= 0 && a[k]! > b[k]!;
  };
  for (const how of VARIANTS) {
    const tune = row(`English, title: ${how}${how === "text" ? " (before)" : ""}`, questions.map((q) => picked(en.get(q.id)!, how)), true);
    if (!best || better(tune, best.tune)) best = { how, tune };
  }
  console.log(`\n## Question summaries, English against Arabic (XQuAD dev, ${questions.length} questions, ${SENTENCES} sentences)\n`);
  console.log(table(["questions", "part", "n", "found", "1st sentence in gold paragraph", "1st in gold article", "any in gold paragraph", "1st = Arabic twin's 1st", "Arabic twin's sentences held (both found)"], rows));
  console.log(`\nEnglish title chosen on the tune part (1st sentence in gold paragraph, then any, then the twin's sentences): ${best!.how}.`);
}
