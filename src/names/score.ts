import { forward, marginal, MAX_ARABIC, MAX_LATIN, unitTable, type ModelFile, type UnitTable } from "./model";
import { arabicLetters, latinLetters } from "./text";

const CACHE_SIZE = 4096;

/**
 * Scores an English and an Arabic spelling of one word as the same name with the learned unit model.
 * Each side's own probability is cached per word (bounded), so ranking many candidates for one word
 * pays one forward table per candidate.
 */
export class NameScorer {
  readonly table: UnitTable;
  private readonly latinP = new Map<string, number>();
  private readonly arabicP = new Map<string, number>();

  constructor(model: Pick<ModelFile, "units"> | UnitTable) {
    this.table = "units" in model ? unitTable(model.units) : model;
  }

  /**
   * How much more likely the two spellings are one name than two unrelated names, in nats:
   * log P(e, a) - log P(e) - log P(a), a log-likelihood ratio, so a long name carries more evidence than a
   * short one (measured against dividing by the letters, or by their square root: docs/quality.md).
   * Raw words are accepted (letters are normalized with latinLetters / arabicLetters); a pair the model
   * cannot align scores -Infinity.
   */
  score(english: string, arabic: string): number {
    const e = latinLetters(english), a = arabicLetters(arabic);
    if (!e || !a) return -Infinity;
    const joint = forward(this.table, e, a)[e.length]![a.length]!;
    if (!(joint > 0)) return -Infinity;
    const pe = cached(this.latinP, e, () => marginal(this.table.latinTotal, e, MAX_LATIN));
    const pa = cached(this.arabicP, a, () => marginal(this.table.arabicTotal, a, MAX_ARABIC));
    return Math.log(joint) - Math.log(pe) - Math.log(pa);
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
