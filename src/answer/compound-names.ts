import { latinLetters } from "../names";
import { splitSuffix, turkishSpelling } from "./name-suffixes";

/*
 * Compound name words. Arabic writes عبد + name as one word (عبدالله، عبدالعزيز) or as two (عبد الله، عبد
 * العزيز), and so does English (Abdullah, Abdulaziz; Abd al-Aziz, Abdel Fattah), each independently of the
 * other: a one-word English "Abdullah" matches no single word of «عبد الله». So a question's compound is
 * read both ways ("readings"): as one word, matched against one alias word, and as the prefix and the
 * rest, matched against two alias words side by side (speaker-by-names.ts). The prefixes are a closed
 * class (PREFIXES); أبو is there too (Abu Zuhri / ابو زهري, but ابوراس / Abu Ras), though English writes
 * it as two words far more often than Abd-. Suffixes that English joins and Arabic writes apart (Davutoglu,
 * داود أوغلو; Nasrallah, نصر الله) are read so too (name-suffixes.ts, matched by suffix-matches.ts).
 */

/** One part of a name as the question gave it: the Latin words matched (one, or a prefix and the rest) and its spelling. */
export interface NameSlot {
  /** One word (matched against one alias word), or two (against two alias words side by side). */
  readonly words: readonly string[];
  /** The question's spelling of this part, shown for the Arabic it names (Abdullah, Abd al-Fattah). */
  readonly spelling: string;
  /**
   * For a stem and a suffix (name-suffixes.ts: Davut + oglu), the suffix's Arabic words: the part matches
   * such a word and the word before it, scored as one word (the stem alone is often a name the model
   * reads far off, Davut ~ داود, or its sound key misses, Davud ~ داود).
   */
  readonly suffix?: readonly string[];
}

/** The parts of a name, read one way. */
export type NameReading = readonly NameSlot[];

/**
 * The prefixes that join the next word into one name (a closed class: Arabic name prefixes that English
 * and Arabic both write either joined or apart), as latinLetters spells them alone, and the one-word
 * compounds they open: the prefix, a vowel and an article (Abdullah, Abdelaziz, Abdillahi: Abd + al-...),
 * or the prefix, maybe a vowel, and a name opening with a consonant (Abdurrahman, a sun letter doubled for
 * the article: Abd + rahman; Abubakar: Abu + bakar). The rest must keep two letters after an article,
 * three otherwise (Abdulla is Abd + al-la; Abdou, Abdi, Abuja are no compounds).
 */
const PREFIXES: ReadonlyArray<{ alone: RegExp; shown: string; article: RegExp | null; consonant: RegExp }> = [
  { alone: /^abd$/, shown: "Abd", article: /^abd[aeiou]l([a-z]{2,})$/, consonant: /^abd[aeiou]?([b-df-hj-np-tv-z][a-z]{2,})$/ },
  { alone: /^ab(?:o?u)$/, shown: "Abu", article: /^ab(?:o?u)l([a-z]{2,})$/, consonant: /^ab(?:o?u)([b-df-hj-np-tv-z][a-z]{2,})$/ },
];

/** Compound parts of a name past which only the given and the all-flipped readings are tried (default 3: up to 8 readings, 27 in a Turkish name). */
export const MAX_COMPOUNDS = 3;

/** The prefix and the rest of a one-word compound (Abdullah -> Abd, al-lah; Abdurrahman -> Abd, rahman), or null. */
export function splitCompound(word: string): [prefix: string, rest: string] | null {
  const e = latinLetters(word);
  for (const p of PREFIXES) {
    const withArticle = p.article?.exec(e);
    if (withArticle) return [p.shown, `al-${withArticle[1]}`];
    const plain = p.consonant.exec(e);
    if (plain) {
      const rest = plain[1]!;
      return [p.shown, rest[0] === rest[1] ? rest.slice(1) : rest];
    }
  }
  return null;
}

/** Whether a word is a prefix alone (Abd, Abu), which joins the word after it. */
export const isPrefix = (word: string): boolean => PREFIXES.some((p) => p.alone.test(latinLetters(word)));

/**
 * The readings of a name's words (joinArticles done: Abdel Fattah is Abd, al-Fattah), the given one first:
 * every compound part (a one-word compound, or a prefix alone and the word after it) as given and the
 * other way (Abdullah as Abd + al-lah; Abd + al-Fattah as Abdalfattah; Davutoglu as Davut + oglu,
 * name-suffixes.ts), every combination of the first `max` parts read more than one way, and all read the
 * first other way. In a name holding a Turkish suffix, every word is also read in its Arabic spelling
 * (turkishSpelling: Ahmet as Ahmed, Davutoglu as Davud + oglu). A name without a compound has one reading,
 * its words one per slot.
 */
export function compoundReadings(names: readonly string[], max = MAX_COMPOUNDS): NameReading[] {
  const turkish = names.some((w) => splitSuffix(w)?.turkish);
  const ways: NameSlot[][] = [];
  for (let k = 0; k < names.length; k++) {
    const w = names[k]!;
    if (isPrefix(w) && k + 1 < names.length) {
      const next = names[++k]!;
      ways.push([{ words: [w, next], spelling: `${w} ${next}` }, { words: [`${w}${next.replace(/-/g, "")}`], spelling: `${w} ${next}` }]);
      continue;
    }
    ways.push([{ words: [w], spelling: w }, ...otherWays(w, turkish)]);
  }
  const many = ways.flatMap((o, k) => (o.length > 1 ? [k] : []));
  const given = ways.map((o) => o[0]!);
  if (!many.length) return [given];
  const tried = many.slice(0, max);
  let out: NameSlot[][] = [given];
  for (const k of tried) out = out.flatMap((r) => ways[k]!.map((slot) => r.map((s, j) => (j === k ? slot : s))));
  if (many.length > max) out.push(ways.map((o) => o[1] ?? o[0]!));
  return out;
}

/** The other readings of one word: a prefix or suffix compound split, and in a Turkish name its Arabic spelling. */
function otherWays(w: string, turkish: boolean): NameSlot[] {
  const prefixed = splitCompound(w);
  if (prefixed) return [{ words: prefixed, spelling: w }];
  const suffixed = splitSuffix(w);
  if (suffixed) {
    const { stem, suffix, arabic } = suffixed;
    const read = turkish ? turkishSpelling(stem) : null;
    return [stem, ...(read ? [read] : [])].map((s) => ({ words: [s, suffix], spelling: w, suffix: arabic }));
  }
  const read = turkish ? turkishSpelling(w) : null;
  return read ? [{ words: [read], spelling: w }] : [];
}

/** The Arabic suffix words of a name's readings (none without a suffix compound): a store fetches their speakers whole. */
export const suffixWords = (names: readonly string[]): string[] => [...new Set(compoundReadings(names).flatMap((r) => r.flatMap((s) => s.suffix ?? [])))];

/** A reading's Latin words, in order (what the name table matches). */
export const readingWords = (reading: NameReading): string[] => reading.flatMap((s) => s.words);
