/**
 * Part of `npm run eval -- --only archive`: the statements of both stores on the 3,361-article
 * SaudiNewsNet subset, loaded into a throwaway local D1 as `npm run ingest` loads a folder (the speaker
 * model reads the whole subset's word counts) and built as a bundled index. Compares the speaker lists
 * whole (ids, names, titles, aliases, counts, order: what the speaker-list check leaves) and, for
 * articles drawn with a fixed seed, each article's statements with their speakers. Nothing is tuned here.
 */
import { StoreEngine, storeEngine } from "../../src/answer";
import { wordStats } from "../../src/corpus/word-stats";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { annotate } from "../../src/index/annotate";
import { articleRows, D1Store, writeBatches } from "../../src/index/d1";
import { withLocalArchive } from "../archive-db";
import { random } from "../random";
import { subsetArticles } from "./speaker-sample-data";

/** Articles whose statements are compared one by one (each is a D1 request). */
const SAMPLE = 300;

/** Rows of the report: [what, bundled, D1, identical]. */
export async function archiveStatements(data: string): Promise<string[][]> {
  const articles = subsetArticles(data);
  const stats = wordStats(articles.map((a) => a.paragraphs));
  return withLocalArchive(async (db) => {
    for (let i = 0; i < articles.length; i += 100) await db.batch(writeBatches(db, articles.slice(i, i + 100).map((a) => articleRows(a, undefined, stats))));
    const bundled = storeEngine(new SearchIndex(buildCorpusIndex(articles)));
    const archive = new StoreEngine(new D1Store(db));
    const [a, b] = [await bundled.speakers(), await archive.speakers()];
    const unchecked = annotate(articles, { speakerList: null }).speakers.length;
    const rnd = random(20261125);
    const drawn = [...new Set(Array.from({ length: SAMPLE }, () => articles[Math.floor(rnd() * articles.length)]!.id))];
    let same = 0;
    let statements = 0;
    let attributed = [0, 0];
    for (const id of drawn) {
      const [x, y] = [await bundled.article(id), await archive.article(id)];
      if (JSON.stringify(x) === JSON.stringify(y)) same++;
      const quotes = (v: typeof x) => (v?.paragraphs ?? []).flatMap((p) => p.quotes);
      const count = (v: typeof x) => quotes(v).filter((q) => q.speaker !== null).length;
      statements += quotes(x).length;
      attributed = [attributed[0]! + count(x), attributed[1]! + count(y)];
    }
    return [
      ["speakers (unchecked: " + unchecked + ")", String(a.length), String(b.length), String(JSON.stringify(a) === JSON.stringify(b))],
      [`statements of ${drawn.length} drawn articles, with a speaker (of ${statements})`, String(attributed[0]), String(attributed[1]), `${same}/${drawn.length} articles identical`],
    ];
  });
}
