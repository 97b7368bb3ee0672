import { describe, expect, it } from "vitest";
import modelFile from "../../src/names/translit-model.json";
import { LatinSpeller, nameScorer, type ModelFile } from "../../src/names";
import { LatinVocabulary } from "../../src/names/vocabulary";
import { chooseKnown, knownOr, ruleValue, type VocabularyRule } from "../../src/names/known";
import { arabicLetters } from "../../src/names/text";
import { brokenShare, vocabularyWords } from "../../scripts/translit/vocabulary-rule";

const model = modelFile as unknown as ModelFile;

describe("known Latin name words (src/names/vocabulary.ts, known.ts)", () => {
  it("offers the known words whose sound key is the Arabic word's or one class from it", () => {
    const v = LatinVocabulary.of("jose josiah kerry mourinho zidane".split(" "));
    expect(v.candidates("جوزيه").sort()).toEqual(["jose", "josiah"]);
    expect(v.candidates("مورينيو")).toEqual(["mourinho"]);
    // one class away (MRN against MRNH): still a candidate; two away: not
    expect(v.candidates("مورينهو")).toEqual(["mourinho"]);
    expect(v.candidates("كاميرون")).toEqual([]);
    expect(v.size).toBe(5);
    expect(new LatinVocabulary().candidates("جوزيه")).toEqual([]);
  });

  it("takes the known word only at the rule's least value and within its margin of the generated spelling", () => {
    const rule: VocabularyRule = { rank: "score", lm: 0, least: 1, margin: -3 };
    expect(chooseKnown(rule, ["jose", 2], "guzia", 4)).toBe("jose");
    expect(chooseKnown(rule, ["jose", 2], "guzia", 5.5)).toBe("guzia");
    expect(chooseKnown(rule, ["jose", 0.5], "guzia", 0)).toBe("guzia");
    expect(chooseKnown(rule, null, "guzia", 0)).toBe("guzia");
  });

  it("ranks the known words by the learned score, so the right one of several sound-alikes wins", () => {
    const rule: VocabularyRule = { rank: "score", lm: 0, least: 1, margin: -3 };
    const r = { scorer: nameScorer(), lm: null };
    const a = arabicLetters("كاميرون");
    const vocabulary = LatinVocabulary.of("cameron camorra kimberly".split(" "));
    expect(knownOr(rule, vocabulary, r, a, "kamirun")).toBe("cameron");
    expect(ruleValue(rule, r, "cameron", a)).toBeGreaterThan(ruleValue(rule, r, "camorra", a));
    // no known word close enough: the generated spelling stays
    expect(knownOr(rule, LatinVocabulary.of("kimberly".split(" ")), r, a, "kamirun")).toBe("kamirun");
  });

  it("the speller writes a close known word instead of its own spelling, and only with a vocabulary", () => {
    const plain = new LatinSpeller(model, { attested: null, vocabulary: null });
    const generated = plain.word("مورينيو");
    expect(generated).not.toBe("mourinho");
    const any: VocabularyRule = { rank: "score", lm: 0, least: -1e9, margin: -1e9 };
    const known = new LatinSpeller(model, { attested: null, vocabulary: LatinVocabulary.of("mourinho kerry".split(" ")), vocabularyRule: any });
    expect(known.word("مورينيو")).toBe("mourinho");
    // a vocabulary without a close word leaves the spelling alone
    expect(new LatinSpeller(model, { attested: null, vocabulary: LatinVocabulary.of("kerry".split(" ")), vocabularyRule: any }).word("مورينيو")).toBe(generated);
    // the shipped rule wants the known word near the generated spelling's score: mourinho trails morinio by too much
    expect(new LatinSpeller(model, { attested: null, vocabulary: LatinVocabulary.of("mourinho".split(" ")) }).word("مورينيو")).toBe(generated);
  });

  it("ships a vocabulary and a fitted rule with the model", () => {
    const words = new LatinVocabulary(model.vocabulary).entries();
    expect(words.size).toBeGreaterThan(40_000);
    expect([...words.keys()].every((w) => /^[a-z]+$/.test(w))).toBe(true);
    expect([...words.values()].every((n) => Number.isInteger(n) && n >= 1)).toBe(true);
    // sorted by key, as the binary search needs, and as LatinVocabulary.table writes it
    expect(LatinVocabulary.table(words)).toBe(model.vocabulary);
    expect(new LatinVocabulary(model.vocabulary).size).toBe(words.size);
    expect(model.vocabularyRule!.rank).toMatch(/^(score|channel)$/);
  });

  it("keeps each word's sources: the table writes them after the word, candidates read the bare word", () => {
    const v = LatinVocabulary.of(new Map([["jose", 5], ["josiah", 2], ["kerry", 1]]));
    expect(new LatinVocabulary(LatinVocabulary.table(new Map([["jose", 5], ["josiah", 2]]))).candidates("جوزيه").sort()).toEqual(["jose", "josiah"]);
    expect(v.sources("jose")).toBe(5);
    expect(v.sources("kerry")).toBe(1);
    expect(v.sources("jos")).toBe(0);
    expect(v.has("josiah") && !v.has("guzia")).toBe(true);
    expect(v.entries()).toEqual(new Map([["jose", 5], ["josiah", 2], ["kerry", 1]]));
    // a plain word list: one source each
    expect(LatinVocabulary.of(["kerry", "kerry"]).entries()).toEqual(new Map([["kerry", 1]]));
  });

  it("of sound-alikes, the rule's sources weight prefers the name more lists hold, and lifts it over the bounds", () => {
    const r = { scorer: nameScorer(), lm: null };
    const a = arabicLetters("فولفجانج");
    const rule: VocabularyRule = { rank: "score", lm: 0, least: 1, margin: -3 };
    const vocabulary = LatinVocabulary.of(new Map([["volfgang", 1], ["wolfgang", 8]]));
    // by the spelling alone, volfgang (v for ف) spells the Arabic better
    expect(ruleValue(rule, r, "volfgang", a)).toBeGreaterThan(ruleValue(rule, r, "wolfgang", a));
    expect(knownOr(rule, vocabulary, r, a, "wolfjang")).toBe("volfgang");
    expect(knownOr({ ...rule, lists: 1 }, vocabulary, r, a, "wolfjang")).toBe("wolfgang");
    expect(ruleValue({ ...rule, lists: 1 }, r, "wolfgang", a, 8) - ruleValue(rule, r, "wolfgang", a)).toBeCloseTo(Math.log(8));
  });

  it("keepKnown: a generated spelling the vocabulary holds stays, however well another known word scores", () => {
    const r = { scorer: nameScorer(), lm: null };
    const a = arabicLetters("جوسيه");
    const vocabulary = LatinVocabulary.of(["jose", "josiah"]);
    const rule: VocabularyRule = { rank: "score", lm: 0, least: 1, margin: -3 };
    expect(ruleValue(rule, r, "josiah", a)).toBeGreaterThan(ruleValue(rule, r, "jose", a));
    expect(knownOr(rule, vocabulary, r, a, "jose")).toBe("josiah");
    expect(knownOr({ ...rule, keepKnown: true }, vocabulary, r, a, "jose")).toBe("jose");
    expect(chooseKnown({ ...rule, keepKnown: true }, ["josiah", 5], "jose", 3, true)).toBe("jose");
    expect(chooseKnown({ ...rule, keepKnown: true }, ["josiah", 5], "jose", 3, false)).toBe("josiah");
  });

  it("the shipped display writes a listed name for a spelling no list holds, and leaves a name the lists lack to the model", () => {
    const speller = new LatinSpeller(model, { attested: null });
    const plain = new LatinSpeller(model, { attested: null, vocabulary: null });
    // Azevedo is in the name lists (pt, es), not in the translit data
    expect(plain.word("ازيفيدو")).not.toBe("azevedo");
    expect(speller.word("ازيفيدو")).toBe("azevedo");
    // no list holds Shoukry: the model's spelling stays
    expect(speller.word("شكري")).toBe(plain.word("شكري"));
  });
});

describe("the vocabulary's fit (scripts/translit/vocabulary-rule.ts)", () => {
  it("takes the fitting pairs' English words, the dictionary's plausible names and the name lists' words, each with its sources", () => {
    const fit = [["kerry", "كيري"], ["joan", "جون"], ["kerry", "كيري"]] as const;
    const dictionary = [["jose", "خوزيه"], ["house", "بيت"], ["joan", "جوان"]] as const;
    expect([...vocabularyWords(fit, dictionary, (e) => e !== "house")]).toEqual([["joan", 2], ["jose", 1], ["kerry", 1]]);
    // a word of 4 languages' name lists that FreeDict also holds: 5 sources
    expect(vocabularyWords(fit, dictionary, (e) => e !== "house", new Map([["jose", 4], ["josiah", 1]])).get("jose")).toBe(5);
  });

  it("counts a recognisable spelling (right or one letter off) made unrecognisable as broken, nothing else", () => {
    const pairs = [["barack", "باراك"], ["abd", "عبد"], ["jose", "جوزيه"], ["khaled", "خالد"]] as const;
    // barak -> barrak: one letter off -> two; abd -> abid: right -> one off; guzia -> josiah: wrong -> wrong; khald -> khaled: wrong -> right
    expect(brokenShare(["barak", "abd", "guzia", "khald"], ["barrak", "abid", "josiah", "khaled"], pairs)).toBe(1 / 4);
    expect(brokenShare(["barak", "abd"], ["barak", "abd"], pairs.slice(0, 2))).toBe(0);
  });
});
