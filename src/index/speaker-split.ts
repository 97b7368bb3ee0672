import { bareNoun, compoundKey, nameKey, normalizeArabic } from "../analysis";

/*
 * Which spellings of one name key are one name (docs/quality.md "Issue 13 session 19"). The name key
 * drops long vowels, so عوض and عايض، محمد and محمود، سعيد and سعود share one; so do ديمتري and دميتري,
 * الأميركية and الأمريكية. Speakers are keyed by their name as written (speakerKey) and merged by name
 * key (mergeGroup) only between spellings that sameName takes for one name.
 */

/** Options of sameName; every one has its default. */
export interface SameNameOptions {
  /**
   * A word this short or shorter (letters, without ال) is a name whose long vowels make another name
   * (سعد / سعيد / سعود، حسن / حسين، عوض / عايض، محمد / محمود). Default 4: fit on 223 labelled pairs of
   * spellings from the SaudiNewsNet archive (tests/fixtures/quotes/speaker-split-pairs.tsv, tune part).
   */
  shortWord?: number;
}

/** A statement's speaker key: its name as written, normalized (one key per spelling). Unnamed sources are keyed by the caller. */
export function speakerKey(name: string): string {
  return normalizeArabic(name).trim().split(/\s+/).join(" ");
}

/** The key speakers are merged under: the name key, with a compound «عبد X» written as one word; an unnamed source's key as it is. */
export function mergeGroup(key: string): string {
  return key.includes("\u0000") ? key : compoundKey(nameKey(key));
}

/** A name normalized with each compound «عبد X» written as one word (عبد الرحمن -> عبدالرحمن), as compoundKey keys it. */
export function joinedCompounds(name: string): string {
  return normalizeArabic(name).split(/\s+/).reduce<string[]>((out, w) => {
    const prev = out.at(-1);
    if (prev !== undefined && /^[وف]?عبد$/.test(prev)) out[out.length - 1] = prev + w;
    else out.push(w);
    return out;
  }, []).join(" ");
}

/**
 * Whether two spellings of one merge group name one person: word by word, every word that differs is
 * a spelling of the same word. Two words are two names when more than one letter apart (عوض / عايض,
 * نايف / نواف), or when the shorter, without ال, has `shortWord` letters or fewer (محمد / محمود,
 * سعد / سعيد), unless the letter added doubles its neighbour (داود / داوود، يلين / ييلين).
 */
export function sameName(a: string, b: string, { shortWord = 4 }: SameNameOptions = {}): boolean {
  const x = joinedCompounds(a).split(" ");
  const y = joinedCompounds(b).split(" ");
  if (x.length !== y.length) return x.join("") === y.join("");
  return x.every((u, i) => u === y[i] || sameWord(bareNoun(u), bareNoun(y[i]!), shortWord));
}

/**
 * The spellings of one merge group in clusters of one name each: clusterSpellings(names)[i] is the
 * index of the first spelling of i's cluster. Spellings join when sameName, transitively (a spelling
 * between two others joins all three: جيورجيوس، جورجيوس، جورجوس).
 */
export function clusterSpellings(names: readonly string[], options?: SameNameOptions): number[] {
  const parent = names.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  for (let j = 1; j < names.length; j++) {
    for (let i = 0; i < j; i++) {
      if (root(i) === root(j) || !sameName(names[i]!, names[j]!, options)) continue;
      // the earlier root stays the root: a cluster is named by its first spelling
      const [a, b] = [root(i), root(j)].sort((x, y) => x - y);
      parent[b!] = a!;
    }
  }
  return names.map((_, i) => root(i));
}

function sameWord(u: string, v: string, shortWord: number): boolean {
  if (doubledLetter(u, v)) return true;
  return Math.min(u.length, v.length) > shortWord && oneEditApart(u, v);
}

/** True when the longer word is the shorter with one letter doubled (داود / داوود). */
function doubledLetter(u: string, v: string): boolean {
  const [short, long] = u.length < v.length ? [u, v] : [v, u];
  if (long.length !== short.length + 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  return long.slice(i + 1) === short.slice(i) && (long[i - 1] === long[i] || long[i + 1] === long[i]);
}

/**
 * Whether two words are at most one letter apart (one letter added, dropped or changed, or two adjacent
 * letters swapped): نتانياهو and نتنياهو, بارزاني and برازاني are; عايد and عواد (one name key, since keys drop
 * long vowels) are not.
 */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  // after the first difference the rest must agree once one letter is skipped on one side or both, or two are swapped
  const swapped = a.length === b.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1);
}
