import { describe, expect, it } from "vitest";
import { latinName } from "../../src/answer/names";
import { officeOnly } from "../../src/answer/office-display";
import { plainWords, type SearchIndex } from "../../src/index";
import type { SpeakerRecord } from "../../src/index/records";

/** An index holding only speaker records and their alias words (what latinName and officeOnly read). */
function withSpeakers(list: Array<[name: string, person: boolean]>): SearchIndex {
  const speakers: SpeakerRecord[] = list.map(([name, person], i) => ({ id: `sp_${i}`, name, title: null, person, aliases: [name], statements: 1 }));
  const holders = new Map<string, number[]>();
  speakers.forEach((s, i) => plainWords(s.name).split(" ").forEach((w) => (holders.get(w) ?? holders.set(w, []).get(w)!).push(i)));
  const words = [...holders.keys()];
  const nameWords = () => ({ words, speakers: (i: number) => holders.get(words[i]!)!, keys: [], keyWords: () => [] });
  return { data: { extras: { speakers, nameWords } } } as unknown as SearchIndex;
}
/** The speakers whose aliases hold a word, as latinName reads them. */
const holdersOf = (index: SearchIndex) => (w: string) => {
  const names = index.data.extras.nameWords();
  const i = names.words.indexOf(w);
  return i < 0 ? [] : names.speakers(i);
};

describe("speakers named by an office or a source (src/answer/office-display.ts)", () => {
  const index = withSpeakers([
    ["وزير الشؤون البرلمانية", false], // an office the lists do not hold
    ["مصدر حكومي", false],
    ["مصادر حكومية", false],
    ["مسؤول حكومي", false],
    ["نادر حكومي", true], // one person whose family name the sources' adjective happens to be
    ["العقيد البلوشي", false], // a rank and a family name the corpus's persons carry
    ["سالم البلوشي", true],
    ["وزير الزراعة الأردني", false], // an office the lists hold
    ["هاني فارس", true],
  ]);

  it("keeps the Arabic of an office or source the lists cannot put in English", () => {
    expect(officeOnly(index, 0, holdersOf(index))).toBe(true);
    expect(latinName(index, 0)).toBe("وزير الشؤون البرلمانية");
    // حكومي ends one person's name but stands in more sources' aliases: not a family name
    expect(officeOnly(index, 1, holdersOf(index))).toBe(true);
    expect(latinName(index, 3)).toBe("مسؤول حكومي");
  });

  it("spells a name that holds a family name of the corpus's persons, and reads a listed office in English", () => {
    expect(officeOnly(index, 5, holdersOf(index))).toBe(false);
    expect(latinName(index, 5)).toMatch(/^[A-Z][a-z]+-?[A-Za-z-]* [a-z]+-[A-Z]/); // Latin letters, the article as al-
    expect(latinName(index, 7)).toBe("the Jordanian agriculture minister");
    expect(officeOnly(index, 8, holdersOf(index))).toBe(false); // a person
    expect(latinName(index, 8)).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });
});
