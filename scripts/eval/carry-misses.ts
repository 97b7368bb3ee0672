/**
 * The tune part's carried statements (a verb with no subject of its own: وأضاف، مؤكدا، a refused subject)
 * whose labelled speaker is missed or wrong, each with its class (none: no candidate in the window;
 * absent: candidates, the right one not among them; best-below: the right one first but under the
 * threshold; lower: the right one ranked below another), the text before it, and its top five candidates
 * with their scores and non-zero features; for "none" and "absent", where the text names the labelled speaker
 * before the statement (carry-where.ts), with a count per class, place and path at the end. Tune parts only
 * (split.json's tune ids and tune 2): it chooses what to fix.
 *
 *   npx tsx scripts/eval/carry-misses.ts [none|absent|best-below|lower]
 */
import { readFileSync } from "node:fs";
import { resolveArticle } from "../../src/corpus/speakers";
import { ANTECEDENT_FEATURES } from "../../src/corpus/antecedent-score";
import { fitLabels, labelledIds, speakerMatches, TUNE2_LABELS } from "./quotes";
import { whereNamed } from "./carry-where";

const data = "../shared/data/";
const { articles, stats, labelOf } = fitLabels(data);
const tune = new Set([...(JSON.parse(readFileSync("tests/fixtures/quotes/split.json", "utf8")) as { tune: string[] }).tune, ...labelledIds(TUNE2_LABELS)]);
const only = process.argv[2];
let n = 0;
/** Per "class, where named, path" of the none and absent statements: how many. */
const places = new Map<string, number>();
for (const [id, a] of articles) {
  if (!tune.has(id)) continue;
  for (const s of resolveArticle(a.paragraphs, { stats, keepAntecedents: true })) {
    if (!s.antecedents) continue;
    const l = labelOf(id, s.paragraph + 1, s.text, true);
    if (!l || l.speaker === null) continue;
    const forms = s.speaker ? [s.speaker.name, ...(s.speaker.title ? [s.speaker.title] : []), ...s.speaker.roles] : [];
    const ok = s.speaker && speakerMatches({ speaker: forms[0]!, speakerForms: forms }, l);
    if (ok) continue;
    const rightIdx = s.antecedents.findIndex((c) => speakerMatches({ speaker: c.forms[0]!, speakerForms: c.forms }, l));
    const cls = s.antecedents.length === 0 ? "none" : rightIdx < 0 ? "absent" : rightIdx === 0 ? "best-below" : "lower";
    if (only && cls !== only) continue;
    n++;
    const where = cls === "none" || cls === "absent" ? whereNamed(a.paragraphs, s.paragraph, s.start, l.speaker) : null;
    if (where) places.set(`${cls}, ${where}, ${s.path}`, (places.get(`${cls}, ${where}, ${s.path}`) ?? 0) + 1);
    console.log(`\n### ${id} p${s.paragraph + 1} [${s.path}] ${cls}${where ? ` (named: ${where})` : ""} label=${l.speaker} got=${s.speaker?.name ?? "-"}`);
    console.log(`text: ${s.text.slice(0, 80)}`);
    console.log(`para: ${a.paragraphs[s.paragraph]!.slice(0, Math.max(0, s.start + 40)).slice(-220)}`);
    if (s.paragraph > 0) console.log(`prev: ${a.paragraphs[s.paragraph - 1]!.slice(-160)}`);
    s.antecedents.slice(0, 5).forEach((c, k) => {
      const f = c.features.map((v, i) => (v ? `${ANTECEDENT_FEATURES[i]}=${+v.toFixed(2)}` : "")).filter(Boolean).join(", ");
      console.log(`  ${k === rightIdx ? "*" : " "} ${c.score.toFixed(2)} ${c.forms[0]}  {${f}}`);
    });
    if (rightIdx >= 5) console.log(`  * right at rank ${rightIdx}: ${s.antecedents[rightIdx]!.score.toFixed(2)}`);
  }
}
console.log(`\n${n} listed`);
[...places].sort((x, y) => y[1] - x[1]).forEach(([k, c]) => console.log(`${String(c).padStart(4)}  ${k}`));
