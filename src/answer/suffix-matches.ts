import { plainWords, type SearchIndex } from "../index";
import { latinLetters, NEAR_FLOOR } from "../names";
import type { NameSlot } from "./compound-names";
import { pairScore, type NameTable } from "./names";

/*
 * The matches of a part read as a stem and a suffix (compound-names.ts NameSlot.suffix: Davutoglu as Davut
 * + oglu, Nasrallah as Nasr + allah). Arabic writes the suffix as a word of its own (داود أوغلو، نصر الله),
 * so the stem's candidates are the words written right before the suffix's word in some alias, not the
 * stem's sound-key candidates: a Turkish or Persian spelling is often far from the Arabic by key (Davud
 * DFD, داود D), and a word elsewhere could not stand side by side with the suffix anyway. Each is scored
 * as the part is: its Latin letters against the two words joined.
 */

/** Alias word -> its score, as speaker-by-names.ts reads a name word's matches. */
type Matches = Map<string, number>;

/** Per name table: each suffix word -> the words written right before it in some alias, each with the speakers writing it so. */
const before = new WeakMap<NameTable, Map<string, Map<string, number[]>>>();

/**
 * The words written right before `word` in the aliases of the speakers holding it, with those speakers
 * (not the table's speakersOf: a store's subset lists only the words of the sound keys it fetched, and a
 * stem's key may be out of every name word's reach, src/index/d1/ranked-names.ts).
 */
function wordsBefore(index: SearchIndex, t: NameTable, word: string): Map<string, number[]> {
  let memo = before.get(t);
  if (!memo) before.set(t, (memo = new Map()));
  const hit = memo.get(word);
  if (hit) return hit;
  const out = new Map<string, number[]>();
  const { speakers } = index.data.extras;
  for (const sp of t.speakersOf(word)) {
    for (const alias of [speakers[sp]!.name, ...speakers[sp]!.aliases]) {
      const ws = plainWords(alias).split(" ");
      for (let i = 1; i < ws.length; i++) {
        if (ws[i] !== word) continue;
        const held = out.get(ws[i - 1]!) ?? out.set(ws[i - 1]!, []).get(ws[i - 1]!)!;
        if (!held.includes(sp)) held.push(sp);
      }
    }
  }
  memo.set(word, out);
  return out;
}

/** The Latin spellings a part of two words is scored by as one: the question's, and its words joined when they differ (Davud + oglu). */
export function partLatin(part: NameSlot): string[] {
  const spelled = latinLetters(part.spelling);
  const joined = latinLetters(part.words.join(""));
  return part.suffix && joined !== spelled ? [spelled, joined] : [spelled];
}

/** A stem-and-suffix part's matches: the stem's and the suffix's words with their scores, and the speakers of each stem word. */
export interface SuffixPart {
  stem: Matches;
  suffix: Matches;
  /** Stem word -> the speakers that write it right before a suffix word. */
  stemSpeakers: Map<string, number[]>;
}

/**
 * The matches of a stem-and-suffix part, as two name words' would be: the suffix's Arabic words the table
 * holds (scored by the suffix's Latin), and the words before them whose pair, joined, the part's Latin
 * scores at NEAR_FLOOR or above (each with its best such score). Empty when the table holds no suffix word.
 */
export function suffixPartMatches(index: SearchIndex, t: NameTable, part: NameSlot): SuffixPart {
  const out: SuffixPart = { stem: new Map(), suffix: new Map(), stemSpeakers: new Map() };
  const latin = partLatin(part);
  for (const word of part.suffix ?? []) {
    if (!t.holds(word)) continue;
    out.suffix.set(word, pairScore(latinLetters(part.words[1]!), word));
    for (const [w, speakers] of wordsBefore(index, t, word)) {
      const s = Math.max(...latin.map((l) => pairScore(l, w + word)));
      if (s < NEAR_FLOOR) continue;
      if (s > (out.stem.get(w) ?? -Infinity)) out.stem.set(w, s);
      out.stemSpeakers.set(w, [...new Set([...(out.stemSpeakers.get(w) ?? []), ...speakers])]);
    }
  }
  return out;
}
