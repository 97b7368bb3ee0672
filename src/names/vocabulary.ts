import { arabicKey, keyNeighbors, latinKey, tsVariants } from "../analysis";
import { sortedLookup } from "./sorted-table";

/**
 * Known Latin name words (ModelFile.vocabulary): the English words of the fitting pairs of the translit
 * train split (Google's transliteration data, Apache-2.0) and FreeDict's one-word names that the name model
 * accepts (scripts/translit/fit-vocabulary.ts). The speller decodes an Arabic word into this vocabulary
 * when a known word is close enough (known.ts, latin.ts): خالد -> khalid rather than a spelling of its sounds.
 */
export class LatinVocabulary {
  /**
   * `table`: the words grouped by sound key, "KEY:word,word" entries separated by one space and sorted by
   * key (LatinVocabulary.table writes it). It is searched in place: nothing is built on first use.
   */
  constructor(private readonly table = "") {}

  /** The table of latinLetters words (any order, repeats ignored), for the constructor. */
  static table(words: Iterable<string>): string {
    const byKey = new Map<string, string[]>();
    for (const w of new Set(words)) {
      if (!w) continue;
      const k = latinKey(w);
      (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(w);
    }
    return [...byKey].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([k, ws]) => `${k}:${ws.sort().join(",")}`).join(" ");
  }

  /** A vocabulary of latinLetters words. */
  static of(words: Iterable<string>): LatinVocabulary {
    return new LatinVocabulary(LatinVocabulary.table(words));
  }

  /**
   * The known words whose sound key is the Arabic word's or one class from it (the first class kept; ch
   * read as تش or ش): the words worth scoring by the learned model. 96% of the tuning part's right pairs
   * are within one class.
   */
  candidates(arabic: string): string[] {
    const key = arabicKey(arabic);
    if (!key) return [];
    const out = new Set<string>();
    for (const k of [key, ...tsVariants(key)]) {
      for (const near of [k, ...keyNeighbors(k)]) for (const w of sortedLookup(this.table, near)?.split(",") ?? []) out.add(w);
    }
    return [...out];
  }

  /** How many words the vocabulary holds. */
  get size(): number {
    return this.table ? this.table.split(/[ ,]/).length : 0;
  }
}
