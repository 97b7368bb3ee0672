/**
 * npx tsx scripts/eval/names-margin-fit.ts: the one-word name rule fitted on the end-to-end corpus of the
 * tuning part (names-corpus.ts), measured on the eval split's. A one-word name is taken when its best
 * speaker scores NAME_THRESHOLD, or scores `floor` and leads the next speaker (or NEAR_FLOOR when none
 * is that near) by `margin` nats. The pair chosen gives the most right speakers first on the tuning part
 * with no more unknown names matched than NAME_THRESHOLD alone lets through there.
 */
import { NAME_THRESHOLD, WORD_FLOOR } from "../../src/names";
import { leads, type Lead } from "./names-leads";

/** Right first among the known names, and matched among the unknown ones, under a rule. */
function rates(xs: readonly Lead[], floor: number, margin: number): [right: number, falseMatch: number] {
  const taken = (x: Lead) => x.best >= NAME_THRESHOLD || (x.best >= floor && x.lead >= margin);
  const k = xs.filter((x) => x.known), u = xs.filter((x) => !x.known);
  return [k.filter((x) => x.right && taken(x)).length / k.length, u.filter(taken).length / u.length];
}

const tune = leads("tune");
const [baseRight, baseFalse] = rates(tune, Infinity, Infinity);
let best = { floor: Infinity, margin: Infinity, right: baseRight, falseMatch: baseFalse };
for (let floor = WORD_FLOOR; floor < NAME_THRESHOLD; floor += 0.1) {
  for (let margin = 0; margin <= 8; margin += 0.25) {
    const [right, falseMatch] = rates(tune, floor, margin);
    if (falseMatch <= baseFalse && right > best.right) best = { floor: Number(floor.toFixed(3)), margin, right, falseMatch };
  }
}
const evalLeads = leads("eval");
const fmt = (r: [number, number]) => `right first ${r[0].toFixed(3)}, unknown matched ${r[1].toFixed(3)}`;
console.log(`tuning part: threshold alone ${fmt([baseRight, baseFalse])}; chosen floor ${best.floor}, margin ${best.margin}: ${fmt([best.right, best.falseMatch])}`);
console.log(`eval split: threshold alone ${fmt(rates(evalLeads, Infinity, Infinity))}; chosen: ${fmt(rates(evalLeads, best.floor, best.margin))}`);
