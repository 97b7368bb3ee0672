/**
 * The statements and speakers of the 3,361-article SaudiNewsNet subset as the index stores them
 * (annotate: resolveArticle over every article, speakers merged across articles, the speaker-list check
 * applied), for comparing the attribution code before and after a change:
 *
 *   npx tsx scripts/eval/subset-statements.ts dump /tmp/before.json      (on the old code)
 *   npx tsx scripts/eval/subset-statements.ts dump /tmp/after.json       (on the new code)
 *   npx tsx scripts/eval/subset-statements.ts compare /tmp/before.json /tmp/after.json [sample]
 *
 * `compare` prints the counts (statements with a speaker, speakers, names new and gone, statements that
 * gained, lost or changed their speaker) and, with a sample size, that many statements that gained a
 * speaker in articles no label covers, each with the text before it, to be checked by hand (seeded).
 */
import { readFileSync, writeFileSync } from "node:fs";
import { annotate } from "../../src/index/annotate";
import { subsetArticles } from "./speaker-sample-data";
import { readLabels, TUNE2_LABELS } from "./quotes";

interface Dump {
  /** Global paragraph index and text, joined by \u0001 -> speaker name or null. */
  stmts: Record<string, string | null>;
  speakers: string[];
  ids: string[];
  paragraphs: number[];
}

const data = "../shared/data/";
const [mode, a, b, sample] = process.argv.slice(2);
if (mode === "dump") {
  const articles = subsetArticles(data);
  const out = annotate(articles);
  const stmts: Dump["stmts"] = {};
  for (const [p, list] of Object.entries(out.statements)) for (const s of list) stmts[`${p}\u0001${s.text}`] = s.speaker === null ? null : out.speakers[s.speaker]!.name;
  writeFileSync(a!, JSON.stringify({ stmts, speakers: out.speakers.map((s) => s.name), ids: articles.map((x) => x.id), paragraphs: articles.map((x) => x.paragraphs.length) } satisfies Dump));
} else if (mode === "compare") {
  const [before, after] = [a!, b!].map((f) => JSON.parse(readFileSync(f, "utf8")) as Dump);
  const named = (d: Dump) => Object.values(d.stmts).filter((s) => s !== null).length;
  const [sb, sa] = [new Set(before!.speakers), new Set(after!.speakers)];
  const keys = Object.keys(after!.stmts);
  const gained = keys.filter((k) => after!.stmts[k] && !before!.stmts[k]);
  const lost = Object.keys(before!.stmts).filter((k) => before!.stmts[k] && !after!.stmts[k]);
  const changed = keys.filter((k) => after!.stmts[k] && before!.stmts[k] && after!.stmts[k] !== before!.stmts[k]);
  console.log(`distinct statements (paragraph and text) with a speaker ${named(before!)} -> ${named(after!)}; speakers ${before!.speakers.length} -> ${after!.speakers.length} (distinct names ${sb.size} -> ${sa.size})`);
  console.log(`names new ${[...sa].filter((n) => !sb.has(n)).length}, gone ${[...sb].filter((n) => !sa.has(n)).length}; statements gained ${gained.length}, lost ${lost.length}, changed ${changed.length}`);
  const labelled = new Set([...readLabels("tests/fixtures/quotes/labels.jsonl"), ...readLabels("tests/fixtures/quotes/snn-labels.jsonl"), ...readLabels(TUNE2_LABELS)].map((l) => l.article));
  const articles = subsetArticles(data);
  const starts: number[] = [];
  after!.paragraphs.reduce((s, n) => (starts.push(s), s + n), 0);
  const where = (g: number) => {
    let i = starts.length - 1;
    while (starts[i]! > g) i--;
    return { article: articles[i]!, p: g - starts[i]! };
  };
  const pool = gained.filter((k) => !labelled.has(where(Number(k.split("\u0001")[0])).article.id));
  let seed = 16;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let n = 0; n < Number(sample ?? 0) && pool.length; n++) {
    const k = pool.splice(Math.floor(next() * pool.length), 1)[0]!;
    const [g, text] = k.split("\u0001") as [string, string];
    const { article, p } = where(Number(g));
    const para = article.paragraphs[p]!;
    const at = Math.max(0, para.indexOf(text.slice(0, 30)));
    console.log(`\n### ${article.id} p${p + 1} -> ${after!.stmts[k]}\nbefore: ${(p > 0 ? `${article.paragraphs[p - 1]!.slice(-200)} ¶ ` : "") + para.slice(Math.max(0, at - 300), at + 60)}`);
  }
} else console.log("usage: subset-statements.ts dump <out.json> | compare <before.json> <after.json> [sample]");
