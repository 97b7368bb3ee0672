import { arabicKey, keyDistance, latinKey, tsVariants } from "../analysis";

/** How many consonant classes a key may differ by and its words still be scored: 1 up to 3 classes, 2 from 4 on. */
export function candidateDistance(keyLength: number): number {
  return keyLength >= 4 ? 2 : 1;
}

/**
 * Cheap first step of name matching: Arabic words grouped by sound key (src/analysis/phonetic.ts), so
 * that an English word is scored by the learned model only against words whose key is within
 * candidateDistance of its own (measured: 99.5% of the true pairs of the tuning part are within 2).
 */
export class NameCandidates {
  /** Key length -> key -> the words with that key. */
  private readonly byLength = new Map<number, Map<string, string[]>>();

  /** Indexes the words (any order, repeats ignored); an empty key (a word of vowels only) is kept too. */
  constructor(words: Iterable<string> = []) {
    const seen = new Set<string>();
    for (const w of words) {
      if (seen.has(w)) continue;
      seen.add(w);
      this.add(w, arabicKey(w));
    }
  }

  /** Indexes distinct words whose keys (arabicKey) were computed already, e.g. by the indexer. */
  static keyed(words: Iterable<readonly [word: string, key: string, ...rest: unknown[]]>): NameCandidates {
    const c = new NameCandidates();
    for (const [w, key] of words) c.add(w, key);
    return c;
  }

  private add(word: string, key: string): void {
    const keys = this.byLength.get(key.length) ?? this.byLength.set(key.length, new Map()).get(key.length)!;
    (keys.get(key) ?? keys.set(key, []).get(key)!).push(word);
  }

  /**
   * The indexed words whose key is near the Latin word's (its ch read as تش or ش), nearest first:
   * out[d] holds the words at key distance d (0 to candidateDistance), each word once, at its least distance.
   */
  for(latin: string): string[][] {
    const keys = [latinKey(latin)];
    keys.push(...tsVariants(keys[0]!));
    const at = new Map<string, number>();
    for (const key of keys) {
      const max = candidateDistance(key.length);
      for (let len = key.length - max; len <= key.length + max; len++) {
        for (const [k, words] of this.byLength.get(len) ?? []) {
          const d = keyDistance(key, k, max);
          if (d <= max) for (const w of words) if (!(at.get(w)! <= d)) at.set(w, d);
        }
      }
    }
    const out: string[][] = [[], [], []];
    for (const [w, d] of at) out[d]!.push(w);
    return out;
  }
}
