import { describe, expect, it } from "vitest";
import modelFile from "../../src/names/translit-model.json";
import type { ModelFile } from "../../src/names";
import { LatinSpeller } from "../../src/names/latin";
import { BOS, EOS, LetterLm } from "../../src/names/letter-lm";

const model = modelFile as unknown as ModelFile;

describe("the English letter model rescoring the speller's n-best (src/names/letter-lm.ts)", () => {
  it("ships with the model, its counts under 150 KB", () => {
    expect(model.lm).toBeDefined();
    expect(model.lm!.grams.length).toBeLessThan(150_000);
    expect(model.lm!.lambda).toBeGreaterThan(0);
  });

  it("prefers a plausible English spelling over an implausible one", () => {
    const lm = new LetterLm(model.lm!);
    for (const [good, bad] of [["donald", "dunald"], ["geronimo", "gerounymo"], ["bohemia", "bohemya"], ["gertrude", "gertrod"]]) {
      expect(lm.logProb(good!), `${good} over ${bad}`).toBeGreaterThan(lm.logProb(bad!));
    }
  });

  it("is a distribution: after any context the letters and the end sum to one", () => {
    const lm = new LetterLm(model.lm!);
    const symbols = [..."abcdefghijklmnopqrstuvwxyz", EOS];
    for (const h of [BOS.repeat(lm.order - 1), "jos", "qzx", "ar"]) {
      expect(symbols.reduce((s, c) => s + lm.prob(h, c), 0), h).toBeCloseTo(1, 6);
    }
  });

  // spellings of the eval split that the joint model alone got wrong and the letter model's rescoring gets right
  // (without the reranker, which weighs the letter model against the name model: it writes gertrod)
  it("spells eval-split names the joint model alone missed", () => {
    const alone = new LatinSpeller(model, { beam: 12, perState: 1, lm: null, attested: null, vocabulary: null });
    const rescored = new LatinSpeller(model, { rerank: null, attested: null, vocabulary: null });
    for (const [ar, en] of [["دونالد", "donald"], ["جيرترود", "gertrude"], ["جيرونيمو", "geronimo"], ["سانتايانا", "santayana"], ["بوهيميا", "bohemia"]]) {
      expect(alone.word(ar!)).not.toBe(en);
      expect(rescored.word(ar!), ar).toBe(en);
    }
  });
});
