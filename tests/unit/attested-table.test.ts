import { describe, expect, it } from "vitest";
import { dictionaryPairs } from "../../scripts/translit/dictionary";
import { attestedTable } from "../../scripts/translit/attested-table";
import type { LatinSpeller } from "../../src/names/latin";

/** A stand-in speller that writes every Arabic word as "x" (so it misses every spelling but "x"). */
const speller = { modelWord: () => "x" } as unknown as LatinSpeller;
const plausible = (e: string) => !e.startsWith("bad");

describe("the attested table's sources (scripts/translit/attested-table.ts, dictionary.ts)", () => {
  it("reads only one-word headwords whose only translation is one Arabic word", () => {
    const text = ["mohammed\tمُحَمَّد", "butene\tبوتين|هيدروكربون", "house party\tحفلة", "x-ray\tأشعة", "apple\tتفاحة حمراء", "nile\tالنيل", ""].join("\n");
    expect(dictionaryPairs(text)).toEqual([
      ["mohammed", "محمد"],
      ["nile", "النيل"],
    ]);
  });

  it("keeps the fitting pairs first, then the dictionary's best-scored spelling of words they lack", () => {
    const fit = [["kerry", "كيري"], ["kerry", "كيري"], ["joan", "جون"]] as const;
    const dictionary = [["carey", "كيري"], ["moh", "محمد"], ["mohammed", "محمد"], ["badname", "بيت"], ["x", "تست"]] as const;
    const score = (e: string) => e.length;
    const table = attestedTable(fit, speller, plausible, dictionary, score).split(" ");
    expect(table).toContain("كيري:kerry");
    expect(table).toContain("جون:joan");
    expect(table).toContain("محمد:mohammed");
    // the fitting pairs' word is not overridden; an implausible pair and one the speller writes are left out
    expect(table.filter((e) => e.startsWith("كيري:"))).toHaveLength(1);
    expect(table.some((e) => e.startsWith("بيت:") || e.startsWith("تست:"))).toBe(false);
    expect([...table].sort()).toEqual(table);
  });

  it("without a dictionary, is the fitting pairs' table alone", () => {
    const fit = [["kerry", "كيري"]] as const;
    expect(attestedTable(fit, speller, plausible)).toBe("كيري:kerry");
  });
});
