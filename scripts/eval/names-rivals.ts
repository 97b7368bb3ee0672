/**
 * npx tsx scripts/eval/names-rivals.ts [--eval]: one-word English names against a dense list of real
 * Arabic name words, for the contested-name rule (src/answer/name-rivals.ts). The list is the part's Arabic
 * names (every other one; the English names of the rest are unknown names, as scripts/translit/measure.ts
 * splits them) plus every alias word of the SaudiNewsNet subset's speakers (unlabelled distractors: family
 * names that sound alike, شكري and شوقي, which the generated corpora lack). Each English name takes its best
 * word at NAME_THRESHOLD or above, unless contestedName finds a rival at the margin tried (0 to 3 nats):
 * right, wrong (another word, or any word for an unknown name) and abstained are counted per margin.
 * Tuning part of the train split by default; --eval reads the held-out split (measure it at most twice).
 * SNN_INDEX: the subset's index file (npx tsx scripts/build-index.ts --corpus ../shared/data/saudinewsnet --out FILE).
 */
import { readFileSync } from "node:fs";
import { deserializeIndex, SearchIndex } from "../../src/index";
import { arabicLetters, NAME_THRESHOLD, NameCandidates, nameWordScore } from "../../src/names";
import { contestedName } from "../../src/answer/name-rivals";
import { readPairs, trainParts } from "../translit/data";
import { table } from "./table";

const MARGINS = [Infinity, 0, 1, 2, 3];

if (!process.env.SNN_INDEX) throw new Error("set SNN_INDEX to the subset's index file (see the comment above)");
const bytes = readFileSync(process.env.SNN_INDEX);
const index = new SearchIndex(deserializeIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));
const held = process.argv.includes("--eval");
const part = held ? readPairs("eval") : trainParts(readPairs("train")).tune;
const arabic = [...new Set(part.map(([, a]) => a))];
const listed = new Set(arabic.filter((_, i) => i % 2 === 0));
const list = [...new Set([...listed, ...index.data.extras.nameWords().words])];
const candidates = NameCandidates.of(list);

const counts = MARGINS.map(() => ({ right: 0, wrong: 0, abstainedRight: 0, abstainedWrong: 0, unknownMatched: 0, unknownAbstained: 0 }));
let known = 0, unknown = 0;
for (const [e, a] of part) {
  const isListed = listed.has(a);
  isListed ? known++ : unknown++;
  const scored = candidates.for(e).flat().map((w) => [w, nameWordScore(e, w)] as const).filter(([, s]) => s >= NAME_THRESHOLD).sort((x, y) => y[1] - x[1]);
  if (!scored.length) continue;
  const best = scored[0]![0];
  const rivals = scored.slice(1).map(([w]) => w).filter((w) => arabicLetters(w) !== arabicLetters(best));
  const right = arabicLetters(best) === a;
  MARGINS.forEach((margin, k) => {
    const abstain = margin < Infinity && contestedName(e, best, rivals, margin);
    const c = counts[k]!;
    if (!isListed) abstain ? c.unknownAbstained++ : c.unknownMatched++;
    else if (abstain) right ? c.abstainedRight++ : c.abstainedWrong++;
    else right ? c.right++ : c.wrong++;
  });
}
console.log(`\n## One-word names against ${list.length} Arabic words (${held ? "eval split, held out" : "tuning part"}: ${known} listed, ${unknown} unknown names)\n`);
const f = (n: number, of: number) => (n / of).toFixed(3);
console.log(table(
  ["margin (nats)", "right first", "another word", "abstained (right best)", "abstained (wrong best)", "unknown names matched", "right - 2 x wrong"],
  counts.map((c, k) => [MARGINS[k] === Infinity ? "none (no rule)" : String(MARGINS[k]), f(c.right, known), f(c.wrong, known), String(c.abstainedRight), String(c.abstainedWrong), f(c.unknownMatched, unknown), String(c.right - 2 * (c.wrong + c.unknownMatched))]),
));
