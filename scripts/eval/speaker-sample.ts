/**
 * Draws speakers at random from the speaker list of a corpus (default: the 3,361-article SaudiNewsNet
 * subset) with one statement each and its paragraph, for checking by hand whether each is a real person
 * or body with the right name (docs/quality.md reports the count).
 *
 *   npx tsx scripts/eval/speaker-sample.ts [n=100] [seed=7] > sample.txt
 */
import { annotate } from "../../src/index/annotate";
import { subsetArticles } from "./speaker-sample-data";

const DATA = process.env.EVAL_DATA ?? "../shared/data/";
const n = Number(process.argv[2] ?? 100);
let seed = Number(process.argv[3] ?? 7);
const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

const articles = subsetArticles(DATA);
const notes = annotate(articles);
const paragraphs = articles.flatMap((a) => a.paragraphs.map((p, i) => ({ id: a.id, n: i + 1, text: p })));
const firstStatement = new Map<number, { doc: number; text: string }>();
for (const [doc, list] of Object.entries(notes.statements)) {
  for (const s of list) if (s.speaker !== null && !firstStatement.has(s.speaker)) firstStatement.set(s.speaker, { doc: Number(doc), text: s.text });
}
const ids = notes.speakers.map((_, i) => i);
for (let i = ids.length - 1; i > 0; i--) {
  const j = Math.floor(next() * (i + 1));
  [ids[i], ids[j]] = [ids[j]!, ids[i]!];
}
console.log(`# ${notes.speakers.length} speakers; ${n} drawn with seed ${process.argv[3] ?? 7}`);
ids.slice(0, n).forEach((i, k) => {
  const s = notes.speakers[i]!;
  const st = firstStatement.get(i);
  const p = st ? paragraphs[st.doc] : undefined;
  console.log(`\n## ${k + 1}. ${s.name}${s.title ? ` | title: ${s.title}` : ""} | person: ${s.person} | statements: ${s.statements}`);
  if (p) console.log(`${p.id} paragraph ${p.n}: ${p.text.slice(0, 600)}`);
});
