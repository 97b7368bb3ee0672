import { foldTitle } from "../../analysis";
import { roleTitles } from "./index";
import { NATIONS, OFFICES, ORGANISATIONS } from "./lists";

/** Folded Arabic form -> English, for bodies and countries that speak (the closed lists of lists.ts), built once. */
let bodies: Map<string, string> | undefined;
/** Folded Arabic title -> English role, every office with every nation and organisation, built once. */
let titles: Map<string, string> | undefined;

/** An organisation's English name: its first name that is not an acronym, else the acronym (FIFA). */
function orgName(english: string[]): string {
  return english.find((e) => !/^[A-Z]{2,5}$/.test(e)) ?? english[0]!;
}

function capitalized(words: string): string {
  return words.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/^Us\b/, "US");
}

function build(): void {
  bodies = new Map();
  titles = new Map();
  for (const [english, arabic] of ORGANISATIONS) for (const a of arabic) bodies.set(foldTitle(a), `the ${orgName(english)}`);
  for (const [, countries, , arCountries] of NATIONS) for (const a of arCountries) bodies.set(foldTitle(a), capitalized(countries[0]!));
  for (const office of OFFICES) {
    for (const [adjectives, , arAdj, arCountries] of NATIONS) {
      for (const t of roleTitles({ office, adjectives: arAdj, nouns: arCountries })) {
        if (!titles.has(foldTitle(t))) titles.set(foldTitle(t), `the ${capitalized(adjectives[0]!)} ${office.english[0]}`);
      }
    }
    for (const [english, arabic] of ORGANISATIONS) {
      for (const t of roleTitles({ office, adjectives: [], nouns: arabic })) {
        if (!titles.has(foldTitle(t))) titles.set(foldTitle(t), `the ${english[0]} ${office.english[0]}`);
      }
    }
  }
}

/** A body's or country's name in English when the closed lists hold it («الاتحاد الأوروبي» -> the European Union), else null. */
export function englishBodyName(arabic: string): string | null {
  if (!bodies) build();
  return bodies!.get(foldTitle(arabic)) ?? null;
}

/** A title in English when it is an office of a nation or organisation the lists hold (وزير الخارجية الإيراني -> the Iranian foreign minister), else null. */
export function englishRoleTitle(arabic: string): string | null {
  if (!titles) build();
  return titles!.get(foldTitle(arabic)) ?? null;
}
