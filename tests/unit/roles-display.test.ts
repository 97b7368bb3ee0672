import { describe, expect, it } from "vitest";
import { foldTitle } from "../../src/analysis";
import { roleTitles } from "../../src/answer/roles";
import { allRoleTitles, englishBodyName, englishRoleTitle } from "../../src/answer/roles/display";
import { NATIONS, OFFICES, ORGANISATIONS } from "../../src/answer/roles/lists";

describe("English role titles (expanded one office at a time)", () => {
  it("reads every title the closed lists give as the whole table does, the first office listed winning", () => {
    const all = allRoleTitles();
    let checked = 0;
    for (const office of OFFICES.filter((o) => !o.body)) {
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

describe("English body names (display of a speaker that is a body or country)", () => {
  it("reads every body and country of the closed lists by its own letters, hamza and spacing aside", () => {
    for (const [, arabic] of ORGANISATIONS) for (const a of arabic) expect(englishBodyName(a), a).toMatch(/^the /);
    for (const [, countries, , arCountries] of NATIONS) for (const a of arCountries) expect(englishBodyName(` ${a.replace(/أ/g, "ا")} `), a).toBeTruthy();
  });

  it("reads a body office's speakers as the body, never as its minister (folding merges وزارة and وزير)", () => {
    expect(englishBodyName("وزارة الداخلية التركية")).toBe("the Turkish interior ministry");
    expect(englishBodyName("الشرطة")).toBe("the police");
    expect(englishRoleTitle("وزير الداخلية التركي")).toBe("the Turkish interior minister");
    expect(englishBodyName("وزير الداخلية التركي")).toBeNull();
  });

  it("every government portfolio has its minister and its ministry, each read as itself", () => {
    // a portfolio whose ministry alone was listed read its minister as a transliteration before
    expect(englishRoleTitle("وزير الزراعة الأردني")).toBe("the Jordanian agriculture minister");
    expect(englishRoleTitle("وزير العدل")).toBe("the justice minister");
    expect(englishBodyName("وزارة الزراعة")).toBe("the agriculture ministry");
    expect(englishBodyName("وزير الزراعة")).toBeNull();
    for (const o of OFFICES.filter((x) => x.adj.some((a) => a.startsWith("وزارة ")))) {
      const minister = o.adj.find((a) => a.startsWith("وزارة "))!.replace("وزارة", "وزير");
      expect(englishRoleTitle(minister), minister).toMatch(/^the .*minister$/);
    }
  });

  it("never reads a person's name as a country whose letters fold alike (كيري is not كوريا)", () => {
    // foldTitle drops inner long vowels: the two fold alike, so the table must not be keyed by it
    expect(foldTitle("كيري")).toBe(foldTitle("كوريا"));
    expect(englishBodyName("كوريا")).toBe("Korea");
    expect(englishBodyName("كيري")).toBeNull();
  });
});
