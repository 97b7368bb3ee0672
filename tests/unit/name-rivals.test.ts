import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer";
import { contestedName } from "../../src/answer/name-rivals";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { NAME_THRESHOLD, nameWordConditional, nameWordScore } from "../../src/names";

// a pair from the tuning part of the train split: the score ranks كيرينسكي first for Krinsky, log P(a | e) كينسكي
const [EN, BY_SCORE, BY_CONDITIONAL] = ["krinsky", "كيرينسكي", "كينسكي"] as const;
const quoting = (names: readonly string[]) =>
  new SearchIndex(buildCorpusIndex(names.map((n, i) => ({ id: `r${i}`, title: "", language: "ar" as const, paragraphs: [`وقال ${n} في تصريح صحفي: «نحن راضون عن نتائج الاجتماع».`] }))));

describe("contested one-word names (src/answer/name-rivals.ts)", () => {
  it("the model's two directions disagree on the pair the test is built on", () => {
    expect(nameWordScore(EN, BY_SCORE)).toBeGreaterThan(nameWordScore(EN, BY_CONDITIONAL));
    expect(nameWordScore(EN, BY_CONDITIONAL)).toBeGreaterThanOrEqual(NAME_THRESHOLD);
    expect(nameWordConditional(EN, BY_CONDITIONAL)).toBeGreaterThan(nameWordConditional(EN, BY_SCORE));
  });

  it("contests a name when a rival is the likelier spelling, and not without one or past the margin", () => {
    expect(contestedName(EN, BY_SCORE, [BY_CONDITIONAL])).toBe(true);
    expect(contestedName(EN, BY_CONDITIONAL, [BY_SCORE])).toBe(false);
    expect(contestedName(EN, BY_SCORE, [])).toBe(false);
    expect(contestedName(EN, BY_SCORE, [BY_CONDITIONAL], Infinity)).toBe(false);
  });

  it("never contests a word the attested table pairs with the English word (Kerry ~ كيري)", () => {
    expect(contestedName("kerry", "كيري", ["كوري", "كاري", "كيرى"])).toBe(false);
  });

  it("answers found:false with both as did-you-mean when both are quoted, the one speaker when alone", () => {
    const both = answer(quoting([BY_SCORE, BY_CONDITIONAL]), "What did Krinsky say?", 3);
    expect(both.found).toBe(false);
    expect(both.closest_speakers?.map((c) => c.name)).toEqual(expect.arrayContaining([BY_SCORE, BY_CONDITIONAL]));
    for (const one of [BY_SCORE, BY_CONDITIONAL]) {
      const alone = answer(quoting([one]), "What did Krinsky say?", 3);
      expect(alone.found).toBe(true);
      expect(alone.passages[0]?.quotes[0]?.speaker).toBe(one);
    }
  });
});
