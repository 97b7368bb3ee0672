/**
 * npx tsx scripts/eval/names-ambiguity-fit.ts: when a one-word English name (Shoukry) scores at or above
 * NAME_THRESHOLD for two speakers, how far must the best lead the next before the answer takes it rather
 * than saying it is unsure (found:false, both offered as "did you mean")? Fitted on the end-to-end corpus of
 * the tuning part (names-corpus.ts: one article quoting each name), measured on the eval split's. The
 * criterion is the project's: right speakers first minus twice the wrong ones (a wrong speaker first for a
 * name in the corpus, or any speaker for a name that is not). 0 is the rule before (the best always taken).
 */
import { NAME_THRESHOLD } from "../../src/names";
import { leads, type Lead } from "./names-leads";

interface Count { right: number; wrong: number; unsure: number }

/** The answers under a lead `margin` (nats) asked of a second speaker that also passes the threshold. */
function count(xs: readonly Lead[], margin: number): Count {
  const c = { right: 0, wrong: 0, unsure: 0 };
  for (const x of xs) {
    if (x.best < NAME_THRESHOLD) continue;
    // a second speaker under the threshold never makes the answer unsure (lead measured from NEAR_FLOOR or it)
    const contested = x.best - x.lead >= NAME_THRESHOLD;
    if (contested && x.lead < margin) c.unsure++;
    else if (x.right) c.right++;
    else c.wrong++;
  }
  return c;
}

const criterion = (c: Count) => c.right - 2 * c.wrong;
const show = (c: Count) => `right ${c.right}, wrong ${c.wrong}, unsure ${c.unsure} (right - 2 x wrong ${criterion(c)})`;

const tune = leads("tune");
let best = { margin: 0, c: count(tune, 0) };
for (let margin = 0.25; margin <= 6; margin += 0.25) {
  const c = count(tune, margin);
  if (criterion(c) > criterion(best.c)) best = { margin, c };
}
const held = leads("eval");
console.log(`tuning part (${tune.length} questions): margin 0 ${show(count(tune, 0))}; chosen margin ${best.margin}: ${show(best.c)}`);
for (const m of [0.5, 1, 2, 3]) console.log(`  tuning part, margin ${m}: ${show(count(tune, m))}`);
console.log(`eval split (${held.length} questions): margin 0 ${show(count(held, 0))}; margin ${best.margin}: ${show(count(held, best.margin))}`);
