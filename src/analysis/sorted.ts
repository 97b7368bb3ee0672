/**
 * The first index in `[lo, hi)` at which `before(i)` is false, for a range ordered so that `before`
 * holds on a prefix of it (a lower bound by binary search); `hi` when it holds everywhere.
 *
 * @example
 * lowerBound(0, tokens.length, (i) => tokens[i].start < offset) // the first token starting at or after offset
 */
export function lowerBound(lo: number, hi: number, before: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
