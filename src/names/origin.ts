/**
 * Whether a word that fits an Arabic pattern (patterns.ts) is spelled by that pattern's vowels (an Arabic
 * name: ماجد majid) or as the joint model spells it (a Western name of the same shape: كارل karl, مارك
 * mark). A logistic model over the word's letters, fitted by scripts/translit/fit-patterns.ts on the
 * fitting pairs that fit a pattern, labelled by whether their English follows the pattern's slots; the
 * speller applies the pattern at `threshold` or above (fitted on the tuning part).
 */
import { fitPattern, PATTERNS, type PatternFit } from "./patterns";
import { ARABIC_ONLY, CLASSES } from "./vowels";

/** Pseudo-count of the uniform prior over vowel classes in each slot's distribution. */
const K = 1;

/** The shipped model (ModelFile.patterns). */
export interface PatternFile {
  /** Logistic weights by feature name (originFeatures), and the bias. */
  weights: Record<string, number>;
  bias: number;
  /** Least probability of "follows its pattern" for the pattern's vowels to apply. */
  threshold: number;
  /** The beam's weight on log P(vowel class | pattern, slot). */
  weight: number;
  /** "pattern@slot:n-,na,ne,ni,no,nu" rows joined by spaces: the vowel classes the following pairs write at each slot. */
  rows: string;
  /** The beam's weight on log P(Latin | Arabic side) of each unit of a word a pattern applies to (default 0: none). */
  unitWeight?: number;
  /** "arabic=latin:n,latin:n" rows joined by spaces: how the following pairs' best cuts write each Arabic side (ف f, not v). */
  units?: string;
}

/**
 * A fitted word's features: its pattern, an Arabic-only letter (vowels.ts: sounds Western names lack), the
 * article, and the letter bigrams of the word with its ends (^, $).
 */
export function originFeatures(a: string, fit: PatternFit): string[] {
  const out = [`p:${PATTERNS[fit.pattern]![0]}`];
  if (ARABIC_ONLY.test(a)) out.push("A");
  if (fit.offset) out.push("al");
  const w = `^${a.slice(fit.offset)}$`;
  for (let i = 0; i + 2 <= w.length; i++) out.push(`b:${w.slice(i, i + 2)}`);
  return out;
}

/** The logistic model's probability from feature names. */
export function originProbability(file: Pick<PatternFile, "weights" | "bias">, features: readonly string[]): number {
  let z = file.bias;
  for (const f of features) z += file.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/** Applies the patterns: each word's weighed log-probabilities of the vowel classes at its boundaries, or null. */
export class PatternVowels {
  private readonly file: PatternFile;
  private readonly logp = new Map<string, number[]>();
  private readonly unitLogp = new Map<string, Map<string, number>>();
  private readonly unitFloor = new Map<string, number>();

  constructor(file: PatternFile) {
    this.file = file;
    for (const row of file.rows.split(" ")) {
      const at = row.lastIndexOf(":");
      if (at < 0) continue;
      const c = row.slice(at + 1).split(",").map(Number);
      const n = c.reduce((x, y) => x + y, 0);
      this.logp.set(row.slice(0, at), c.map((x) => file.weight * Math.log((x + K / CLASSES.length) / (n + K))));
    }
    const w = file.unitWeight ?? 0;
    for (const row of w && file.units ? file.units.split(" ") : []) {
      const [arabic, list] = row.split("=") as [string, string];
      const counts = list.split(",").map((x) => x.split(":") as [string, string]);
      const n = counts.reduce((t, [, c]) => t + Number(c), 0) + counts.length + 1; // add-one, one more for any unseen Latin
      this.unitLogp.set(arabic, new Map(counts.map(([l, c]) => [l, w * Math.log((Number(c) + 1) / n)])));
      this.unitFloor.set(arabic, w * Math.log(1 / n));
    }
  }

  /**
   * Weighed log P(Latin | Arabic side) of a unit among the following pairs'; an Arabic side they never wrote
   * scores as each of its letters with an unseen Latin (else a two-letter unit would escape its letters' table).
   */
  unitScore(latin: string, arabic: string): number {
    const seen = this.unitLogp.get(arabic);
    if (seen) return seen.get(latin) ?? this.unitFloor.get(arabic)!;
    let floor = 0;
    for (const c of arabic) floor += this.unitFloor.get(c) ?? 0;
    return floor;
  }

  /** The word's fit when the origin model reads it as following its pattern, else null (`article`: fitPattern's). */
  applies(a: string, article = true): PatternFit | null {
    const fit = fitPattern(a, article);
    return fit && originProbability(this.file, originFeatures(a, fit)) >= this.file.threshold ? fit : null;
  }

  /** Weighed log P(class) at each boundary before letter j of `a` (null where the pattern says nothing), or null when it does not apply. */
  scores(a: string, article = true): Array<number[] | null> | null {
    const fit = this.applies(a, article);
    if (!fit) return null;
    return Array.from({ length: a.length + 1 }, (_, j) => this.logp.get(`${fit.pattern}@${j - fit.offset - 1}`) ?? null);
  }
}
