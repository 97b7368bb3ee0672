import { arabicKey, foldTitle, nameKey } from "../analysis";

/**
 * What speaker lookup computes over the alias table, computed once at build time (index section
 * `aliasKeys`, docs/index-format.md), so an isolate's first speaker question reads it instead of
 * folding 17,000 aliases and keying 9,000 words (the 3,361-article set) before it can answer.
 */
export interface AliasKeys {
  /** foldTitle of each alias of Extras.aliases(), in the same order. */
  folded: string[];
  /** nameKey of each alias of Extras.aliases(), in the same order. */
  near: string[];
  /**
   * Every distinct word of the aliases (split on spaces) in first-seen order, with its sound key
   * (arabicKey, for English name candidates) and the speakers whose aliases hold it, in alias rank order.
   */
  words: Array<[word: string, key: string, speakers: number[]]>;
}

/** The keys of an alias table ranked as Extras.aliases() returns it. */
export function aliasKeys(aliases: ReadonlyArray<readonly [alias: string, speaker: number]>): AliasKeys {
  const folded: string[] = [];
  const near: string[] = [];
  const words = new Map<string, number[]>();
  for (const [alias, speaker] of aliases) {
    folded.push(foldTitle(alias));
    near.push(nameKey(alias));
    for (const w of alias.split(" ")) {
      const list = words.get(w) ?? words.set(w, []).get(w)!;
      if (!list.includes(speaker)) list.push(speaker);
    }
  }
  return { folded, near, words: [...words].map(([w, speakers]) => [w, arabicKey(w), speakers]) };
}

/** True when a parsed value has the shape of AliasKeys, every speaker id below `speakers`. */
export function isAliasKeys(v: unknown, speakers: number): v is AliasKeys {
  if (typeof v !== "object" || v === null) return false;
  const k = v as AliasKeys;
  const strings = (a: unknown) => Array.isArray(a) && a.every((s) => typeof s === "string");
  return (
    strings(k.folded) && strings(k.near) && k.folded.length === k.near.length && Array.isArray(k.words) &&
    k.words.every((e) => Array.isArray(e) && typeof e[0] === "string" && typeof e[1] === "string" && Array.isArray(e[2]) &&
      e[2].every((s) => Number.isInteger(s) && s >= 0 && s < speakers))
  );
}
