/** Unit bigram counts over the best cuts of the fitting pairs, for the Arabic-to-Latin display (src/names/latin.ts). */

/** A bigram seen fewer times than this is left out of the shipped file (its weight goes to the unit's own probability). */
const MIN_BIGRAM = 2;

/** [previous unit index (-1: start), next unit index (-1: end), count] for every bigram seen MIN_BIGRAM times or more. */
export function unitBigrams(units: ReadonlyArray<readonly [string, string, number]>, cuts: ReadonlyArray<ReadonlyArray<readonly [string, string]>>): Array<[number, number, number]> {
  const id = new Map(units.map(([l, a], i) => [`${l}|${a}`, i]));
  const counts = new Map<string, number>();
  for (const cut of cuts) {
    const seq = [-1, ...cut.map(([l, a]) => id.get(`${l}|${a}`) ?? -2), -1];
    if (seq.includes(-2)) continue;
    for (let k = 1; k < seq.length; k++) {
      const key = `${seq[k - 1]} ${seq[k]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...counts]
    .filter(([, c]) => c >= MIN_BIGRAM)
    .map(([key, c]) => [...key.split(" ").map(Number), c] as [number, number, number]);
}
