import { describe, expect, it } from "vitest";
import { capitalizeLatin, latinSpeller, writtenWords } from "../../src/names";
import { plainWords, speakerLatin } from "../../src/index";

describe("a displayed Latin name reads what normalized letters lose (src/names/display.ts)", () => {
  const speller = latinSpeller();

  it("a word written with the bare article shows it as al- before the rest", () => {
    for (const w of ["الشمري", "القحطاني", "المالكي"]) expect(speller.display(w), w).toMatch(/^al-[a-z]{3,}$/);
    // the model's spelling of the whole word, its written al taken off: never al-al...
    expect(speller.display("الشمري")).not.toMatch(/^al-(al|el)/);
  });

  it("a Western Al- name, written with a hamza, is spelled whole", () => {
    for (const w of ["ألفريدو", "ألبرتو"]) expect(speller.display(w), w).toMatch(/^al[a-z]+$/);
  });

  it("a short word after ال is not an article (الله), and عبدال joins as abdul", () => {
    expect(speller.display("الله")).not.toContain("-");
    expect(speller.display("عبدالكريم")).toMatch(/^abdul[a-z]+$/);
  });

  it("an initial hamza chooses the first vowel: إ e or i, أ a, o or u", () => {
    for (const w of ["إسحاق", "إيفانكا", "إدوارد"]) expect(speller.display(w), w).toMatch(/^[ei]/);
    for (const w of ["أنور", "أوليفر"]) expect(speller.display(w), w).toMatch(/^[aou]/);
    // the same letters without the hamza are spelled as the model likes best, unconstrained
    expect(speller.display("اسحاق")).toBe(speller.word("اسحاق"));
  });

  it("capitalizes as English writes a name: Al- first, al- inside", () => {
    expect(capitalizeLatin("al-shamri")).toBe("Al-Shamri");
    expect(capitalizeLatin("al-shamri", false)).toBe("al-Shamri");
    expect(capitalizeLatin("nasser", false)).toBe("Nasser");
    // a question's own spelling, in any case
    expect(capitalizeLatin("Al-Shamri", false)).toBe("al-Shamri");
    expect(speller.name("سعود الشمري")).toMatch(/^[A-Z][a-z]+ al-[A-Z][a-z]+$/);
  });

  it("a name's written words align with its plain words, marks dropped and hamzas kept", () => {
    const name = "إبراهيمُ  الشمريّ";
    expect(writtenWords(name, plainWords(name).split(" "))).toEqual(["إبراهيم", "الشمري"]);
    expect(writtenWords("a b", ["a"])).toBeNull();
    expect(speakerLatin(name)).toEqual([speller.display("إبراهيم"), speller.display("الشمري")]);
  });
});

describe("a final ة ends the displayed spelling in a or h (ModelFile.finals)", () => {
  it("where the same letters with ه may end otherwise", () => {
    const speller = latinSpeller();
    const words = ["رقية", "جدة", "عطية", "سميرة", "نبيلة"];
    for (const w of words) expect(speller.display(w), w).toMatch(/[ah]$/);
    // a direction mark after it (as pasted text has) is not its last letter
    expect(speller.display("\u0639\u0637\u064A\u0629\u200F")).toBe(speller.display("\u0639\u0637\u064A\u0629"));
    // read as ه, some of them end otherwise: the ending is what the written ة adds
    expect(words.some((w) => !/[ah]$/.test(speller.word(w.replace(/\u0629$/, "\u0647"))))).toBe(true);
  });
});
