import { arabicKey, keyDistance, keysWithin, latinKey, tsVariants } from "../analysis";

/** How many consonant classes a key may differ by and its words still be scored: 1 up to 3 classes, 2 from 4 on. */
export function candidateDistance(keyLength: number): number {
  return keyLength >= 4 ? 2 : 1;
}

/** Latin words whose candidates a NameCandidates keeps (for()). */
const FOR_CACHE = 64;

/** Words grouped by sound key: the distinct keys, and the words of the k-th key. */
export interface KeyGroups {
  readonly keys: readonly string[];
  words(k: number): readonly string[];
}

/**
 * Cheap first step of name matching: Arabic words grouped by sound key (src/analysis/phonetic.ts), so
 * that an English word is scored by the learned model only against words whose key is within
 * candidateDistance of its own (measured: 99.5% of the true pairs of the tuning part are within 2).
 */
export class NameCandidates {
  /** Key length -> indexes into groups.keys of the keys of that length, in keys order (built on first use). */
  private byLength?: Map<number, number[]>;
  /** Latin word -> for()'s answer, the last FOR_CACHE words (a name lookup asks for a word's rings several times). */
  private readonly rings = new Map<string, string[][]>();

  private constructor(private readonly groups: KeyGroups) {}

  /** Indexes the words (any order, repeats ignored); an empty key (a word of vowels only) is kept too. */
  static of(words: Iterable<string>): NameCandidates {
    const at = new Map<string, string[]>();
    for (const w of new Set(words)) {
      const key = arabicKey(w);
      (at.get(key) ?? at.set(key, []).get(key)!).push(w);
    }
    const lists = [...at.values()];
    return new NameCandidates({ keys: [...at.keys()], words: (k) => lists[k]! });
  }

  /**
   * Words grouped by key already, e.g. by the indexer (src/index/alias-words.ts): the keys distinct, each
   * key's words in the order they are to be scored. Nothing is built over the words themselves.
   */
  static grouped(groups: KeyGroups): NameCandidates {
    return new NameCandidates(groups);
  }

  /**
   * The keys a Latin word is compared by: its own, with its ch read as تش or ش, and with an h between a
   * vowel and a consonant read as a letter (latinKey's innerH: Ahmed أحمد, Mahmoud محمود, Fahd فهد, where
   * the plain key, made for John and Sarah, drops it: Mahmoud MD is two classes from محمود MHMD, beyond reach).
   */
  private static latinKeys(latin: string): string[] {
    const out = new Set<string>();
    for (const key of new Set([latinKey(latin), latinKey(latin, true)])) for (const k of [key, ...tsVariants(key)]) out.add(k);
    return [...out];
  }

  /**
   * Every key a word may have to be among `for(latin)`'s candidates (those within candidateDistance of
   * one of the Latin word's keys): a store that indexes words by key fetches these, and no word of
   * another key is ever a candidate. `near`: those one class away or nearer alone (for()'s rings 0 and 1).
   */
  static keysFor(latin: string, near = false): string[] {
    const out = new Set<string>();
    for (const [key, distance] of NameCandidates.reachFor(latin, near)) for (const k of keysWithin(key, distance)) out.add(k);
    return [...out];
  }

  /** keysFor's keys as reaches: each of the Latin word's keys with the distance its keys are listed within (keysWithin). */
  static reachFor(latin: string, near = false): Array<[key: string, distance: number]> {
    return NameCandidates.latinKeys(latin).map((key) => [key, near ? 1 : candidateDistance(key.length)]);
  }

  private lengths(): Map<number, number[]> {
    if (this.byLength) return this.byLength;
    const byLength = new Map<number, number[]>();
    this.groups.keys.forEach((key, k) => (byLength.get(key.length) ?? byLength.set(key.length, []).get(key.length)!).push(k));
    return (this.byLength = byLength);
  }

  /**
   * The indexed words whose key is near the Latin word's (its ch read as تش or ش), nearest first:
   * out[d] holds the words at key distance d (0 to candidateDistance), each word once, at its least distance.
   * Kept per word: callers must not change the lists.
   */
  for(latin: string): string[][] {
    let out = this.rings.get(latin);
    if (!out) {
      if (this.rings.size >= FOR_CACHE) this.rings.clear();
      this.rings.set(latin, (out = this.scan(latin)));
    }
    return out;
  }

  private scan(latin: string): string[][] {
    const keys = NameCandidates.latinKeys(latin);
    const byLength = this.lengths();
    const { keys: all } = this.groups;
    const at = new Map<string, number>();
    for (const key of keys) {
      const max = candidateDistance(key.length);
      for (let len = key.length - max; len <= key.length + max; len++) {
        for (const k of byLength.get(len) ?? []) {
          const d = keyDistance(key, all[k]!, max);
          if (d <= max) for (const w of this.groups.words(k)) if (!(at.get(w)! <= d)) at.set(w, d);
        }
      }
    }
    const out: string[][] = [[], [], []];
    for (const [w, d] of at) out[d]!.push(w);
    return out;
  }
}
