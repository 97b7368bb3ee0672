/**
 * Latin name words from @faker-js/faker (MIT, a devDependency: read by the fit scripts only, never by the
 * Worker): the given, middle and family names of its locales' person definitions, the display's vocabulary
 * of known words beyond the translit train split (fit-vocabulary.ts). The train split's English is mostly
 * English-language Wikipedia titles; news quotes Spanish, Portuguese, Italian, French, German, Turkish and
 * Russian names that it lacks (José, Mourinho's Portuguese given name, is not among its 11,600 fitting pairs).
 */
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { latinLetters } from "../../src/names/text";

/** Fewest letters of a kept word: shorter ones are particles and initials (de, da, van ...), not names. */
export const MIN_LETTERS = 3;

/** The person definitions of one faker locale: lists of names, or such lists by sex (generic, female, male). */
export interface PersonDefinitions {
  first_name?: unknown;
  middle_name?: unknown;
  last_name?: unknown;
}

/**
 * Russian Cyrillic as English-language news writes it (BGN/PCGN, simplified: Путин putin, Лавров lavrov,
 * Шойгу shoygu): the alphabet, a closed class. The soft and hard signs write nothing.
 */
const CYRILLIC: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m",
  н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch",
  ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya",
};

/** A Russian word in Latin letters (lower case; ий at the end as y: Дмитрий dmitry), or "" when a letter is not Russian. */
export function romanizeRussian(word: string): string {
  const w = word.toLowerCase().replace(/ий$/, "y");
  let out = "";
  for (const c of w) {
    const latin = /[a-z]/.test(c) ? c : CYRILLIC[c];
    if (latin === undefined) return "";
    out += latin;
  }
  return out;
}

/** Every string of a definition: a list, or an object of lists (by sex), nested any depth. */
function strings(x: unknown, out: string[] = []): string[] {
  if (typeof x === "string") out.push(x);
  else if (Array.isArray(x)) for (const v of x) strings(v, out);
  else if (x && typeof x === "object") for (const v of Object.values(x)) strings(v, out);
  return out;
}

/**
 * The name words of person definitions, latinLetters-normalized (José -> jose, O'Neil -> oneil): each entry
 * cut at spaces and hyphens (Ana María, Blaško-Vidosavljević), words of `MIN_LETTERS` or more. A word in
 * Latin script is kept as written; `cyrillic` reads Russian Cyrillic through romanizeRussian (other scripts are
 * skipped: their Latin spelling is a convention this file does not know).
 */
export function nameWords(person: PersonDefinitions, cyrillic = false): string[] {
  const out = new Set<string>();
  for (const entry of strings([person.first_name, person.middle_name, person.last_name])) {
    for (const raw of entry.split(/[\s\-‐–]+/)) {
      const latinScript = /^[\p{Script=Latin}'’.]+$/u.test(raw);
      const word = latinScript ? latinLetters(raw) : cyrillic && /^\p{Script=Cyrillic}+$/u.test(raw) ? romanizeRussian(raw) : "";
      if (word.length >= MIN_LETTERS) out.add(word);
    }
  }
  return [...out].sort();
}

/** faker's `allLocales` as read here: each locale's person definitions. */
export type FakerLocales = Record<string, { person?: PersonDefinitions }>;

/** The locales whose Cyrillic names are Russian (romanizeRussian's alphabet). */
export const RUSSIAN_LOCALES = ["ru"];

/**
 * The name words of the given locales (default all; Cyrillic read in RUSSIAN_LOCALES only), each with the
 * number of languages whose lists hold it (a locale's language: its name before "_", de_AT and de_CH are de).
 */
export function fakerNameWords(locales: FakerLocales, only?: readonly string[]): Map<string, number> {
  const languages = new Map<string, Set<string>>();
  for (const [name, locale] of Object.entries(locales)) {
    if (!locale.person || (only && !only.includes(name))) continue;
    const language = name.split("_")[0]!;
    for (const w of nameWords(locale.person, RUSSIAN_LOCALES.includes(name))) (languages.get(w) ?? languages.set(w, new Set()).get(w)!).add(language);
  }
  return new Map([...languages].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([w, s]) => [w, s.size]));
}

/**
 * faker's locales and the package's version, imported from `FAKER_MODULE` (a path to the package's entry:
 * the package explored outside node_modules) when set, else from the devDependency.
 */
export async function loadFaker(): Promise<{ locales: FakerLocales; version: string }> {
  const entry = process.env.FAKER_MODULE ? pathToFileURL(process.env.FAKER_MODULE).href : import.meta.resolve("@faker-js/faker");
  const mod = (await import(entry)) as { allLocales: FakerLocales };
  // the package's own package.json, the first one above its entry
  for (let dir = new URL(".", entry); dir.pathname !== "/"; dir = new URL("..", dir)) {
    const file = new URL("package.json", dir);
    if (!existsSync(file)) continue;
    const pkg = JSON.parse(readFileSync(file, "utf8")) as { name?: string; version: string };
    if (pkg.name === "@faker-js/faker") return { locales: mod.allLocales, version: pkg.version };
  }
  throw new Error(`no package.json of @faker-js/faker above ${entry}`);
}
