/**
 * Posted text's paragraphs tokenized once (text-tokens.ts textTokens), shared by the speaker-site budget
 * (text-budget.ts) and attribution (ResolveOptions.tokenize), so a request splits its words once.
 */
import { textTokens, type TextToken } from "../corpus/text-tokens";

/** Tokens by paragraph text, computed on first use. */
export class TokenMemo {
  private readonly memo = new Map<string, TextToken[]>();

  /** The paragraph's tokens (textTokens), tokenized on first use. Bound, so it can be passed as a function. */
  readonly tokenize = (paragraph: string): TextToken[] => {
    let tokens = this.memo.get(paragraph);
    if (!tokens) this.memo.set(paragraph, (tokens = textTokens(paragraph)));
    return tokens;
  };

  /**
   * Records the tokens of `head`, a prefix of `paragraph` cut before a token or a quotation mark, as the
   * paragraph's tokens that start inside it: the same tokens textTokens(head) gives (a token and its
   * abbreviation stop are read from its own characters and those before). A token running past the head
   * (not a cut of the budget's kind) leaves the head to be tokenized afresh.
   */
  prefix(head: string, paragraph: string): void {
    if (this.memo.has(head) || !paragraph.startsWith(head)) return;
    const tokens = this.tokenize(paragraph);
    let n = 0;
    while (n < tokens.length && tokens[n]!.start < head.length) n++;
    if (n > 0 && tokens[n - 1]!.end > head.length) return;
    this.memo.set(head, tokens.slice(0, n));
  }
}
