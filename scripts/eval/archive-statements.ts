/**
 * Part of `npm run eval -- --only archive`: the statements of both stores on the 3,361-article
 * SaudiNewsNet subset, loaded into a throwaway local D1 as `npm run ingest` loads a folder (the speaker
 * model reads the whole subset's word counts) and built as a bundled index. Compares the speaker lists
 * whole (ids, names, titles, aliases, counts, order: what the speaker-list check leaves) and, for
 * articles drawn with a fixed seed, each article's statements with their speakers. Then the stored
 * speaker table (docs/archive.md): a new isolate reading it, and after live writes (drawn articles
 * deleted, others put again without their first paragraph) the speakers merged per write by an isolate
 * kept warm and by a new isolate from the table stored before the writes, against a load from nothing
 * of the same database. Nothing is tuned here.
 */
import { StoreEngine, storeEngine } from "../../src/answer";
import { wordStats } from "../../src/corpus/word-stats";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { annotate } from "../../src/index/annotate";
import { articleRows, D1Store, deleteArticle, ingestArticles, writeBatches } from "../../src/index/d1";
import { withLocalArchive } from "../archive-db";
import { random } from "../random";
import { subsetArticles } from "./speaker-sample-data";

/** Articles whose statements are compared one by one (each is a D1 request). */
const SAMPLE = 300;
/** Live writes after the comparison: this many drawn articles deleted, as many put again without their first paragraph. */
const WRITES = 10;

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
    // the stored table, read ready-made by a new isolate
    await new D1Store(db).storeSpeakers();
    const stored = await new StoreEngine(new D1Store(db)).speakers();
    // live writes, each merged by the isolate kept warm before the next
    const edits = drawn.filter((id) => articles.find((x) => x.id === id)!.paragraphs.length > 1).slice(0, 2 * WRITES);
    for (const [k, id] of edits.entries()) {
      const article = articles.find((x) => x.id === id)!;
      if (k < WRITES) await deleteArticle(db, id);
      else await ingestArticles(db, [{ ...article, paragraphs: article.paragraphs.slice(1) }], stats);
      await archive.speakers();
    }
    const [merged, behind] = [await archive.speakers(), await new StoreEngine(new D1Store(db)).speakers()];
    // from nothing: no stored table, every mention merged and every speaker scored
    await db.prepare("DELETE FROM speaker_table").run();
    const whole = JSON.stringify(await new StoreEngine(new D1Store(db)).speakers());
    return [
      ["speakers (unchecked: " + unchecked + ")", String(a.length), String(b.length), String(JSON.stringify(a) === JSON.stringify(b))],
      ["speakers, a new isolate reading the stored table", String(a.length), String(stored.length), String(JSON.stringify(a) === JSON.stringify(stored))],
      [`speakers after ${edits.length} live writes (${WRITES} deletes, ${edits.length - WRITES} puts): merged per write / from the table stored before them, against a load from nothing`, "", `${merged.length} / ${behind.length}`, `${JSON.stringify(merged) === whole} / ${JSON.stringify(behind) === whole}`],
      [`statements of ${drawn.length} drawn articles, with a speaker (of ${statements})`, String(attributed[0]), String(attributed[1]), `${same}/${drawn.length} articles identical`],
    ];
  });
}
