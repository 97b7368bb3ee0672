import { marginal, MAX_ARABIC, MAX_LATIN, unitTable, type Calibration, type Convention, type ModelFile, type UnitTable } from "./model";
import { arabicLetters, latinLetters } from "./text";
import { UnitJoint } from "./joint";

const CACHE_SIZE = 4096;
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

  /** features(e, a) written into `out` (false, out unchanged, when the model cannot align them). */
  private featuresInto(e: string, a: string, out: number[]): boolean {
    if (!e || !a) return false;
    const joint = this.joint.joint(e, a);
    if (!(joint > 0)) return false;
    const j = Math.log(joint);
    const pe = Math.log(cached(this.latinP, e, () => marginal(this.table.latinTotal, e, MAX_LATIN)));
    const pa = Math.log(cached(this.arabicP, a, () => marginal(this.table.arabicTotal, a, MAX_ARABIC)));
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
   * How sure the model is that the two words are one name: with a calibration, the log-odds of "the same
   * name" against "the nearest other name" (fitted on the tuning part); without one, the PMI in nats.
   * Raw words are accepted (latinLetters / arabicLetters normalize them); a pair the model cannot align
   * scores -Infinity. A spelling convention of the model (ModelFile.conventions) that applies is tried
   * too, at its prior, and the better score kept.
   */
  score(english: string, arabic: string): number {
    return this.scoreNormalized(latinLetters(english), arabicLetters(arabic));
  }

  /** score() of words normalized already: e by latinLetters, a by arabicLetters. */
  scoreNormalized(e: string, a: string): number {
    let best = this.scoreLetters(e, a);
    for (const c of this.conventions) {
      if (e.includes(c.latin) && a.includes(c.arabic)) best = Math.max(best, this.scoreLetters(e, a.replaceAll(c.arabic, c.as)) + c.logPrior);
    }
    return best;
  }

  private scoreLetters(e: string, a: string): number {
    // one feature array for every pair scored, and a plain loop (the same sum, term by term, as a reduce from the bias)
    const f = this.scratch;
    if (!this.featuresInto(e, a, f)) return -Infinity;
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
