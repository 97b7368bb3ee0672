import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer";
import { compoundReadings, isPrefix, splitCompound } from "../../src/answer/compound-names";
import { quoting, speakerOf } from "./quoting";

// Articles written for these tests: one name written as two Arabic words (عبد الله), another man whose
// father's name is the one-word عبدالله, and one-word compounds (عبدالفتاح). Invented people.

describe("compound name words (src/answer/compound-names.ts)", () => {
  it("splits a one-word compound into the prefix and the rest", () => {
    expect(splitCompound("Abdullah")).toEqual(["Abd", "al-lah"]);
    expect(splitCompound("Abdulaziz")).toEqual(["Abd", "al-aziz"]);
    expect(splitCompound("Abdelkader")).toEqual(["Abd", "al-kader"]);
    expect(splitCompound("Abdulla")).toEqual(["Abd", "al-la"]);
    // the article's sun letter doubled: one written
    expect(splitCompound("Abdurrahman")).toEqual(["Abd", "rahman"]);
    expect(splitCompound("Abubakar")).toEqual(["Abu", "bakar"]);
    for (const w of ["Abdou", "Abdi", "Abduh", "Abuja", "Abd", "Abdel", "Adel", "Hamdullah"]) expect(splitCompound(w), w).toBeNull();
  });

  it("reads every compound both ways, the given reading first", () => {
    const parts = (words: string[]) => compoundReadings(words).map((r) => r.map((p) => p.words.join("+")));
    expect(parts(["Abdullah", "al-Muqrin"])).toEqual([["Abdullah", "al-Muqrin"], ["Abd+al-lah", "al-Muqrin"]]);
    // a prefix alone joins the next word (joinArticles made Abdel Fattah Abd, al-Fattah)
    expect(parts(["Abd", "al-Fattah", "Sisi"])).toEqual([["Abd+al-Fattah", "Sisi"], ["AbdalFattah", "Sisi"]]);
    expect(parts(["Hamad", "Jassim"])).toEqual([["Hamad", "Jassim"]]);
    expect(compoundReadings(["Abdullah", "Abdulaziz"])).toHaveLength(4);
    expect(isPrefix("Abu") && isPrefix("abd") && !isPrefix("Abdul")).toBe(true);
  });
});

describe("English compound names against Arabic names written either way", () => {
  const muqrin = "عبد الله المقرن";
  const son = "عبدالعزيز عبدالله المقرن";
  const zayed = "عبد الله بن زايد آل نهيان";
  const other = "عبدالعزيز عبدالله بن سعيد";
  const index = quoting([muqrin, son, son, zayed, other, other, "عبدالفتاح الخطيب"]);

  it("names the man written in two words, not another whose father's name is the one-word compound", () => {
    expect(speakerOf(index, "What did Abdullah al-Muqrin say?")).toBe(muqrin);
    expect(speakerOf(index, "What did Abd Allah al-Muqrin say?")).toBe(muqrin);
    expect(speakerOf(index, "What did Abdulaziz Abdullah al-Muqrin say?")).toBe(son);
    expect(speakerOf(index, "What did Abdullah bin Zayed say?")).toBe(zayed);
  });

  it("matches a two-word English compound against a one-word Arabic one", () => {
    expect(speakerOf(index, "What did Abdel Fattah al-Khatib say?")).toBe("عبدالفتاح الخطيب");
    expect(speakerOf(index, "What did Abdelfattah al-Khatib say?")).toBe("عبدالفتاح الخطيب");
  });

  it("shows the question's one-word spelling for the two Arabic words it named", () => {
    const r = answer(index, "What did Abdullah al-Muqrin say?", 1);
    expect(r.answer).toMatch(/^Abdullah al-Muqrin \(/);
  });

  it("two parts of a name never name one word (Abdullah Abdullah), nor another man's", () => {
    expect(speakerOf(index, "What did Abdullah Abdullah say?")).toBeNull();
    expect(speakerOf(quoting(["عبدالله بن عبدالله الفلاني"]), "What did Abdullah bin Abdullah say?")).toBe("عبدالله بن عبدالله الفلاني");
    expect(speakerOf(index, "What did Abdulrahman al-Muqrin say?")).toBeNull();
  });
});
