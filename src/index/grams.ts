import { ARTICLE_PREFIXES } from "../analysis";
/**
 * Partial credit by letter 4-grams: a query word the paragraph lacks still earns the share of its
 * 4-grams the paragraph holds (المستشفيات ~ مستشفى). Paragraphs are read as folded code units
 * (foldedCodes), so a gram of the normalized word is found as a search of the normalized text would
 * find it. A paragraph's grams are hashed once into a set that the searcher keeps for the paragraphs
 * asked about most; a question's grams are then one or two probes each.
 */

/** The article and the conjunction و, which say nothing about the word: الـ وال بال كال فال لل و. */
const LEADING = new RegExp(`^(${[...ARTICLE_PREFIXES, "\u0648"].join("|")})`);
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

/** Rolling hash of four code units, the same whether computed at once or rolled along a text; never 0 (0 marks an empty slot). */
function hash4(a: number, b: number, c: number, d: number): number {
  return (Math.imul(Math.imul(Math.imul(a, B) + b, B) + c, B) + d) >>> 0 || 1;
}

/** A paragraph's 4-gram hashes as an open-addressing set: a power-of-two Uint32Array, 0 for an empty slot. */
export type GramSet = Uint32Array;

/** The set of every 4 code units' hash in a folded text, in one rolling pass (load factor at most 1/2). */
export function gramSet(text: Uint16Array): GramSet {
  const grams = Math.max(0, text.length - 3);
  const set = new Uint32Array(Math.max(8, 2 ** Math.ceil(Math.log2(2 * grams || 1))));
  const shift = Math.clz32(set.length) + 1;
  let h = 0;
  for (let i = 0; i < text.length; i++) {
    h = (Math.imul(h, B) + text[i]! - (i >= 4 ? Math.imul(text[i - 4]!, B4) : 0)) | 0;
    if (i < 3) continue;
    const key = h >>> 0 || 1;
    let at = Math.imul(key, 0x9e3779b1) >>> shift;
    while (set[at] !== 0 && set[at] !== key) at = (at + 1) & (set.length - 1);
    set[at] = key;
  }
  return set;
}

function has(set: GramSet, shift: number, key: number): boolean {
  for (let at = Math.imul(key, 0x9e3779b1) >>> shift; set[at] !== 0; at = (at + 1) & (set.length - 1)) {
    if (set[at] === key) return true;
  }
  return false;
}

/**
 * The grams of several words, looked up in a paragraph's GramSet. A gram counts as present when its
 * 32-bit hash is in the set: two different 4-grams share a hash about once in 4 billion pairs, and a
 * collision only adds partial credit.
 */
export class GramMatcher {
  private readonly hashes: Uint32Array;
  private readonly owners: Uint32Array; // word of each gram
  private readonly sizes: number[]; // grams a word

  constructor(words: string[][]) {
    this.sizes = words.map((g) => g.length);
    const count = this.sizes.reduce((a, b) => a + b, 0);
    this.hashes = new Uint32Array(count);
    this.owners = new Uint32Array(count);
    let i = 0;
    words.forEach((grams, w) => {
      for (const g of grams) {
        this.hashes[i] = hash4(g.charCodeAt(0), g.charCodeAt(1), g.charCodeAt(2), g.charCodeAt(3));
        this.owners[i++] = w;
      }
    });
  }

  /** True when the word has grams (5+ letters). */
  hasGrams(word: number): boolean {
    return (this.sizes[word] ?? 0) > 0;
  }

  /** For each word, the share of its grams the paragraph holds, 0..1 (0 for a word without grams). */
  shares(set: GramSet): number[] {
    const out = this.sizes.map(() => 0);
    const shift = Math.clz32(set.length) + 1; // the set's slot = the top log2(length) bits of the mixed key
    for (let g = 0; g < this.hashes.length; g++) if (has(set, shift, this.hashes[g]!)) out[this.owners[g]!]! += 1;
    return out.map((n, w) => (this.sizes[w] ? n / this.sizes[w]! : 0));
  }
}
