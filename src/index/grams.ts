/**
 * Partial credit by letter 4-grams: a query word the paragraph lacks still earns the share of its
 * 4-grams the paragraph holds (المستشفيات ~ مستشفى). Paragraphs are read as folded code units
 * (foldedCodes), so a gram of the normalized word is found as a search of the normalized text would
 * find it, and all the grams of a question are looked for in one pass over the paragraph.
 */

/** The article and the conjunction و, which say nothing about the word: الـ وال بال كال فال لل و. */
const LEADING = /^(\u0648\u0627\u0644|\u0628\u0627\u0644|\u0643\u0627\u0644|\u0641\u0627\u0644|\u0644\u0644|\u0627\u0644|\u0648)/;
const BITS = 8; // a question has tens of grams: 256 filter slots keep the exact check rare
const B = 0x01000193; // the rolling hash's base (FNV prime)
const B4 = Math.imul(Math.imul(B, B), Math.imul(B, B));

/** The 4-grams of a normalized word of 5+ letters (its leading article or و removed); none for shorter words. */
export function letterGrams(word: string): string[] {
  if (word.length < 5) return [];
  const core = word.replace(LEADING, "");
  const out: string[] = [];
  for (let g = 0; g + 4 <= core.length; g++) out.push(core.slice(g, g + 4));
  return out;
}

/** Rolling hash of four code units, the same whether computed at once or rolled along a text. */
function hash4(a: number, b: number, c: number, d: number): number {
  return (Math.imul(Math.imul(Math.imul(a, B) + b, B) + c, B) + d) | 0;
}

function slot(h: number): number {
  return Math.imul(h, 0x9e3779b1) >>> (32 - BITS);
}

/** The grams of several words, found in a text in one pass: a hash filter, then an exact check. */
export class GramMatcher {
  private readonly codes: Uint16Array; // 4 a gram
  private readonly owners: number[]; // word of each gram
  private readonly sizes: number[]; // grams a word
  private readonly table = new Map<number, number[]>(); // slot -> grams
  private readonly filter = new Uint8Array(1 << BITS);
  private readonly seen: Uint8Array;

  constructor(words: string[][]) {
    this.sizes = words.map((g) => g.length);
    const count = this.sizes.reduce((a, b) => a + b, 0);
    this.codes = new Uint16Array(count * 4);
    this.owners = [];
    this.seen = new Uint8Array(count);
    words.forEach((grams, w) => {
      for (const g of grams) {
        const i = this.owners.length;
        this.owners.push(w);
        for (let k = 0; k < 4; k++) this.codes[i * 4 + k] = g.charCodeAt(k);
        const s = slot(hash4(g.charCodeAt(0), g.charCodeAt(1), g.charCodeAt(2), g.charCodeAt(3)));
        this.filter[s] = 1;
        const list = this.table.get(s);
        if (list) list.push(i);
        else this.table.set(s, [i]);
      }
    });
  }

  /** True when the word has grams (5+ letters). */
  hasGrams(word: number): boolean {
    return (this.sizes[word] ?? 0) > 0;
  }

  /** For each word, the share of its grams the text holds, 0..1 (0 for a word without grams). */
  shares(text: Uint16Array): number[] {
    const seen = this.seen.fill(0);
    let h = 0;
    for (let i = 0; i < text.length; i++) {
      h = (Math.imul(h, B) + text[i]! - (i >= 4 ? Math.imul(text[i - 4]!, B4) : 0)) | 0;
      if (i < 3) continue;
      const s = slot(h);
      if (!this.filter[s]) continue;
      for (const g of this.table.get(s)!) {
        const at = g * 4;
        const c = this.codes;
        if (c[at] === text[i - 3] && c[at + 1] === text[i - 2] && c[at + 2] === text[i - 1] && c[at + 3] === text[i]) seen[g] = 1;
      }
    }
    const out = this.sizes.map(() => 0);
    seen.forEach((found, g) => (out[this.owners[g]!]! += found));
    return out.map((n, w) => (this.sizes[w] ? n / this.sizes[w]! : 0));
  }
}
