import { answerInContext } from "../../src/answer/conversation";
import { questionTitle, summarizeQuestion, type EnglishTitle } from "../../src/answer/question-summary";
import { summarizePassages, type SummaryItem } from "../../src/answer/summaries";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { readLexicons } from "../corpus-files";
import { fmt } from "./report-retrieval";
import { SPLITS, type Part } from "./splits";
import { groupedArticles, loadSquad, type QaSet } from "./squad";
import { table } from "./table";

/** Sentences per summary: the default of /v1/summarize. */
const SENTENCES = 3;
/** The English title variants tried (question-summary.ts); the first is the behaviour before issue 16. */
const VARIANTS: EnglishTitle[] = ["text", "all", "present", "first"];
/** Sentences of an /v1/ask summary (Engine.ask). */
const ASK_SENTENCES = 2;

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
  const english = questions.map((q) => en.get(q.id)!);
  const docOf = new Map(index.articles.map((a) => [a.id, a.firstParagraph]));
  const asPicked = (items: SummaryItem[]): Picked => items.map((s) => ({ doc: docOf.get(s.article_id!)! + s.paragraph! - 1, article: s.article_id!, text: s.text }));
  const picked = (text: string, how?: EnglishTitle): Picked => asPicked(summarizeQuestion(index, text, SENTENCES, how).summary);
  const score = scorer(questions);
  const arabic = questions.map((q) => picked(q.question));
  const rows = [...scoreRows("Arabic questions", score(arabic))];
  let best: { how: EnglishTitle; tune: number[] } | null = null;
  for (const how of VARIANTS) {
    const scores = score(english.map((q) => picked(q, how)), arabic);
    rows.push(...scoreRows(`English, title: ${how}${how === "text" ? " (before)" : ""}`, scores));
    const tune = [scores.tune.firstInGold, scores.tune.anyInGold, scores.tune.shared];
    if (!best || better(tune, best.tune)) best = { how, tune };
  }
  console.log(`\n## Question summaries, English against Arabic (XQuAD dev, ${questions.length} questions, ${SENTENCES} sentences)\n`);
  console.log(table(HEAD, rows));
  console.log(`\nEnglish title chosen on the tune part (1st sentence in gold paragraph, then any, then the twin's sentences): ${best!.how}.`);

  // /v1/ask with "summary": its answer's passages (top_k 3) in ASK_SENTENCES sentences, without and with the question as title
  const answered = (text: string, titled: boolean): Picked => {
    const { passages } = answerInContext(index, text, [], 3);
    return asPicked(summarizePassages(passages, ASK_SENTENCES, titled ? (ss) => questionTitle(index, text, ss) : undefined));
  };
  const askRows: string[][] = [];
  const tuneOf: Record<string, number> = {};
  for (const titled of [false, true]) {
    const ar = questions.map((q) => answered(q.question, titled));
    const arScores = score(ar);
    const enScores = score(english.map((q) => answered(q, titled)), ar);
    const name = titled ? "question as title" : "no title (before)";
    askRows.push(...scoreRows(`Arabic, ${name}`, arScores), ...scoreRows(`English, ${name}`, enScores));
    tuneOf[name] = arScores.tune.firstInGold + enScores.tune.firstInGold;
  }
  console.log(`\n## /v1/ask summaries (top_k 3, ${ASK_SENTENCES} sentences), English against Arabic\n`);
  console.log(table(HEAD, askRows));
  const chosen = Object.entries(tuneOf).sort((a, b) => b[1] - a[1])[0]![0];
  console.log(`\nChosen on the tune part (1st sentence in gold paragraph, both languages): ${chosen}.`);
}

const HEAD = ["questions", "part", "n", "found", "1st sentence in gold paragraph", "1st in gold article", "any in gold paragraph", "1st = Arabic twin's 1st", "Arabic twin's sentences held (both found)"];

/** Lexicographic: the first figure that differs decides. */
function better(a: number[], b: number[]): boolean {
  const k = a.findIndex((x, i) => x !== b[i]);
  return k >= 0 && a[k]! > b[k]!;
}

/** Each question's summary scored against its gold paragraph (and, given, its Arabic twin's summary), per part. */
function scorer(questions: QaSet["questions"]) {
  return (runs: Picked[], twins?: Picked[]): Record<Part, Scores> => {
    const out = {} as Record<Part, Scores>;
    for (const part of ["tune", "heldout"] as Part[]) {
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
        const twin = twins?.[i];
        if (!twin?.length) return;
        if (run[0]!.text === twin[0]!.text) s.sameFirst++;
        s.both++;
        s.shared += twin.filter((t) => run.some((p) => p.text === t.text)).length / twin.length;
      });
      out[part] = s;
    }
    return out;
  };
}

/** Table rows of one run, tune then held-out; the twin columns only when it was compared with one. */
function scoreRows(name: string, scores: Record<Part, Scores>): string[][] {
  return (["tune", "heldout"] as Part[]).map((part) => {
    const s = scores[part];
    const share = (k: number) => fmt(k / (s.n || 1));
    const twin = s.both > 0;
    return [name, part, String(s.n), share(s.found), share(s.firstInGold), share(s.firstInArticle), share(s.anyInGold), twin ? share(s.sameFirst) : "-", twin ? fmt(s.shared / s.both) : "-"];
  });
}
