import { describe, expect, it } from "vitest";
import { latinSpeller, NAME_THRESHOLD, NameCandidates, nameScorer, nameWordScore, WORD_FLOOR } from "../../src/names";
import { joinArticles } from "../../src/answer/names";
import { arabicKey } from "../../src/analysis";
import { nameWords } from "../../src/index/alias-words";

describe("learned name score (src/names)", () => {
  const s = nameScorer();

  it("scores the same name above the threshold and a different name below it", () => {
    for (const [en, ar] of [["Hammond", "هاموند"], ["Cameron", "كاميرون"], ["Zidane", "زيدان"], ["Schumacher", "شوماخر"]] as const) {
      expect(s.score(en, ar), `${en} ~ ${ar}`).toBeGreaterThanOrEqual(NAME_THRESHOLD);
    }
    for (const [en, ar] of [["Hammond", "هولاند"], ["Cameron", "كارتر"], ["Zidane", "زيباري"], ["Schumacher", "شولتز"]] as const) {
      expect(s.score(en, ar), `${en} !~ ${ar}`).toBeLessThan(NAME_THRESHOLD);
    }
  });

  it("ranks the right spelling first among sound-alike candidates", () => {
    const words = ["لافروف", "لوران", "ليفربول", "لافونتين", "فرانكو"];
    const ranked = NameCandidates.of(words).for("Lavrov").flat().sort((a, b) => s.score("lavrov", b) - s.score("lavrov", a));
    expect(ranked[0]).toBe("لافروف");
  });

  it("gives the same candidates from words grouped by the indexer as from raw words", () => {
    const words = ["لافروف", "لوران", "ليفربول", "لافونتين", "فرانكو", "بوتين"];
    const names = nameWords(words.map((w) => [w, arabicKey(w), [0], []]));
    const grouped = NameCandidates.grouped({ keys: names.keys, words: (k) => names.keyWords(k).map((i) => names.words[i]!) });
    for (const latin of ["Lavrov", "Putin", "Franco", "Laurent"]) expect(grouped.for(latin)).toEqual(NameCandidates.of(words).for(latin));
  });

  it("reads the article al- on either side (al-Hashimi, Hashimi ~ الهاشمي)", () => {
    expect(nameWordScore("al-Hashimi", "الهاشمي")).toBeGreaterThanOrEqual(NAME_THRESHOLD);
    expect(nameWordScore("Hashimi", "الهاشمي")).toBeGreaterThanOrEqual(NAME_THRESHOLD);
    expect(joinArticles(["Tariq", "al", "Hashimi"])).toEqual(["Tariq", "al-Hashimi"]);
    expect(joinArticles(["Abdul", "Karim"])).toEqual(["Abd", "al-Karim"]);
  });

  it("a several-word name's floor is looser than a one-word name's threshold", () => {
    expect(WORD_FLOOR).toBeLessThan(NAME_THRESHOLD);
  });

  it("spells Arabic in Latin letters that the scorer reads back as the same name", () => {
    const speller = latinSpeller();
    for (const ar of ["هاموند", "كاميرون", "شوماخر", "برلسكوني"]) {
      const latin = speller.word(ar);
      expect(latin).toMatch(/^[a-z]+$/);
      expect(s.score(latin, ar), `${ar} -> ${latin}`).toBeGreaterThanOrEqual(NAME_THRESHOLD);
    }
    expect(speller.name("فيليب هاموند")).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });
});
