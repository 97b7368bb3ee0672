import type { NamePick } from "../index";
import { knownName, nameSoundKeys, nearCount, nearWitness, wordMatches, wordsTable } from "./names";

/*
 * Which alias words an English name lookup fetches (docs/archive.md "Speaker lookup by SQL", English
 * subjects), so that speakerByNames and closestSpeakers (names.ts, closest.ts) answer over the fetched
 * rows as over the whole table, and a full name's common words (Abdullah, Ahmed: hundreds of aliases,
 * thousands of candidate words) are neither all scored nor all fetched.
 *
 * Both read a list of name words and name only a speaker that holds, for every name word, a word it
 * matches (wordMatches: at NEAR_FLOOR or above; closestSpeakers in the speaker's own name, which is one
 * of its aliases). So for a list of several words, the part with the fewest near candidate words ("rare") is
 * matched over every candidate, and every alias of every speaker holding one of its matches is fetched
 * ("holders"): the speakers either can name are among those, each with all its words. The other parts
 * are matched, when answering, over the fetched words only; what they match there is what they match
 * over the whole table among those speakers' words, provided the matching reaches as far: it scores the
 * far ring only when no near word reaches WORD_FLOOR over the whole table, so such a near word
 * ("witness", found here in a few scores for a common name) is listed with no alias ("bare"). A part
 * that is a well-known name (KNOWN_NAMES, which read every match's score) and a list of one word are
 * matched as before: every alias of every word they match is fetched ("words"). The sound keys are
 * fetched in two steps: every part's near ring first (a few hundred keys a word, against about 3,400 for
 * the whole reach of a four-class word), then the rarest part's whole reach (and a part's with no
 * witness), so a common part's far ring is neither fetched nor scored.
 */

/**
 * The sound keys to fetch first for these lists of name words (every list a caller may read: a
 * subject's name words, without an honorific): every key of a list of one word and of a well-known name,
 * the near ring's alone of the other parts (the rarest part's far ring is fetched once it is known).
 */
export function firstSoundKeys(lists: ReadonlyArray<readonly string[]>): string[] {
  const out = new Set<string>();
  for (const list of lists) {
    const parts = new Set(list);
    for (const p of parts) for (const k of nameSoundKeys(p, parts.size > 1 && !knownName(p))) out.add(k);
  }
  return [...out];
}

/**
 * What to fetch for these lists, given the alias words of the sound keys fetched so far ([word, sound
 * key]; `fetched`: whether every key of a part's reach is among them): see above; or the keys still
 * needed (the rarest part's far ring, and a part's whose near ring has no witness). The rarest part is
 * the one with the fewest near-ring words, which the first keys hold, so it is the same on both calls.
 * Each part of each list is then matched exactly as over the whole table.
 */
export function pickNameWords(lists: ReadonlyArray<readonly string[]>, words: ReadonlyArray<readonly [word: string, key: string]>, fetched: (part: string) => boolean = () => true): NamePick | { more: string[] } {
  const t = wordsTable(words);
  const whole = new Set<string>();
  const holders = new Set<string>();
  const bare = new Set<string>();
  const more = new Set<string>();
  const all = (english: string, into: Set<string>) => {
    for (const w of wordMatches(t, english).keys()) into.add(w);
  };
  for (const list of lists) {
    const parts = [...new Set(list)];
    if (parts.length < 2) {
      for (const p of parts) all(p, whole);
      continue;
    }
    const counts = new Map(parts.map((p) => [p, nearCount(t, p)]));
    const rare = parts.reduce((a, b) => (counts.get(b)! < counts.get(a)! ? b : a));
    if (!fetched(rare)) for (const k of nameSoundKeys(rare)) more.add(k);
    else all(rare, holders);
    for (const p of parts) {
      if (p === rare) continue;
      if (knownName(p)) all(p, whole);
      else {
        const w = nearWitness(t, p);
        if (w !== undefined) bare.add(w);
        else if (!fetched(p)) for (const k of nameSoundKeys(p)) more.add(k);
      }
    }
  }
  if (more.size) return { more: [...more] };
  return { words: [...whole], holders: [...holders], bare: [...bare].filter((w) => !whole.has(w) && !holders.has(w)) };
}
