/**
 * npm run eval -- --only archive: the D1 store against the bundled index on the same articles.
 * XQuAD and ARCD (each paragraph an article) are loaded into a throwaway local D1 (wrangler's own
 * SQLite, as `wrangler dev --env archive` runs it) through the ingestion code; every question is then
 * searched through both stores with the same StoreEngine. Reports recall@1 for each and the share of
 * questions whose top 10 are in the same order. Both stores hold the project's lexicon (corpus/lexicon):
 * the bundled index joined with its vocabulary at build time, the archive in english_lexicon, joined at
 * read time; XQuAD's English questions (same ids) are asked of the Arabic paragraphs through both.
 * Then the statements of both stores over the SaudiNewsNet subset (archive-statements.ts).
 */
import { StoreEngine, storeEngine } from "../../src/answer";
import { buildCorpusIndex, DEFAULT_RANKING, SearchIndex } from "../../src/index";
import { analyzerFor } from "../../src/index/analyzer";
import { articleRows, D1Store, lexiconStatements, writeBatches } from "../../src/index/d1";
import { withLocalArchive } from "../archive-db";
import { readLexicons } from "../corpus-files";
import { fmt } from "./report-retrieval";
import { asArticles, loadSquad, rankMetrics, type QaSet } from "./squad";
import { table } from "./table";
import { archiveStatements } from "./archive-statements";

/** Paragraph indexes best first, through a store engine's search (article ids are paragraph ids here). */
async function rankings(engine: StoreEngine, set: QaSet, questions: string[]): Promise<number[][]> {
  const at = new Map(set.paragraphs.map((p, i) => [p.id, i]));
  const out: number[][] = [];
  for (const q of questions) out.push((await engine.search(q, 10)).results.map((r) => at.get(r.article_id)!));
  return out;
}

/** XQuAD's English questions by id, for the Arabic set's questions that have one. */
function englishOf(data: string): Map<string, string> {
  return new Map(loadSquad(`${data}xquad/xquad-dev.en.json`, { withTitles: false }).questions.map((q) => [q.id, q.question]));
}

export async function runArchive(data: string): Promise<void> {
  const rows: string[][] = [];
  const lexicon = readLexicons("corpus/lexicon");
  const xquadEnglish = englishOf(data);
  for (const [name, set, english] of [
    ["XQuAD dev (ar)", loadSquad(`${data}xquad/xquad-dev.ar.json`, { withTitles: false }), xquadEnglish],
    ["ARCD train", loadSquad(`${data}arcd/arcd-train.json`, { withTitles: true }), undefined],
  ] as const) {
    await withLocalArchive(async (db) => {
      const articles = asArticles(set);
      await db.batch(lexiconStatements(db, lexicon, analyzerFor(DEFAULT_RANKING)));
      for (let i = 0; i < articles.length; i += 50) await db.batch(writeBatches(db, articles.slice(i, i + 50).map((a) => articleRows(a))));
      const bundledEngine = storeEngine(new SearchIndex(buildCorpusIndex(articles, undefined, lexicon)));
      const archiveEngine = new StoreEngine(new D1Store(db));
      const runs: Array<[string, QaSet["questions"]]> = [[name, set.questions]];
      if (english) runs.push([name.replace("(ar)", "(en questions)"), set.questions.filter((q) => english.has(q.id))]);
      for (const [label, qs] of runs) {
        const texts = qs.map((q) => (english && label !== name ? english.get(q.id)! : q.question));
        const gold = qs.map((q) => q.gold);
        const bundled = await rankings(bundledEngine, set, texts);
        const t0 = performance.now();
        const archive = await rankings(archiveEngine, set, texts);
        const ms = (performance.now() - t0) / qs.length;
        const same = bundled.filter((r, i) => JSON.stringify(r) === JSON.stringify(archive[i])).length / bundled.length;
        const b = rankMetrics(bundled, gold);
        const d = rankMetrics(archive, gold);
        rows.push([label, fmt(b.recallAt1), fmt(d.recallAt1), fmt(d.recallAt1 - b.recallAt1), fmt(b.mrrAt10), fmt(d.mrrAt10), fmt(same), String(b.n), `${ms.toFixed(1)} ms`]);
      }
    });
  }
  console.log("\n## Archive (D1) against the bundled index\n");
  console.log(table(["set", "bundled R@1", "D1 R@1", "difference", "bundled MRR@10", "D1 MRR@10", "same top 10", "questions", "D1 per question"], rows));
  console.log("\n### Statements, SaudiNewsNet subset (3,361 articles), both stores\n");
  console.log(table(["what", "bundled", "D1", "identical"], await archiveStatements(data)));
}
