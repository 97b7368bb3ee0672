/**
 * Spellings attested in the fitting pairs of the train split (Google's transliteration data from
 * Wikipedia, Apache-2.0; scripts/translit/fit-speller.ts): an Arabic word -> its most frequent English
 * spelling there. Kept only where the speller writes another spelling or the pair was seen at least twice,
 * so the table holds what the model cannot learn (كيري -> kerry, مورينيو -> mourinho).
 */
export class AttestedSpellings {
  private map?: Map<string, string>;

  /** `table`: space-separated "arabic:latin" entries, Arabic as arabicLetters, Latin as latinLetters (ModelFile.attested). */
  constructor(private readonly table = "") {}

  /** The attested Latin spelling of Arabic letters (arabicLetters), or undefined. */
  spelling(arabic: string): string | undefined {
    return this.entries().get(arabic);
  }

  /** How many Arabic words the table holds. */
  get size(): number {
    return this.entries().size;
  }

  /** The table read on first use. */
  private entries(): Map<string, string> {
    if (this.map) return this.map;
    this.map = new Map();
    for (const entry of this.table.split(" ")) {
      const k = entry.indexOf(":");
      if (k > 0) this.map.set(entry.slice(0, k), entry.slice(k + 1));
    }
    return this.map;
  }
}
