/**
 * Fits the rerank's weights (src/index/rerank.ts) on the tune parts of XQuAD (Arabic and English
 * questions) and ARCD (splits.ts), and prints recall@1 of the hand combination and of the fit on the
 * tune and held-out parts, with paragraphs indexed one per article (the retrieval table's layout) and
 * in their articles (a news corpus's layout, where the article-context feature is alive).
 *
 *   npm run eval -- --only rerank            fit and report
 *   npm run eval -- --only rerank --write    also write the fit to src/index/rerank-model.ts
 *   npm run eval -- --only rerank --answer-type   a candidate feature: typeNear (the answer type the question
 *                                             asks for stands near the matched terms, src/index/answer-window.ts)
 *                                             appended to RERANK_FEATURES; measured only (never written)
 *
 * Each question's candidates are its best COLLECT paragraphs by BM25 with their features; a ranking
 * at depth d reorders the best d of them by the weights, so every variant is scored without searching again.
 */
import { writeFileSync } from "node:fs";
import { expectedAnswerType } from "../../src/answer/answer-type";
import { englishQuery } from "../../src/answer/english";
import { buildCorpusIndex, DEFAULT_RANKING, handRerank, LEARNED_RERANK, RERANK_FEATURES, SearchIndex } from "../../src/index";
import { readLexicons } from "../corpus-files";
import { fitListwise, type RankQuery } from "./listwise";
import { fmt } from "./report-retrieval";
import { SPLITS, type Part } from "./splits";
import { asArticles, groupedArticles, loadSquad, type QaSet } from "./squad";
import { table } from "./table";

/** Candidates gathered per question (the deepest rerank measured). */
const COLLECT = 20;
/** L2 strengths tried; the script keeps the one with the best tune recall@1. */
const L2 = [1e-3, 1e-2, 1e-1];
/** The rerank depth shipped (RankingOptions.rerankDepth; 20 measured the same as 10 on tune). */
const DEPTH = DEFAULT_RANKING.rerankDepth;

type Layout = "paragraphs" | "articles";
export interface Asked {
  group: string;
  layout: Layout;
  part: Part;
  gold: number;
  candidates: { doc: number; f: number[] }[];
}

/** `typed`: append the typeNear candidate to each candidate's features (default: --answer-type on the command line). */
export function collect(data: string, layout: Layout, typed = process.argv.includes("--answer-type")): Asked[] {
  const xq = loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false });
  const en = new Map(loadSquad(`${data}xquad/xquad-dev.en.json`, { withTitles: false }).questions.map((q) => [q.id, q.question]));
  const arcd = loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true });
  const lexicon = readLexicons("corpus/lexicon");
  const ranking = { ...DEFAULT_RANKING, rerankDepth: COLLECT };
  const out: Asked[] = [];
  const ask = (set: QaSet, parts: Part[], name: string, english?: Map<string, string>) => {
    const index = new SearchIndex(buildCorpusIndex(layout === "paragraphs" ? asArticles(set) : groupedArticles(set), ranking, lexicon));
    for (const q of set.questions) {
      const text = english ? english.get(q.id) : q.question;
      if (!text) continue;
      const hits = index.search(english ? englishQuery(index, text).terms : text, { limit: COLLECT, signals: true, answerType: typed ? expectedAnswerType(text) : undefined });
      const candidates = hits.map((h) => ({ doc: h.doc, f: typed ? [...h.signals!.features, h.signals!.typeNear] : h.signals!.features })).sort((a, b) => b.f[0]! - a.f[0]! || a.doc - b.doc);
      out.push({ group: name, layout, part: parts[q.article]!, gold: q.gold, candidates });
    }
  };
  ask(xq, SPLITS.xquad, "XQuAD (ar)");
  ask(xq, SPLITS.xquad, "XQuAD (en)", en);
  ask(arcd, SPLITS.arcd, "ARCD (ar)");
  return out;
}

/** The paragraph the weights put first among a question's best `depth` BM25 candidates. */
function first(q: Asked, w: number[], depth: number): number | undefined {
  let best: { doc: number; s: number } | undefined;
  for (const c of q.candidates.slice(0, depth)) {
    const s = c.f.reduce((a, v, k) => a + v * w[k]!, 0);
    if (!best || s > best.s || (s === best.s && c.doc < best.doc)) best = { doc: c.doc, s };
  }
  return best?.doc;
}

export const mean = (xs: number[]) => xs.reduce((a, v) => a + v, 0) / (xs.length || 1);

export function recall(qs: Asked[], w: number[], depth: number): number {
  return qs.filter((q) => first(q, w, depth) === q.gold).length / (qs.length || 1);
}

/** Listwise fit on the tune questions whose gold is among the best `depth`; each group weighs the same. */
export function fit(tune: Asked[], depth: number, l2: number): number[] {
  const size = new Map<string, number>();
  for (const q of tune) size.set(q.group + q.layout, (size.get(q.group + q.layout) ?? 0) + 1);
  const queries: RankQuery[] = tune.flatMap((q) => {
    const c = q.candidates.slice(0, depth);
    const gold = c.findIndex((x) => x.doc === q.gold);
    return gold < 0 || c.length < 2 ? [] : [{ features: c.map((x) => x.f), gold, weight: 1 / size.get(q.group + q.layout)! }];
  });
  const init = handRerank(DEFAULT_RANKING);
  const w = fitListwise(queries, { l2, init: [...init, ...new Array(Math.max(0, (queries[0]?.features[0]?.length ?? 0) - init.length)).fill(0)] });
  return w.map((v) => Math.round((v / Math.abs(w[0]!)) * 1000) / 1000); // relative to BM25's weight (kept only when positive)
}

export function runRerank(data: string): void {
  const all = [...collect(data, "paragraphs"), ...collect(data, "articles")];
  const tune = all.filter((q) => q.part === "tune");
  const hand = handRerank(DEFAULT_RANKING);
  const variants: [string, number[], number][] = [["hand (session 1)", hand, DEPTH]];
  const typed = process.argv.includes("--answer-type");
  if (typed) variants.length = 0; // the shipped weights read no typeNear column
  if (!typed && LEARNED_RERANK.length === RERANK_FEATURES.length) variants.push(["shipped (English questions: hand)", LEARNED_RERANK, DEPTH]);
  const fits: [string, number[], number][] = L2.map((l2) => [`fit, depth ${DEPTH}, l2 ${l2}`, fit(tune, DEPTH, l2), DEPTH]);
  variants.push(...fits);
  const groups = [...new Set(all.map((q) => q.group))];
  for (const layout of ["paragraphs", "articles"] as Layout[]) {
    const rows = variants.map(([name, w, depth]) => [name, ...groups.flatMap((g) => (["tune", "heldout"] as Part[]).map((p) => fmt(recall(all.filter((q) => q.layout === layout && q.group === g && q.part === p), name.startsWith("shipped") && g.endsWith("(en)") ? hand : w, depth))))]);
    console.log(`\n## Rerank recall@1, paragraphs ${layout === "paragraphs" ? "one per article" : "in their articles"}\n`);
    console.log(table(["weights", ...groups.flatMap((g) => [`${g} tune`, `${g} held out`])], rows));
  }
  console.log("\n" + table(["feature", ...fits.map(([n]) => n)], [...RERANK_FEATURES, ...(typed ? ["typeNear"] : [])].map((f, k) => [f, ...fits.map(([, w]) => w[k]!.toFixed(3))])));
  // the fit with the best mean tune recall@1 over the groups and layouts, among those that keep BM25's weight positive
  const tuneMean = (w: number[]) => mean(groups.flatMap((g) => (["paragraphs", "articles"] as Layout[]).map((l) => recall(tune.filter((q) => q.group === g && q.layout === l), w, DEPTH))));
  const chosen = fits.filter(([, w]) => w[0]! > 0).sort((a, b) => tuneMean(b[1]) - tuneMean(a[1]))[0]!;
  console.log(`\nchosen on the tune part: ${chosen[0]} (mean tune recall@1 ${fmt(tuneMean(chosen[1]))})`);
  if (process.argv.includes("--write") && !typed) {
    const body = `/**\n * Rerank weights in RERANK_FEATURES order (src/index/rerank.ts), relative to BM25's; [] is the hand combination.\n * Written by \`npm run eval -- --only rerank --write\` (scripts/eval/rerank.ts): ${chosen[0]}, on the tune parts of splits.ts.\n */\nexport const LEARNED_RERANK: number[] = ${JSON.stringify(chosen[1])};\n`;
    writeFileSync("src/index/rerank-model.ts", body);
    console.log("\nwrote src/index/rerank-model.ts");
  }
}
