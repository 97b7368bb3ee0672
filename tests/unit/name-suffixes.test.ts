import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer";
import { compoundReadings, suffixWords } from "../../src/answer/compound-names";
import { joinArticles } from "../../src/answer/names";
import { splitSuffix, turkishSpelling } from "../../src/answer/name-suffixes";
import { quoting, speakerOf } from "./quoting";

// Articles written for these tests (invented people): Turkish, Persian and theophoric names whose suffix
// Arabic writes as a word of its own, and people who hold only one part of such a name.

describe("name suffixes (src/answer/name-suffixes.ts)", () => {
  it("splits a one-word compound of a closed-class suffix into its stem and the suffix", () => {
    const split = (w: string) => {
      const s = splitSuffix(w);
      return s && [s.stem, s.suffix, s.turkish];
    };
    expect(split("Davutoglu")).toEqual(["Davut", "oglu", true]);
    expect(split("Kılıçdaroğlu")).toEqual(["Kilicdar", "oglu", true]);
    expect(split("Hassanzadeh")).toEqual(["Hassan", "zadeh", false]);
    expect(split("Akhundzada")).toEqual(["Akhund", "zadeh", false]);
    expect(split("Ahmadinejad")).toEqual(["Ahmadi", "nejad", false]);
    expect(split("Nasrallah")).toEqual(["Nasr", "allah", false]);
    expect(split("Zabihullah")).toEqual(["Zabih", "allah", false]);
    expect(split("Ruhollah")).toEqual(["Ruh", "allah", false]);
    // a suffix alone, a two-letter stem, and words that only end like one
    for (const w of ["Oglu", "Allah", "Zadeh", "Atallah", "Camilla", "Padilla", "Nejad", "Erdogan"]) expect(splitSuffix(w), w).toBeNull();
  });

  it("reads a Turkish word's final t as d and its c as j (Arabic's spelling of the Arabic name)", () => {
    expect(turkishSpelling("Ahmet")).toBe("ahmed");
    expect(turkishSpelling("Mevlut")).toBe("mevlud");
    expect(turkishSpelling("Cavus")).toBe("javus");
    expect(turkishSpelling("Kemal")).toBeNull();
  });

  it("reads a suffix compound both ways, and a Turkish name's words in Arabic spelling too", () => {
    const parts = (words: string[]) => compoundReadings(words).map((r) => r.map((p) => p.words.join("+")));
    expect(parts(["Nasrallah"])).toEqual([["Nasrallah"], ["Nasr+allah"]]);
    expect(parts(["Ahmet", "Davutoglu"])).toEqual([
      ["Ahmet", "Davutoglu"], ["Ahmet", "Davut+oglu"], ["Ahmet", "davud+oglu"],
      ["ahmed", "Davutoglu"], ["ahmed", "Davut+oglu"], ["ahmed", "davud+oglu"],
    ]);
    // Ahmet is no Turkish reading outside a Turkish name
    expect(parts(["Ahmet", "Kaya"])).toEqual([["Ahmet", "Kaya"]]);
    expect(suffixWords(["Mevlut", "Cavusoglu"])).toEqual(["اوغلو"]);
    expect(joinArticles(["Ahmed", "Aboul", "Gheit"])).toEqual(["Ahmed", "Abou", "al-Gheit"]);
  });
});

describe("English suffix compounds against Arabic names written in two words", () => {
  const yilmaz = "مولود يلماز أوغلو";
  const index = quoting([yilmaz, "كمال أوغلو", "داود الشامي", "علي حسن زاده", "علي حسن", "علي أكبري نجاد", "سيف الله الحربي", "فتح الله الشمري", "محمود طاش أوغلو"]);

  it("names the man whose two words the compound reads", () => {
    expect(speakerOf(index, "What did Mevlut Yilmazoglu say?")).toBe(yilmaz);
    expect(speakerOf(index, "What did Yilmazoglu say?")).toBe(yilmaz);
    expect(speakerOf(index, "What did Mahmut Tasoglu say?")).toBe("محمود طاش أوغلو");
    expect(speakerOf(index, "What did Ali Hassanzadeh say?")).toBe("علي حسن زاده");
    expect(speakerOf(index, "What did Ali Akbarinejad say?")).toBe("علي أكبري نجاد");
    expect(speakerOf(index, "What did Saifullah al-Harbi say?")).toBe("سيف الله الحربي");
    expect(speakerOf(index, "What did Fathallah say?")).toBe("فتح الله الشمري");
  });

  it("never names a man who holds one part alone, nor another stem before the suffix", () => {
    for (const q of ["Davutoglu", "Ahmet Davutoglu", "Kilicdaroglu", "Ahmadinejad", "Nasrallah", "Hassan Nasrallah", "Mohammad Hassanzadeh"]) {
      expect(speakerOf(index, `What did ${q} say?`), q).toBeNull();
    }
  });

  it("shows the question's one-word spelling for the two Arabic words it named", () => {
    expect(answer(index, "What did Ali Hassanzadeh say?", 1).answer).toMatch(/^Ali Hassanzadeh \(/);
  });
});
