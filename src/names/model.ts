/**
 * A memoryless joint model of name spellings (Ristad and Yianilos' stochastic edit distance, with
 * many-to-many units): an English spelling and an Arabic spelling are produced together as a sequence
 * of units, each a group of 0-3 Latin letters with 0-2 Arabic letters ("ch"|"تش", "o"|"و", "e"|""),
 * drawn independently with the probabilities that scripts/translit/train.ts learns by EM.
 */

import type { LetterLmFile } from "./letter-lm";
import type { RerankFile } from "./rerank";
import type { VocabularyRule } from "./known";
import type { VowelFile } from "./vowels";
import type { PatternFile } from "./origin";

/** Most Latin letters in one unit. */
export const MAX_LATIN = 3;
/** Most Arabic letters in one unit. */
export const MAX_ARABIC = 2;

/** The shipped tables (src/names/translit-model.json). */
export interface ModelFile {
  license: string;
  source: string;
  /** Least score (NameScorer.score, nats) of a word match, fitted by the trainer on its tuning part. */
  threshold: number;
  /** Least score of each word of a name given in several words (all must name one speaker), fitted the same way at a looser rate. */
  wordFloor: number;
  /** Least score of a speaker offered as "did you mean" (never as the answer), fitted the same way at a looser rate still. */
  nearFloor?: number;
  /** Logistic weights over NameScorer.features (standardized by mean and sd), fitted on the tuning part. */
  calibration?: Calibration;
  /** [latin, arabic, probability] for every unit kept. */
  units: Array<[string, string, number]>;
  /**
   * Regional spelling conventions a memoryless model cannot see (default none): a name that writes one
   * g as ك (Maghrebi, Gulf: الركراكي for Regragui) writes them all so. Scored as the word with every
   * `arabic` letter read as `as`, when the English word holds `latin`, plus `logPrior` (log of the share of
   * such names among the fitting pairs, scripts/translit/conventions.ts).
   */
  conventions?: Convention[];
  /** English letter model rescoring the speller's n-best (src/names/letter-lm.ts; default none), with the beam it was tuned with. */
  lm?: LetterLmFile & { beam: number; perState: number };
  /** Log-linear rescoring of the speller's n-best (src/names/rerank.ts; default none: joint + lambda x letter model). */
  rerank?: RerankFile;
  /** Spellings attested in the fitting pairs, "arabic:latin" space-separated (src/names/attested.ts; default none). */
  attested?: string;
  /**
   * Spellings of the tuning part's pairs, "arabic:latin" as `attested` (scripts/translit/fit-held-in.ts): added
   * after every choice was made on that part, for the shipped display only (latinSpeller()); never read by
   * matching nor by a speller that scripts build to fit or measure on the tuning part (default none).
   */
  heldIn?: string;
  /** Score of an English and an Arabic word that the attested table pairs (default none: the model's score alone). */
  attestedScore?: number;
  /** Known Latin name words grouped by sound key, "KEY:word,word3" sorted by key, a word's sources after it when more than one (src/names/vocabulary.ts; default none: every spelling generated). */
  vocabulary?: string;
  /** When the speller writes a known word instead of its generated spelling (default none: never). */
  vocabularyRule?: VocabularyRule;
  /** Letters a spelling may start with after a word's initial أ إ آ (src/names/display.ts, scripts/translit/fit-initials.ts; default none: any). */
  initials?: Record<string, string>;
  /** Letters a spelling may end with after a word's final ة (src/names/display.ts, scripts/translit/fit-initials.ts; default none: any). */
  finals?: Record<string, string>;
  /** Short vowels by word shape, weighed in the speller's beam (src/names/vowels.ts, scripts/translit/fit-vowels.ts; default none). */
  vowels?: VowelFile;
  /** Short vowels of words that fit an Arabic pattern and read as Arabic, weighed instead of `vowels` (src/names/patterns.ts, origin.ts, scripts/translit/fit-patterns.ts; default none). */
  patterns?: PatternFile;
  /** Unit bigram counts for the Arabic-to-Latin display: [previous unit index (-1: start), next unit index (-1: end), count]. */
  bigrams: Array<[number, number, number]>;
}

/** A spelling convention (ModelFile.conventions). */
export interface Convention {
  latin: string;
  arabic: string;
  as: string;
  logPrior: number;
}

/** A logistic model over the scorer's features: same name against the nearest other name. */
export interface Calibration {
  mean: number[];
  sd: number[];
  weights: number[];
  bias: number;
}

/** The unit table as nested maps, latin -> arabic -> probability, and each side's total. */
export interface UnitTable {
  p: Map<string, Map<string, number>>;
  /** Sum of the probabilities of units whose Latin side is this string (Arabic side any). */
  latinTotal: Map<string, number>;
  arabicTotal: Map<string, number>;
}

/** The unit table from a list of units. */
export function unitTable(units: ReadonlyArray<readonly [string, string, number]>): UnitTable {
  const p = new Map<string, Map<string, number>>();
  const latinTotal = new Map<string, number>();
  const arabicTotal = new Map<string, number>();
  for (const [l, a, q] of units) {
    (p.get(l) ?? p.set(l, new Map()).get(l)!).set(a, q);
    latinTotal.set(l, (latinTotal.get(l) ?? 0) + q);
    arabicTotal.set(a, (arabicTotal.get(a) ?? 0) + q);
  }
  return { p, latinTotal, arabicTotal };
}

/** Unit probability, 0 when the unit is unknown. */
export function unitP(t: UnitTable, l: string, a: string): number {
  return t.p.get(l)?.get(a) ?? 0;
}

/**
 * Forward table: f[i][j] = P(first i Latin letters and first j Arabic letters), summed over every
 * way to cut them into units. f[n][m] is the joint probability of the two spellings.
 */
export function forward(t: UnitTable, e: string, a: string): Float64Array[] {
  const n = e.length, m = a.length;
  const f = Array.from({ length: n + 1 }, () => new Float64Array(m + 1));
  f[0]![0] = 1;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let s = 0;
      for (let dl = 0; dl <= MAX_LATIN && dl <= i; dl++) {
        const row = t.p.get(e.slice(i - dl, i));
        if (!row) continue;
        for (let da = dl === 0 ? 1 : 0; da <= MAX_ARABIC && da <= j; da++) {
          const q = row.get(a.slice(j - da, j));
          if (q) s += f[i - dl]![j - da]! * q;
        }
      }
      f[i]![j] = s;
    }
  }
  return f;
}

/**
 * P(one side's spelling, any spelling on the other side): the sum over cuts of the side into units of
 * the units' side totals, with the units that write nothing on this side (totals q0) free between them.
 */
export function marginal(total: Map<string, number>, s: string, maxUnit: number): number {
  const q0 = total.get("") ?? 0;
  const free = 1 / (1 - q0);
  const f = new Float64Array(s.length + 1);
  f[0] = free;
  for (let i = 1; i <= s.length; i++) {
    let v = 0;
    for (let d = 1; d <= maxUnit && d <= i; d++) v += f[i - d]! * (total.get(s.slice(i - d, i)) ?? 0);
    f[i] = v * free;
  }
  return f[s.length]!;
}

/**
 * marginal(total, s.slice(i), maxUnit) for every i at once (out[i]; out[s.length] the empty suffix), summed
 * from the end: the same value as marginal up to rounding. An upper bound on P(suffix, any other side).
 */
export function suffixMarginals(total: Map<string, number>, s: string, maxUnit: number): Float64Array {
  const free = 1 / (1 - (total.get("") ?? 0));
  const g = new Float64Array(s.length + 1);
  g[s.length] = free;
  for (let i = s.length - 1; i >= 0; i--) {
    let v = 0;
    for (let d = 1; d <= maxUnit && i + d <= s.length; d++) v += g[i + d]! * (total.get(s.slice(i, i + d)) ?? 0);
    g[i] = v * free;
  }
  return g;
}
