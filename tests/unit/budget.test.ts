import { describe, expect, it } from "vitest";
import { terms } from "../../src/analysis";
import { boundQuestion, MAX_QUESTION_WORDS, MAX_WORD_CHARS } from "../../src/answer/budget";
import { MAX_TEXT_SENTENCES, MAX_TEXT_SITES, MAX_TEXT_TOKENS, MAX_TEXT_WORDS, summarizeText } from "../../src/answer/summaries";
import { attributionBound } from "../../src/answer/text-budget";
import { attributionWork } from "../../src/corpus/attribution-work";
import fc from "fast-check";
import { adversarialText } from "../adversarial-texts";
import { MAX_SPEAKERS_PER_ARTICLE, resolveArticle } from "../../src/corpus/speakers";
import { MAX_GRAPH_SENTENCES, summaryWork } from "../../src/corpus/summary";
import { colonSpeakers, distinctSentences, letterDigitRuns, madeUpName, manySpeakers, sharedFamily, tinySentences } from "../../scripts/bench/worst-inputs";

/** summarizeText's attribution work on a text (attributionWork before and after). */
function workOf(text: string) {
  const before = { ...attributionWork };
  const r = summarizeText(text, 3);
  const work = { tokens: attributionWork.tokens - before.tokens, refs: attributionWork.refs - before.refs, interned: attributionWork.interned - before.interned, compared: attributionWork.compared - before.compared };
  return { r, work };
}


describe("work budget by input shape", () => {
  it("caps the distinct speakers of one text", () => {
    const speakers = new Set(resolveArticle([manySpeakers(8_000)]).map((s) => s.speaker).filter(Boolean));
    expect(speakers.size).toBeLessThanOrEqual(MAX_SPEAKERS_PER_ARTICLE);
  });

  it("summarizes an over-long text from its first sentences, says so, and compares a bounded number of pairs", () => {
    for (const text of [tinySentences(), distinctSentences(), manySpeakers()]) {
      const before = summaryWork.pairs;
      const r = summarizeText(text, 3);
      expect(summaryWork.pairs - before).toBeLessThanOrEqual(MAX_GRAPH_SENTENCES ** 2);
      expect(r.truncated?.sentences_used).toBeLessThanOrEqual(MAX_TEXT_SENTENCES);
      expect(r.truncated?.detail).toMatch(/first \d+ sentences/);
      expect(new Set(r.summary.map((s) => s.text)).size).toBe(r.summary.length);
    }
  });

  it("counts sentences across lines before attribution: one short line per sentence reads at most MAX_TEXT_SENTENCES", () => {
    const lines = manySpeakers(20_000).replace(/ قال/g, "\nقال");
    const before = summaryWork.sentences;
    const r = summarizeText(lines, 3);
    expect(summaryWork.sentences - before).toBeLessThanOrEqual(MAX_TEXT_SENTENCES);
    expect(r.truncated!.sentences_used).toBeLessThanOrEqual(MAX_TEXT_SENTENCES);
    expect(r.truncated!.detail).toContain(`${MAX_TEXT_WORDS} words (${MAX_TEXT_TOKENS} runs of letters or digits), ${MAX_TEXT_SENTENCES} sentences and ${MAX_TEXT_SITES} speech words or quotations`);
  });

  it("attributes at most MAX_TEXT_SITES speaker sites and MAX_TEXT_TOKENS words of the worst texts, within attributionBound()", () => {
    const bound = attributionBound();
    for (const text of [manySpeakers(), colonSpeakers(), sharedFamily(), letterDigitRuns(), manySpeakers(20_000).replace(/ قال/g, "\nقال")]) {
      const { r, work } = workOf(text);
      expect(r.truncated?.detail).toMatch(/first \d+ sentences/);
      expect(work.tokens).toBeLessThanOrEqual(bound.tokens);
      expect(work.refs).toBeLessThanOrEqual(bound.refs);
      expect(work.interned).toBeLessThanOrEqual(bound.interned);
      expect(work.compared).toBeLessThanOrEqual(bound.compared);
    }
  });

  it("property: any text built from adversarial pieces stays within attributionBound()", () => {
    const bound = attributionBound();
    fc.assert(
      fc.property(adversarialText, (text) => {
        const { work } = workOf(text);
        for (const k of ["tokens", "refs", "interned", "compared"] as const) expect(work[k]).toBeLessThanOrEqual(bound[k]);
      }),
      { numRuns: 60, seed: Number(process.env.FUZZ_SEED ?? 19) },
    );
  });

  it("leaves an article-like text of 12 speech verbs and 12 quotations whole", () => {
    const text = Array.from({ length: 12 }, (_, i) => `وقال ${madeUpName(i)} ${madeUpName(i + 9)}: «إن الاجتماع انتهى». `).join("\n");
    const { r, work } = workOf(text);
    expect(r.truncated).toBeUndefined();
    expect(work.refs).toBeGreaterThan(0);
  });

  it("never repeats a sentence, even when the text is one sentence over and over", () => {
    const r = summarizeText("انتهى الاجتماع. ".repeat(20), 3);
    expect(r.summary.map((s) => s.text)).toEqual(["انتهى الاجتماع."]);
    expect(r.truncated).toBeUndefined();
  });

  it("leaves an ordinary text whole", () => {
    const r = summarizeText("قال الوزير إن الاجتماع انتهى.\nوأضاف أن القرار سيعلن غدا.", 2);
    expect(r.truncated).toBeUndefined();
    expect(r.summary).toHaveLength(2);
  });

  it("bounds a question's words and word length, leaving ordinary questions unchanged", () => {
    expect(boundQuestion("ماذا قال بيسكوف؟")).toBe("ماذا قال بيسكوف؟");
    const long = boundQuestion("x".repeat(1000));
    expect(long).toHaveLength(MAX_WORD_CHARS);
    expect(boundQuestion("a ".repeat(500)).split(" ")).toHaveLength(MAX_QUESTION_WORDS);
  });
});

describe("Unicode format characters", () => {
  it("folds ZWJ, ZWNJ, LRM, RLM, bidi controls and BOM away inside a word", () => {
    for (const c of ["\u200d", "\u200c", "\u200e", "\u200f", "\u202b", "\u202e", "\u2067", "\u2069", "\u200b", "\ufeff"]) {
      expect(terms(`بيس${c}كوف`)).toEqual(terms("بيسكوف"));
    }
  });
});
