/**
 * npx tsx scripts/translit/display-rates.ts [--eval]: the displayed spelling (src/names/display.ts) against
 * the speller's word() of the normalized letters, on the tuning part of the train split (--eval: the held-out
 * eval split), exact and one letter off, over all names and over the two groups display.ts changes: names
 * written with the bare article ال (compared without it: the data's English mostly drops al-, so "al-" and a
 * leading al or el are taken off both sides), names starting with أ إ آ and names ending with ة; and names
 * holding an Arabic-only letter (vowels.ts ARABIC_ONLY, the words whose short vowels the shape table weighs;
 * --no-vowels: the speller without that table); and names that fit an Arabic pattern (patterns.ts;
 * --no-patterns: the speller without them, origin.ts). --held-in (with --eval): the speller with the tuning
 * part's spellings (ModelFile.heldIn), as the shipped display (latinSpeller()) has them.
 */
import { readFileSync } from "node:fs";
import { keyDistance } from "../../src/analysis";
import { LatinSpeller } from "../../src/names/latin";
import { AttestedSpellings } from "../../src/names/attested";
import type { ModelFile } from "../../src/names/model";
import { rawPairs } from "./fit-initials";
import { ARABIC_ONLY } from "../../src/names/vowels";
import { arabicLetters } from "../../src/names/text";
import { fitPattern } from "../../src/names/patterns";

/** A bare-article word's spelling and English without the article, or both as they are. */
function compared(raw: string, latin: string, english: string): [string, string] {
  if (!/^\u0627\u0644/.test(raw)) return [latin.replace(/-/g, ""), english];
  const off = (s: string) => s.replace(/^(al-?|el)/, "");
  return [off(latin), off(english)];
}

/** [exact, one letter off] shares of `spell` over raw pairs [arabic as written, english] (fit-vowels.ts tunes on it). */
export function displayRates(pairs: ReadonlyArray<[string, string]>, spell: (raw: string) => string): [number, number] {
  const d = pairs.map(([a, e]) => keyDistance(...compared(a, spell(a), e), 1));
  return [d.filter((x) => x === 0).length / (pairs.length || 1), d.filter((x) => x <= 1).length / (pairs.length || 1)];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const model = JSON.parse(readFileSync(new URL("../../src/names/translit-model.json", import.meta.url), "utf8")) as ModelFile;
  // --held-in: with the tuning part's spellings (ModelFile.heldIn) as the shipped display has them; for the eval split only
  const heldIn = process.argv.includes("--held-in") && model.heldIn ? new AttestedSpellings(model.heldIn) : null;
  if (heldIn && !process.argv.includes("--eval")) console.warn("--held-in on the tuning part measures the table against its own pairs");
  const speller = new LatinSpeller(model, { heldIn, ...(process.argv.includes("--no-vowels") ? { vowels: null } : {}), ...(process.argv.includes("--no-patterns") ? { patterns: null } : {}) });
  const pairs = process.argv.includes("--eval") ? rawPairs("eval") : rawPairs("train", "tune");
  const groups: Array<[string, Array<[string, string]>]> = [
    ["all", pairs],
    ["bare article ال", pairs.filter(([a]) => /^\u0627\u0644/.test(a))],
    ["initial أ إ آ", pairs.filter(([a]) => /^[\u0623\u0625\u0622]/.test(a))],
    ["final ة", pairs.filter(([a]) => /\u0629$/.test(a))],
    ["Arabic-only letter", pairs.filter(([a]) => ARABIC_ONLY.test(arabicLetters(a)))],
    ["fits a pattern", pairs.filter(([a]) => fitPattern(arabicLetters(a), a.startsWith("\u0627\u0644")))],
  ];
  const fmt = ([x, y]: [number, number]) => `${x.toFixed(3)} / ${y.toFixed(3)}`;
  for (const [name, ps] of groups) {
    console.log(`${name} (${ps.length}): word() ${fmt(displayRates(ps, (a) => speller.word(a)))}, display ${fmt(displayRates(ps, (a) => speller.display(a)))}`);
  }
}
