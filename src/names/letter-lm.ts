/**
 * An English letter n-gram language model with interpolated Witten-Bell smoothing, read from the counts
 * that scripts/translit/letter-lm.ts learns from the English side of the fitting pairs. It tells a
 * plausible English spelling (jose) from an implausible one (jusih) for the speller's n-best (latin.ts).
 */

/** Start of a word (padding of the first contexts). */
export const BOS = "^";
/** End of a word (predicted after the last letter). */
export const EOS = "$";

/** The shipped model (ModelFile.lm). */
export interface LetterLmFile {
  /** Letters of context plus one. */
  order: number;
  /** Weight of the LM's log-probability against the joint model's in the speller's rescoring. */
  lambda: number;
  /** Space-separated "gram:count" entries for every n-gram of every order 1..order kept by the trainer. */
  grams: string;
  /**
   * Kneser-Ney's absolute discount (default none: Witten-Bell). With it, the counts of the orders under
   * `order` are continuation counts (distinct letters seen before the gram; raw counts for grams that begin
   * the word).
   */
  discount?: number;
}

/**
 * Letter model interpolated from the shortest context up. Witten-Bell: P(c | h) = (C(hc) + T(h) P(c | h'))
 * / (C(h) + T(h)), h' being h minus its first letter and T(h) the distinct letters seen after h; interpolated
 * Kneser-Ney: P(c | h) = (max(C(hc) - D, 0) + D T(h) P(c | h')) / C(h).
 */
export class LetterLm {
  readonly order: number;
  readonly lambda: number;
  private readonly discount: number | undefined;
  private readonly count = new Map<string, number>();
  /** Per context: [sum of its followers' counts, distinct followers]. */
  private readonly context = new Map<string, [number, number]>();
  /** Letters and the end seen as unigrams: the uniform floor's size. */
  private vocabulary = 1;

  constructor(file: LetterLmFile) {
    this.order = file.order;
    this.lambda = file.lambda;
    this.discount = file.discount;
    for (const entry of file.grams.split(" ")) {
      const k = entry.lastIndexOf(":");
      if (k < 1) continue;
      const gram = entry.slice(0, k), c = Number(entry.slice(k + 1));
      this.count.set(gram, c);
      const h = gram.slice(0, -1);
      const t = this.context.get(h) ?? [0, 0];
      this.context.set(h, [t[0] + c, t[1] + 1]);
    }
    this.vocabulary = Math.max(1, this.context.get("")?.[1] ?? 1);
  }

  /** P(c | h), c a letter or EOS, h at most order - 1 letters or BOS (longer contexts are cut from the left). */
  prob(h: string, c: string): number {
    let p = 1 / this.vocabulary;
    for (let k = 0; k <= h.length; k++) {
      const ctx = h.slice(h.length - k);
      const t = this.context.get(ctx);
      if (!t) break;
      const n = this.count.get(ctx + c) ?? 0, d = this.discount;
      p = d === undefined ? (n + t[1] * p) / (t[0] + t[1]) : (Math.max(n - d, 0) + d * t[1] * p) / t[0];
    }
    return p;
  }

  /** Natural log-probability of a whole lower-case word, its end included. */
  logProb(word: string): number {
    const padded = BOS.repeat(this.order - 1) + word + EOS;
    let s = 0;
    for (let i = this.order - 1; i < padded.length; i++) s += Math.log(this.prob(padded.slice(i - this.order + 1, i), padded[i]!));
    return s;
  }
}
