import { marginal, MAX_ARABIC, MAX_LATIN, unitTable, type Calibration, type Convention, type ModelFile, type UnitTable } from "./model";
import { arabicLetters, latinLetters } from "./text";
import { UnitJoint } from "./joint";

/** Words whose own probability is kept, per side: an alias table's words and their bare forms fit (5,890 words on the subset). */
const CACHE_SIZE = 16384;
/** How many features NameScorer.features gives. */
const FEATURES = 6;

/**
 * Scores an English and an Arabic spelling of one word as the same name with the learned unit model.
 * Each side's own probability is cached per word (bounded), so ranking many candidates for one word
 * pays one forward table per candidate.
 */
export class NameScorer {
  readonly table: UnitTable;
  private readonly joint: UnitJoint;
  private readonly calibration?: Calibration;
  private readonly conventions: readonly Convention[];
  private readonly latinP = new Map<string, number>();
  private readonly arabicP = new Map<string, number>();
  private readonly scratch = new Array<number>(FEATURES);

  constructor(model: Pick<ModelFile, "units" | "calibration" | "conventions">) {
    this.table = unitTable(model.units);
    this.joint = new UnitJoint(this.table);
    this.calibration = model.calibration;
    this.conventions = model.conventions ?? [];
  }

  /**
   * What the calibration weighs, for normalized letters e and a (null when the model cannot align them):
   * the log-likelihood ratio PMI = log P(e, a) - log P(e) - log P(a) in nats, log P(a | e) per Arabic
   * letter, log P(e | a) per Latin letter, PMI per letter, and the two lengths.
   */
  features(e: string, a: string): number[] | null {
    const f = new Array<number>(FEATURES);
    return this.featuresInto(e, a, f) ? f : null;
  }

  /**
   * features(e, a) written into `out` (false, out unchanged, when the model cannot align them, or when
   * `least` (default 0) is above 0 and P(e, a) is proven under it).
   */
  private featuresInto(e: string, a: string, out: number[], least = 0): boolean {
    if (!e || !a) return false;
    const pe = Math.log(cached(this.latinP, e, () => marginal(this.table.latinTotal, e, MAX_LATIN)));
    const pa = Math.log(cached(this.arabicP, a, () => marginal(this.table.arabicTotal, a, MAX_ARABIC)));
    const joint = this.joint.joint(e, a, least);
    if (!(joint > 0)) return false;
    const j = Math.log(joint);
    const pmi = j - pe - pa;
    out[0] = pmi;
    out[1] = (j - pe) / a.length;
    out[2] = (j - pa) / e.length;
    out[3] = pmi / (e.length + a.length);
    out[4] = e.length;
    out[5] = a.length;
    return true;
  }

  /**
   * The least P(e, a) at which the calibrated score reaches `floor` (0 when there is no calibration, no
   * floor, or the score does not rise with P(e, a)): the score is linear in log P(e, a) for given words.
   */
  private leastJoint(e: string, a: string, floor: number): number {
    const c = this.calibration;
    if (!c || floor === -Infinity) return 0;
    const n = e.length, m = a.length;
    const slope = c.weights[0]! / c.sd[0]! + c.weights[1]! / (c.sd[1]! * m) + c.weights[2]! / (c.sd[2]! * n) + c.weights[3]! / (c.sd[3]! * (n + m));
    if (!(slope > 1e-6)) return 0;
    const pe = Math.log(cached(this.latinP, e, () => marginal(this.table.latinTotal, e, MAX_LATIN)));
    const pa = Math.log(cached(this.arabicP, a, () => marginal(this.table.arabicTotal, a, MAX_ARABIC)));
    // the score at log P(e, a) = 0; a margin of 1e-6 below the floor for rounding
    const f = [-pe - pa, -pe / m, -pa / n, (-pe - pa) / (n + m), n, m];
    let atZero = c.bias;
    for (let k = 0; k < FEATURES; k++) atZero += (c.weights[k]! * (f[k]! - c.mean[k]!)) / c.sd[k]!;
    return Math.exp((floor - 1e-6 - atZero) / slope);
  }

  /**
   * How sure the model is that the two words are one name: with a calibration, the log-odds of "the same
   * name" against "the nearest other name" (fitted on the tuning part); without one, the PMI in nats.
   * Raw words are accepted (latinLetters / arabicLetters normalize them); a pair the model cannot align
   * scores -Infinity. A spelling convention of the model (ModelFile.conventions) that applies is tried
   * too, at its prior, and the better score kept.
   */
  score(english: string, arabic: string): number {
    return this.scoreNormalized(latinLetters(english), arabicLetters(arabic));
  }

  /**
   * score() of words normalized already: e by latinLetters, a by arabicLetters. With `floor` (default
   * -Infinity: none), a pair whose score is proven under it may score -Infinity instead, its forward table
   * cut short (every score at or above the floor is exact).
   */
  scoreNormalized(e: string, a: string, floor = -Infinity): number {
    let best = this.scoreLetters(e, a, floor);
    for (const c of this.conventions) {
      if (e.includes(c.latin) && a.includes(c.arabic)) best = Math.max(best, this.scoreLetters(e, a.replaceAll(c.arabic, c.as), floor - c.logPrior) + c.logPrior);
    }
    return best;
  }

  private scoreLetters(e: string, a: string, floor: number): number {
    // one feature array for every pair scored, and a plain loop (the same sum, term by term, as a reduce from the bias)
    const f = this.scratch;
    if (!this.featuresInto(e, a, f, this.leastJoint(e, a, floor))) return -Infinity;
    const c = this.calibration;
    if (!c) return f[0]!;
    let n = c.bias;
    for (let k = 0; k < FEATURES; k++) n = n + (c.weights[k]! * (f[k]! - c.mean[k]!)) / c.sd[k]!;
    return n;
  }
}

function cached(cache: Map<string, number>, key: string, make: () => number): number {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const v = make();
  cache.set(key, v);
  return v;
}
