import { arabicKey, keyNeighbors, latinKey, tsVariants } from "../analysis";
import { sortedLookup } from "./sorted-table";

/**
 * Known Latin name words (ModelFile.vocabulary): the English words of the fitting pairs of the translit
 * train split (Google's transliteration data, Apache-2.0), FreeDict's one-word names that the name model
 * accepts, and the given and family names of @faker-js/faker's locales (MIT; scripts/translit/name-lists.ts,
 * fit-vocabulary.ts), each with the number of sources that hold it (its languages' name lists, the translit
 * data, FreeDict: jose 5, josiah 2). The speller decodes an Arabic word into this vocabulary when a known
 * word is close enough (known.ts, latin.ts): خالد -> khalid rather than a spelling of its sounds.
 */
export class LatinVocabulary {
  /**
   * `table`: the words grouped by sound key, "KEY:word,word3" entries separated by one space and sorted by
   * key (LatinVocabulary.table writes it), a word's sources after it when more than one. It is searched in
   * place: nothing is built on first use.
   */
  constructor(private readonly table = "") {}

  /** The table of latinLetters words (any order; repeats ignored), or of words with their sources (at least 1), for the constructor. */
  static table(words: Iterable<string> | ReadonlyMap<string, number>): string {
    const sources = words instanceof Map ? (words as ReadonlyMap<string, number>) : new Map([...(words as Iterable<string>)].map((w) => [w, 1]));
    const byKey = new Map<string, string[]>();
    for (const w of [...sources.keys()].sort()) {
      if (!w) continue;
      const k = latinKey(w);
      const n = sources.get(w)!;
      (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(n > 1 ? `${w}${n}` : w);
    }
    return [...byKey].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([k, ws]) => `${k}:${ws.join(",")}`).join(" ");
  }

  /** A vocabulary of latinLetters words, or of words with their sources. */
  static of(words: Iterable<string> | ReadonlyMap<string, number>): LatinVocabulary {
    return new LatinVocabulary(LatinVocabulary.table(words));
  }

  /** Every word with its sources (for a script that extends a vocabulary). */
  entries(): Map<string, number> {
    const out = new Map<string, number>();
    for (const entry of this.table ? this.table.split(" ") : []) for (const w of entry.slice(entry.indexOf(":") + 1).split(",")) out.set(...parse(w));
    return out;
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
      for (const near of [k, ...keyNeighbors(k)]) for (const w of sortedLookup(this.table, near)?.split(",") ?? []) out.add(parse(w)[0]);
    }
    return [...out];
  }

  /** How many sources hold the latinLetters word `w` (0: an unknown word), a search of its sound key's entry. */
  sources(w: string): number {
    if (!w) return 0;
    for (const entry of sortedLookup(this.table, latinKey(w))?.split(",") ?? []) {
      const [word, n] = parse(entry);
      if (word === w) return n;
    }
    return 0;
  }

  /** Whether the vocabulary holds the latinLetters word `w`. */
  has(w: string): boolean {
    return this.sources(w) > 0;
  }

  /** How many words the vocabulary holds. */
  get size(): number {
    return this.table ? this.table.split(/[ ,]/).length : 0;
  }
}

/** A table word "jose5" as [word, sources] (no digits: one source). */
function parse(entry: string): [string, number] {
  const digits = entry.search(/\d/);
  return digits < 0 ? [entry, 1] : [entry.slice(0, digits), Number(entry.slice(digits))];
}
