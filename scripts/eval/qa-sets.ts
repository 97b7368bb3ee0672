import { englishQuery } from "../../src/answer/english";
import { expectedAnswerType } from "../../src/answer/answer-type";
import { FOUND_DEPTH } from "../../src/answer/found";
import { buildCorpusIndex, SearchIndex, type Hit, type RankingOptions, type SearchOptions } from "../../src/index";
import { readLexicons } from "../corpus-files";
import { newsTitles, SPLITS, type Part } from "./splits";
import { groupedArticles, loadSquad } from "./squad";

/** A question with its split part, its language, and (when the corpus answers it) its gold paragraph. */
export interface Question {
  text: string;
  language: "ar" | "en";
  part: Part;
  gold?: number;
  /** An article id left out of the corpus for this question (its own, to make it unanswerable). */
  without?: string;
  /** Where the question comes from (its set and article; a title's own text): cross-validation folds keep a source's questions together. */
  source: string;
}

/** A corpus and the question groups asked against it (answerable ones carry gold). */
export interface QaRun {
  name: string;
  index: SearchIndex;
  groups: { name: string; answerable: boolean; questions: Question[] }[];
}

/**
 * The labelled questions of the found / not-found fit and the held-out retrieval figures: XQuAD (Arabic
 * and English questions) and ARCD against their own paragraphs (answerable), each against the other's
 * paragraphs and SaudiNewsNet titles against both (unanswerable). Parts come from splits.ts. Paragraphs
 * stay in their articles, as in a news corpus (so the article-context signal is measured too).
 */
export function qaRuns(data: string, ranking?: RankingOptions): QaRun[] {
  const xq = loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false });
  const en = new Map(loadSquad(`${data}xquad/xquad-dev.en.json`, { withTitles: false }).questions.map((q) => [q.id, q.question]));
  const arcd = loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true });
  const titles = newsTitles(data);
  const lexicon = readLexicons("corpus/lexicon");
  const xqAr = xq.questions.map((q): Question => ({ text: q.question, language: "ar", part: SPLITS.xquad[q.article]!, gold: q.gold, source: `xquad ${q.article}` }));
  const xqEn = xq.questions.filter((q) => en.has(q.id)).map((q): Question => ({ text: en.get(q.id)!, language: "en", part: SPLITS.xquad[q.article]!, gold: q.gold, source: `xquad ${q.article}` }));
  const arcdQs = arcd.questions.map((q): Question => ({ text: q.question, language: "ar", part: SPLITS.arcd[q.article]!, gold: q.gold, source: `arcd ${q.article}` }));
  const news = (["tune", "heldout"] as Part[]).flatMap((part) => titles[part].map((text): Question => ({ text, language: "ar", part, source: `title ${text}` })));
  const none = (qs: Question[]) => qs.map(({ gold: _, ...q }) => q);
  // XQuAD's articles are distinct topics: a question asked of the corpus without its own article is one the corpus lacks
  const xqEnWithout = xq.questions.filter((q) => en.has(q.id)).map((q): Question => ({ text: en.get(q.id)!, language: "en", part: SPLITS.xquad[q.article]!, without: `a${q.article}`, source: `xquad ${q.article}` }));
  return [
    {
      name: "XQuAD",
      index: new SearchIndex(buildCorpusIndex(groupedArticles(xq), ranking, lexicon)),
      groups: [
        { name: "XQuAD (ar)", answerable: true, questions: xqAr },
        { name: "XQuAD (en)", answerable: true, questions: xqEn },
        { name: "ARCD against XQuAD", answerable: false, questions: none(arcdQs) },
        { name: "news titles against XQuAD", answerable: false, questions: news },
        { name: "XQuAD (en) against XQuAD without its article", answerable: false, questions: xqEnWithout },
      ],
    },
    {
      name: "ARCD",
      index: new SearchIndex(buildCorpusIndex(groupedArticles(arcd), ranking, lexicon)),
      groups: [
        { name: "ARCD (ar)", answerable: true, questions: arcdQs },
        { name: "XQuAD (ar) against ARCD", answerable: false, questions: none(xqAr) },
        { name: "XQuAD (en) against ARCD", answerable: false, questions: none(xqEn) },
        { name: "news titles against ARCD", answerable: false, questions: news },
      ],
    },
  ];
}

/** A question's hits as /v1/ask ranks them (English through the same reading as ask), with signals; `more`: other search options (default none). */
export function hitsFor(index: SearchIndex, q: Question, limit = FOUND_DEPTH, more: SearchOptions = {}): Hit[] {
  const query = q.language === "en" ? englishQuery(index, q.text).terms : q.text;
  const filter = q.without === undefined ? undefined : (doc: number) => index.articleOf(doc).id !== q.without;
  return index.search(query, { limit, signals: true, filter, answerType: expectedAnswerType(q.text), ...more });
}
