/**
 * Name spellings a bilingual dictionary attests: the FreeDict English-Arabic lexicon (corpus/lexicon/en-ar.tsv,
 * GPL-2+, scripts/build-lexicon.ts) holds given names and places as headwords (mohammed / محمد, vladimir /
 * فلاديمير) among its common words. The pairs read here are only those a transliteration can be: a one-word
 * English headword whose only translation is one Arabic word. Whether the two spell the same name is left to
 * the learned name model (fit-speller.ts keeps a pair only at its several-word floor or above), so that
 * translations (house / بيت) fall away and transliterated loanwords stay as what they are.
 */
import { arabicLetters, latinLetters } from "../../src/names/text";
import type { Pair } from "./em";

/**
 * [latin, arabic] pairs of the dictionary's one-word, one-translation entries, normalized like readPairs, in
 * file order; `text` is the lexicon's "english TAB arabic|arabic" lines (fit-speller.ts reads corpus/lexicon/en-ar.tsv).
 */
export function dictionaryPairs(text: string): Pair[] {
  const out: Pair[] = [];
  for (const line of text.split("\n")) {
    const [en, ar] = line.split("\t");
    if (!en || !ar || !/^[a-z]+$/.test(en) || ar.includes("|") || /\s/.test(ar.trim())) continue;
    const e = latinLetters(en), a = arabicLetters(ar);
    if (e && a) out.push([e, a]);
  }
  return out;
}
