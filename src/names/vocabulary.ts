import { arabicKey, keyNeighbors, latinKey, tsVariants } from "../analysis";

/**
 * Known Latin name words (ModelFile.vocabulary): the English words of the fitting pairs of the translit
 * train split (Google's transliteration data, Apache-2.0) and FreeDict's one-word names that the name model
 * accepts (scripts/translit/fit-vocabulary.ts). The speller decodes an Arabic word into this vocabulary
 * when a known word is close enough (latin.ts): جوزيه -> jose rather than a spelling of its sounds.
 */
export class LatinVocabulary {
  /** Sound key -> the vocabulary's words of that key (built on first use). */
  private byKey?: Map<string, string[]>;

  /** `words`: the vocabulary, latinLetters words separated by one space. */
  constructor(private readonly words = "") {}

  private keys(): Map<string, string[]> {
    if (this.byKey) return this.byKey;
    const byKey = new Map<string, string[]>();
    for (const w of this.words.split(" ")) {
      if (!w) continue;
      const k = latinKey(w);
      (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(w);
    }
    return (this.byKey = byKey);
  }

  /**
   * The known words whose sound key is the Arabic word's or one class from it (the first class kept; ch
   * read as تش or ش): the words worth scoring by the learned model. 96% of the tuning part's right pairs
   * are within one class.
   */
  candidates(arabic: string): string[] {
    const key = arabicKey(arabic);
    if (!key) return [];
    const byKey = this.keys();
    const out = new Set<string>();
    for (const k of [key, ...tsVariants(key)]) {
      for (const near of [k, ...keyNeighbors(k)]) for (const w of byKey.get(near) ?? []) out.add(w);
    }
    return [...out];
  }

  /** How many words the vocabulary holds. */
  get size(): number {
    return this.words ? this.words.split(" ").length : 0;
  }
}
