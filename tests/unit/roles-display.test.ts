import { describe, expect, it } from "vitest";
import { foldTitle } from "../../src/analysis";
import { roleTitles } from "../../src/answer/roles";
import { allRoleTitles, englishRoleTitle } from "../../src/answer/roles/display";
import { NATIONS, OFFICES, ORGANISATIONS } from "../../src/answer/roles/lists";

describe("English role titles (expanded one office at a time)", () => {
  it("reads every title the closed lists give as the whole table does, the first office listed winning", () => {
    const all = allRoleTitles();
    let checked = 0;
    for (const office of OFFICES) {
      const titles = [
        ...NATIONS.flatMap(([, , arAdj, arCountries]) => roleTitles({ office, adjectives: arAdj, nouns: arCountries })),
        ...ORGANISATIONS.flatMap(([, arabic]) => roleTitles({ office, adjectives: [], nouns: arabic })),
      ];
      for (const t of titles) {
        expect(englishRoleTitle(t), t).toBe(all.get(foldTitle(t)));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it("gives null for a title the lists do not hold", () => {
    expect(englishRoleTitle("مدير مطار الجوف")).toBeNull();
    expect(englishRoleTitle("")).toBeNull();
  });
});
