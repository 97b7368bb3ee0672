import { latinLetters } from "../names";

/*
 * Name suffixes that English joins to the name before them and Arabic writes as a word of their own
 * (compound-names.ts reads such a word both ways): Davutoglu is «داود أوغلو», Hassanzadeh «حسن زاده»,
 * Ahmadinejad «أحمدي نجاد», Nasrallah «نصر الله». A closed class (SUFFIXES), each entry measured on the
 * 3,361-article subset's speakers (docs/quality.md "Issue 14 session 20"): Turkish -oğlu (12 speakers,
 * Turkey's prime and foreign ministers among them), Persian -zadeh (1) and -nejad (none quoted, in the
 * text: أحمدي نجاد), and the divine name -allah/-ullah (نصر الله، ذبيح الله، هبة الله، وحد الله). Abd- and
 * Abu- names (عبد الله، أبو زيد) are prefixes, in compound-names.ts.
 */

/** A one-word compound read as its stem and the suffix's own word. */
export interface SuffixSplit {
  /** The stem in Latin letters (Davut, Nasr). */
  stem: string;
  /** The suffix in Latin letters, as the joined part is scored (oglu, allah). */
  suffix: string;
  /** The suffix's Arabic word(s), plainWords form (اوغلو، الله). */
  arabic: readonly string[];
  /** Whether the suffix marks a Turkish name (turkishSpelling applies to its words). */
  turkish: boolean;
}

/**
 * The suffixes (closed class: name suffixes Arabic news writes apart while English joins them; see above),
 * as latinLetters spells the end of the one-word compound, each with its Latin and its Arabic word. The stem keeps three letters at least (Oglu, Zadeh, Allah alone are no compounds;
 * Atallah, a two-letter stem, is left as one word).
 */
const SUFFIXES: ReadonlyArray<{ ending: RegExp; suffix: string; arabic: readonly string[]; turkish: boolean }> = [
  // Turkish "son of": Davutoğlu, Çavuşoğlu, Kılıçdaroğlu (oglou, oghlu in French and older spellings) -> أوغلو
  { ending: /^([a-z]{3,})o(?:g|gh)l(?:u|ou)$/, suffix: "oglu", arabic: ["اوغلو"], turkish: true },
  // Persian "born of": Hassanzadeh, Akhundzada -> زاده
  { ending: /^([a-z]{3,})zad(?:eh|e|ah|a)$/, suffix: "zadeh", arabic: ["زاده"], turkish: false },
  // Persian "lineage": Ahmadinejad, Ahmadinezhad -> نجاد
  { ending: /^([a-z]{3,})n(?:e|i)(?:j|zh|jh)ad$/, suffix: "nejad", arabic: ["نجاد"], turkish: false },
  // the divine name after a noun: Nasrallah, Zabihullah, Ruhollah, Hebatullah -> الله (Abdullah is a prefix compound)
  // (h dropped after u alone, Zabihulla: Camilla, Padilla are no compounds)
  { ending: /^([a-z]{3,}?)(?:[aeo]llah|ullah?)$/, suffix: "allah", arabic: ["الله"], turkish: false },
];

/** The stem and suffix of a one-word compound of a closed-class suffix (Davutoglu -> Davut, oglu), or null. */
export function splitSuffix(word: string): SuffixSplit | null {
  const e = latinLetters(word);
  for (const s of SUFFIXES) {
    const m = s.ending.exec(e);
    if (m) return { stem: m[1]![0]!.toUpperCase() + m[1]!.slice(1), suffix: s.suffix, arabic: s.arabic, turkish: s.turkish };
  }
  return null;
}

/**
 * A word of a Turkish name as Arabic writes the Arabic name it spells, or null when the same: Turkish writes
 * a final د devoiced as t (Ahmet, Mehmet, Davut, Mevlüt, Mahmut, Murat, Mesut: أحمد، محمد، داود، مولود،
 * محمود، مراد، مسعود) and ج as c (Cemil, Cevdet: جميل، جودت), which the learned model, trained on
 * Wikipedia's Arabic-English pairs, reads far off (Ahmet ~ أحمد -3.22 nats, Ahmed 5.83; Davut ~ داود -6.97,
 * Davud 1.46). Used only for the words of a name that holds a Turkish suffix (-oğlu), where the reading is
 * known to be Turkish; an English name ending in t (Kurt, Robert) is never read so.
 */
export function turkishSpelling(word: string): string | null {
  const e = latinLetters(word);
  const read = e.replace(/([aeiou])t$/, "$1d").replace(/c(?!h)/g, "j");
  return read === e ? null : read;
}
