import { sortedLookup } from "./sorted-table";

/** How many Latin words' arabicOf sets are kept (a question's name words and their forms without al-). */
const REVERSE_CACHE = 64;

/**
 * Spellings attested in the fitting pairs of the train split (Google's transliteration data from
 * Wikipedia, Apache-2.0; scripts/translit/fit-speller.ts): an Arabic word -> its most frequent English
 * spelling there. Kept only where the speller writes another spelling or the pair was seen at least twice,
 * so the table holds what the model cannot learn (a doubled letter, a Portuguese nh). Arabic words the
 * fitting pairs lack may come from FreeDict's lexicon (corpus/lexicon/en-ar.tsv, GPL-2+: محمد -> muhammad),
 * where the learned name model scores the pair as one name and the speller writes another spelling.
 */
export class AttestedSpellings {
  /**
   * `table`: "arabic:latin" entries separated by one space and sorted (as strings, so by the Arabic),
   * Arabic as arabicLetters, Latin as latinLetters (ModelFile.attested). It is searched in place: nothing
   * is built on first use, so an isolate's first question pays no table.
   */
  constructor(private readonly table = "") {}

  /** The attested Latin spelling of Arabic letters (arabicLetters), or undefined: a binary search over the entries. */
  spelling(arabic: string): string | undefined {
    return sortedLookup(this.table, arabic);
  }

  /**
   * The Arabic words (arabicLetters) whose attested spelling is exactly `latin` (latinLetters): a ∈
   * arabicOf(l) exactly when spelling(a) === l, the table's keys being distinct and sorted. One scan of the
   * table for a Latin word, against a binary search per Arabic word when one English word is compared
   * with many (al-Abadi as alabadi and abadi in turn); the sets of the last REVERSE_CACHE words are kept.
   */
  arabicOf(latin: string): ReadonlySet<string> {
    const hit = this.reverse.get(latin);
    if (hit) return hit;
    const t = this.table, arabic = new Set<string>(), needle = `:${latin}`;
    for (let at = t.indexOf(needle); at >= 0; at = t.indexOf(needle, at + 1)) {
      const end = at + needle.length;
      if (end === t.length || t[end] === " ") arabic.add(t.slice(t.lastIndexOf(" ", at) + 1, at));
    }
    if (this.reverse.size >= REVERSE_CACHE) this.reverse.clear();
    this.reverse.set(latin, arabic);
    return arabic;
  }

  private readonly reverse = new Map<string, Set<string>>();

  /** How many Arabic words the table holds. */
  get size(): number {
    return this.table ? this.table.split(" ").length : 0;
  }
}
