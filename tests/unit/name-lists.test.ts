import { describe, expect, it } from "vitest";
import { fakerNameWords, nameWords, romanizeRussian } from "../../scripts/translit/name-lists";

describe("Latin name words from faker's person definitions (scripts/translit/name-lists.ts)", () => {
  it("keeps Latin-script names as the model reads them: accents dropped, cut at spaces and hyphens, particles and other scripts left out", () => {
    const person = {
      first_name: { female: ["María José", "Zoë"], male: ["José", "Jürgen"] },
      last_name: ["Blaško-Vidosavljević", "D'Alessandro", "de la Cruz", "Müller"],
      middle_name: ["Ли", "Γιώργος"],
    };
    // "de" and "la" are under MIN_LETTERS; D'Alessandro reads as one word, as latinLetters reads O'Neil
    expect(nameWords(person)).toEqual(["blasko", "cruz", "dalessandro", "jose", "jurgen", "maria", "muller", "vidosavljevic", "zoe"]);
  });

  it("reads Russian Cyrillic only when asked, as English-language news writes it", () => {
    expect(romanizeRussian("Дмитрий")).toBe("dmitry");
    expect(romanizeRussian("Песков")).toBe("peskov");
    expect(romanizeRussian("Шойгу")).toBe("shoygu");
    expect(romanizeRussian("Γιώργος")).toBe("");
    const person = { last_name: { male: ["Лавров", "Путин"] } };
    expect(nameWords(person)).toEqual([]);
    expect(nameWords(person, true)).toEqual(["lavrov", "putin"]);
  });

  it("counts the languages whose lists hold a word: a locale's variants are one language", () => {
    const locales = {
      es: { person: { first_name: ["José", "Diego"] } },
      pt_BR: { person: { first_name: ["José", "Paulo"] } },
      pt_PT: { person: { first_name: ["José", "Paulo"] } },
      en: { person: { first_name: ["Josiah"] } },
      ar: { person: { first_name: ["جوزيه"] } },
      ru: { person: { last_name: ["Песков"] } },
      el: {},
    };
    const words = fakerNameWords(locales);
    expect([...words]).toEqual([["diego", 1], ["jose", 2], ["josiah", 1], ["paulo", 1], ["peskov", 1]]);
    expect([...fakerNameWords(locales, ["en"])]).toEqual([["josiah", 1]]);
  });
});
