import { lowerBound, nameKey } from "../analysis";
import { textTokens, type TextToken } from "./text-tokens";
import { paragraphView, type ParagraphView } from "./quotes";
import { attributionWork } from "./attribution-work";

/** Where a word stands in an article: paragraph and token index. */
export interface Site {
  p: number;
  i: number;
}

/**
 * An article's words tokenized once, with two lookups built on first use: sites by a word's name key
 * (spelling-insensitive, see nameKey) and by its normalized form. Attribution asks these instead of
 * re-tokenizing every paragraph for every name (linear, not names × text).
 */
export class ArticleSites {
  private readonly tokenCache: Array<TextToken[] | undefined>;
  private readonly viewCache: Array<ParagraphView | undefined>;
  private readonly keyCache: Array<string[] | undefined>;
  private byKey?: Map<string, Site[]>;
  private byNorm?: Map<string, Site[]>;

  /** `tokenize`: how a paragraph is split into tokens (default textTokens; a memo of it shares tokens with the caller). */
  constructor(
    readonly paragraphs: string[],
    private readonly tokenize: (paragraph: string) => TextToken[] = textTokens,
  ) {
    this.tokenCache = new Array(paragraphs.length);
    this.viewCache = new Array(paragraphs.length);
    this.keyCache = new Array(paragraphs.length);
  }

  /** The name key (nameKey) of each of paragraph p's tokens, computed once. */
  keys(p: number): string[] {
    return (this.keyCache[p] ??= this.tokens(p).map((t) => nameKey(t.norm)));
  }

  /** Paragraph p's tokens (tokenized once). */
  tokens(p: number): TextToken[] {
    let tokens = this.tokenCache[p];
    if (!tokens) {
      this.tokenCache[p] = tokens = this.tokenize(this.paragraphs[p]!);
      attributionWork.tokens += tokens.length;
    }
    return tokens;
  }

  /** Paragraph p read once for statement extraction (quotes.ts ParagraphView), on these same tokens. */
  view(p: number): ParagraphView {
    return (this.viewCache[p] ??= paragraphView(this.paragraphs[p]!, this.tokens(p)));
  }

  /** How many of the article's words have each name key (what a repeated name scores on). */
  keyCounts(): Map<string, number> {
    if (!this.byKey) this.build();
    const counts = new Map<string, number>();
    this.byKey!.forEach((sites, key) => counts.set(key, sites.length)); // no entries array: once per text
    return counts;
  }

  /** Sites of the words whose name key is `key`, in reading order. */
  withKey(key: string): Site[] {
    if (!this.byKey) this.build();
    return this.byKey!.get(key) ?? [];
  }

  /** Sites of the words whose normalized form is `norm`, in reading order. */
  withNorm(norm: string): Site[] {
    if (!this.byNorm) this.build();
    return this.byNorm!.get(norm) ?? [];
  }

  /** Sites of `norm` in paragraphs from..to (inclusive), in reading order; a binary search, not a scan. */
  withNormBetween(norm: string, from: number, to: number): Site[] {
    const list = this.withNorm(norm);
    const lo = lowerBound(0, list.length, (i) => list[i]!.p < from);
    const out: Site[] = [];
    for (let k = lo; k < list.length && list[k]!.p <= to; k++) out.push(list[k]!);
    return out;
  }

  private build(): void {
    const byKey = new Map<string, Site[]>();
    const byNorm = new Map<string, Site[]>();
    const add = (map: Map<string, Site[]>, key: string, site: Site) => {
      const list = map.get(key);
      if (list) list.push(site);
      else map.set(key, [site]);
    };
    this.paragraphs.forEach((_, p) => {
      const keys = this.keys(p);
      this.tokens(p).forEach((t, i) => {
        const site = { p, i }; // one object in both lookups (sites are never changed)
        add(byKey, keys[i]!, site);
        add(byNorm, t.norm, site);
      });
    });
    this.byKey = byKey;
    this.byNorm = byNorm;
  }
}
