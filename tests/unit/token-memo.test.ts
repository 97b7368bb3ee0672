import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { speakerSites } from "../../src/answer/text-budget";
import { TokenMemo } from "../../src/answer/token-memo";
import { textTokens } from "../../src/corpus/text-tokens";
import { resolveArticle } from "../../src/corpus/speakers";
import { adversarialText } from "../adversarial-texts";
import { manySpeakers } from "../../scripts/bench/worst-inputs";

/** A paragraph cut as firstSites cuts it: before its k-th speaker site, trailing space trimmed. */
const cutAt = (paragraph: string, k: number) => paragraph.slice(0, speakerSites(paragraph)[k]).trim();

describe("TokenMemo: a request's paragraphs tokenized once", () => {
  it("gives a paragraph cut before a speaker site the same tokens as tokenizing the cut text", () => {
    fc.assert(
      fc.property(adversarialText, fc.nat(), (text, pick) => {
        const paragraph = text.split("\n")[0]!.trim();
        const sites = speakerSites(paragraph);
        if (sites.length === 0) return;
        const head = cutAt(paragraph, pick % sites.length);
        const memo = new TokenMemo();
        memo.prefix(head, paragraph);
        expect(memo.tokenize(head)).toEqual(textTokens(head));
      }),
      { numRuns: 60 },
    );
  });

  it("tokenizes a paragraph once, and attribution reads the same statements from the memo", () => {
    const paragraph = manySpeakers(3_000);
    const memo = new TokenMemo();
    expect(memo.tokenize(paragraph)).toBe(memo.tokenize(paragraph));
    const head = cutAt(paragraph, 20);
    memo.prefix(head, paragraph);
    expect(memo.tokenize(head)).toEqual(textTokens(head));
    expect(resolveArticle([head], { tokenize: memo.tokenize })).toEqual(resolveArticle([head]));
  });

  it("leaves a head that is no cut of the paragraph to be tokenized afresh", () => {
    const memo = new TokenMemo();
    memo.prefix("قال فلا", "قال فلان");
    expect(memo.tokenize("قال فلا")).toEqual(textTokens("قال فلا"));
  });
});
