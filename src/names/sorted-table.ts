/**
 * The value of `key` in a table of "key:value" entries separated by one space and sorted by key (as strings),
 * or undefined: a binary search over the string itself, so a shipped table is read in place and nothing is
 * built on first use (attested.ts, vocabulary.ts). Keys hold no ":" or space.
 */
export function sortedLookup(table: string, key: string): string | undefined {
  const t = table;
  let lo = 0, hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    // the entry holding position mid (a separator counts with the entry before it)
    const start = t.lastIndexOf(" ", t[mid] === " " ? mid - 1 : mid) + 1;
    const colon = t.indexOf(":", start);
    const end = t.indexOf(" ", start) < 0 ? t.length : t.indexOf(" ", start);
    const k = t.slice(start, colon < 0 || colon > end ? end : colon);
    if (k === key) return colon < 0 || colon > end ? undefined : t.slice(colon + 1, end);
    if (k < key) lo = end + 1;
    else hi = start;
  }
  return undefined;
}
