/**
 * Picks the SaudiNewsNet articles to label for the statements eval and splits them, once, into a
 * tuning part and a held-out part (tests/fixtures/quotes/split.json). Run it again only to extend the
 * sample: the seed and the rules below make the same picks. Articles already labelled are skipped.
 *
 *   npx tsx scripts/eval/sample-quote-articles.ts [per-source] > tests/fixtures/quotes/split.json
 *
 * Sampling: every source of the subset with at least 10 articles gives `per-source` articles (default
 * 10), drawn by a seeded shuffle among articles of 3 to 14 paragraphs; each article goes to the
 * held-out part when its place in its source's draw is odd, so both parts hold every source.
 * `heldout2` (session 13, labelled in snn-labels-2.jsonl after every rule of sessions 1-12 was fit):
 * the next `more` articles of each source's same draw (default 5), all held out, so attribution work
 * from session 13 on is judged on articles no earlier work saw.
 *
 * `tune2` (session 17, labelled in snn-labels-3.jsonl): the `more` articles after those, from the same
 * draw, for tuning: a larger fitting set for the learned attribution models (antecedent, speaker, quoted
 * names), drawn and fixed before any session-17 change.
 *
 *   npx tsx scripts/eval/sample-quote-articles.ts [per-source] [more]
 */
import { readFileSync } from "node:fs";
import { random } from "../random";

const DATA = process.env.DATA_DIR ?? "../shared/data/";
const perSource = Number(process.argv[2] ?? 10);
const more = Number(process.argv[3] ?? 5);


const labelled = new Set(
  readFileSync("tests/fixtures/quotes/labels.jsonl", "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { article: string }).article),
);
const bySource = new Map<string, string[]>();
for (const line of readFileSync(`${DATA}saudinewsnet/saudinewsnet_quotes_subset.jsonl`, "utf8").split("\n")) {
  if (!line) continue;
  const a = JSON.parse(line) as { id: string; source: string; paragraphs: string[] };
  if (labelled.has(a.id) || a.paragraphs.length < 3 || a.paragraphs.length > 14) continue;
  bySource.set(a.source, [...(bySource.get(a.source) ?? []), a.id]);
}
const next = random(20261125);
const tune: string[] = [];
const heldout: string[] = [];
const heldout2: string[] = [];
const tune2: string[] = [];
for (const source of [...bySource.keys()].sort()) {
  const ids = bySource.get(source)!;
  if (ids.length < 10) continue;
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  ids.slice(0, perSource).forEach((id, k) => (k % 2 ? heldout : tune).push(id));
  heldout2.push(...ids.slice(perSource, perSource + more));
  tune2.push(...ids.slice(perSource + more, perSource + 2 * more));
}
console.log(JSON.stringify({ seed: 20261125, perSource, tune: tune.sort(), heldout: heldout.sort(), heldout2: heldout2.sort(), tune2: tune2.sort() }, null, 1));
