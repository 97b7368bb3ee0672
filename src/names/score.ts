import { marginal, MAX_ARABIC, MAX_LATIN, unitTable, type Calibration, type Convention, type ModelFile, type UnitTable } from "./model";
import { arabicLetters, latinLetters } from "./text";
import { UnitJoint } from "./joint";

const CACHE_SIZE = 4096;

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
    if (!e || !a) return null;
    const joint = this.joint.joint(e, a);
    if (!(joint > 0)) return null;
    const j = Math.log(joint);
    const pe = Math.log(cached(this.latinP, e, () => marginal(this.table.latinTotal, e, MAX_LATIN)));
    const pa = Math.log(cached(this.arabicP, a, () => marginal(this.table.arabicTotal, a, MAX_ARABIC)));
    const pmi = j - pe - pa;
    return [pmi, (j - pe) / a.length, (j - pa) / e.length, pmi / (e.length + a.length), e.length, a.length];
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
    const f = this.features(e, a);
    if (!f) return -Infinity;
    const c = this.calibration;
    return c ? f.reduce((n, v, k) => n + (c.weights[k]! * (v - c.mean[k]!)) / c.sd[k]!, c.bias) : f[0]!;
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
