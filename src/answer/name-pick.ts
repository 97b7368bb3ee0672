import { reachName, type NamePick, type SoundReach } from "../index";
import { NAME_THRESHOLD } from "../names";
import { candidateWords, knownName, nameReach, nearWitness, wordMatches, wordsTable, type NameTable } from "./names";

/*
 * Which alias words an English name lookup fetches (docs/archive.md "Speaker lookup by SQL", English
 * subjects), so that speakerByNames and closestSpeakers (names.ts, closest.ts) answer over the fetched
 * rows as over the whole table, and a full name's common words (Abdullah, Ahmed: hundreds of aliases,
 * thousands of candidate words) are neither all scored nor all fetched.
 *
 * Both read a list of name words and name only a speaker that holds, for every name word, a word it
 * matches (wordMatches: at NEAR_FLOOR or above; closestSpeakers in the speaker's own name, which is one
 * of its aliases). So for a list of several words, the part with the fewest near candidate words
 * ("rare") is matched over every candidate, and every alias is fetched of every speaker that holds one
 * of its matches and, for each other part, one of the candidates that part's matching reads ("holders",
 * a list of word groups): the speakers either can name are among those, each with all its words. The
 * parts are matched, when answering, over those speakers' words; what a part matches there is what it
 * matches over the whole table among them, provided the matching reaches as far: it scores the far
 * ring only when no near word reaches WORD_FLOOR over the whole table, so such a near word ("witness",
 * found here in a few scores for a common name) is listed with no alias ("bare"), and a part's group is
 * its near ring then, its whole reach otherwise. A list holding a well-known name (KNOWN_NAMES, whose
 * match reads every match's score) and a list of one word are matched as before: every alias of every
 * word they match ("words"). The sound keys are fetched in two steps: every part's near ring first (a
 * few hundred keys a word, against about 3,400 for the whole reach of a four-class word), then the
 * whole reach of a part whose near ring has no witness (the rarest part's too: with a witness its
 * matches are near-ring words, which the first step holds), so a far ring is fetched and scored only
 * when the matching would score it.
 */

/**
 * The sound keys to fetch first for these lists of name words (every list a caller may read: a
 * subject's name words, without an honorific), as reaches: every key of a list of one word and of a
 * well-known name, the near ring's alone of the other parts (the rarest part's far ring is fetched once
 * it is known).
 */
export function firstReach(lists: ReadonlyArray<readonly string[]>): SoundReach[] {
  const out = new Map<string, SoundReach>();
  for (const list of lists) {
    const parts = new Set(list);
    for (const p of parts) for (const r of nameReach(p, parts.size > 1 && !knownName(p))) out.set(reachName(r), r);
  }
  return [...out.values()];
}

/**
 * What to fetch for these lists, given the alias words of the sound keys fetched so far ([word, sound
 * key]; `fetched`: whether every key of a part's reach is among them): see above; or the reaches still
 * needed (the far ring of a part whose near ring has no witness). The rarest part is the one with the
 * fewest near-ring words, which the first keys hold, so it is the same on both calls.
 * Each part of each list is then matched exactly as over the whole table.
 */
export function pickNameWords(lists: ReadonlyArray<readonly string[]>, words: ReadonlyArray<readonly [word: string, key: string]>, fetched: (part: string) => boolean = () => true, byThreshold = false): NamePick | { more: SoundReach[] } {
  const t = wordsTable(words);
  const whole = new Set<string>();
  const holders: string[][][] = [];
  const bare = new Set<string>();
  const more = new Map<string, SoundReach>();
  // a part shared by several lists (a compound's readings: Abdullah bin Saud as Abdullah and as Abd al-lah,
  // bin and Saud in each) is looked at once: its candidates and witness depend on the part alone
  const nearOf = memo((p: string) => candidateWords(t, p, true));
  const reachOf = memo((p: string) => candidateWords(t, p, false));
  const witnessOf = memo((p: string) => nearWitness(t, p));
  const want = (part: string) => {
    for (const r of nameReach(part)) more.set(reachName(r), r);
  };
  for (const list of lists) {
    const parts = [...new Set(list)];
    // one word, or a well-known name among them (its matches read every match's score): every alias of every match
    if (parts.length < 2 || parts.some(knownName)) {
      for (const p of parts) {
        if (byThreshold && list.length === 1 && !knownName(p)) oneWord(t, p, whole, bare);
        else for (const w of wordMatches(t, p).keys()) whole.add(w);
      }
      continue;
    }
    const rare = parts.reduce((a, b) => (nearOf(b).length < nearOf(a).length ? b : a));
    const groups = parts.map((p) => {
      const witness = witnessOf(p);
      if (witness !== undefined) bare.add(witness);
      // a witness stops the matching at the near ring: then the near ring is all it reads, else the whole reach
      if (witness === undefined && !fetched(p)) want(p);
      // the rarest part: its matches; another: the candidates its matching reads
      if (p === rare) return [...wordMatches(t, p).keys()];
      return witness !== undefined ? nearOf(p) : reachOf(p);
    });
    holders.push(groups);
  }
  if (more.size) return { more: [...more.values()] };
  return { words: [...whole], holders, bare: [...bare].filter((w) => !whole.has(w)) };
}

/**
 * A name of one word as the very reading the answer looks up (byThreshold): speakerByNames names a
 * speaker by its matches at NAME_THRESHOLD alone, so the aliases of those are fetched, and the near word
 * that stops its matching at the near ring (if any) is listed bare, so that it reaches as far as over
 * the whole table. Its looser matches ("did you mean") come with closestKeys, which StoreEngine fetches
 * when the name is found by nobody (SpeakerKeys.narrow).
 */
function oneWord(t: NameTable, part: string, whole: Set<string>, bare: Set<string>): void {
  for (const [w, score] of wordMatches(t, part)) if (score >= NAME_THRESHOLD) whole.add(w);
  const witness = nearWitness(t, part);
  if (witness !== undefined) bare.add(witness);
}

/** A function of a name part, computed once a part (the cache lives as long as the returned function). */
function memo<T>(f: (part: string) => T): (part: string) => T {
  const seen = new Map<string, T>();
  return (part) => {
    if (!seen.has(part)) seen.set(part, f(part));
    return seen.get(part)!;
  };
}
