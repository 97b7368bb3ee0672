import { expect, parseSection } from "./check";
import type { AliasWords } from "./alias-keys";

/*
 * The aliasWords section (docs/index-format.md, format 9): the alias words as five JSON texts on five
 * lines (JSON.stringify writes no line break), so an English name question parses what names read (the
 * words, the sound-key groups, a matched word's speakers) and a role subject what it reads (the words and
 * their stems); nothing is built from all the words on a first question.
 */

/**
 * The alias words as English name matching reads them: the words, and their sound keys grouped as
 * candidate generation scans them (src/names/candidates.ts), so an isolate groups none of them itself.
 */
export interface NameWords {
  /** The distinct words of the aliases, in AliasWords order. */
  readonly words: readonly string[];
  /** The speakers whose aliases hold words[i], in alias rank order. */
  speakers(i: number): readonly number[];
  /** The words' distinct sound keys (arabicKey), each at its first word's place. */
  readonly keys: readonly string[];
  /** Indexes into `words` of the words whose key is keys[k], in word order. */
  keyWords(k: number): readonly number[];
}

/** NameWords over alias words held in memory (a built index, a D1 slice). */
export function nameWords(words: AliasWords): NameWords {
  const { keys, groups } = keyGroups(words);
  return { words: words.map(([w]) => w), speakers: (i) => words[i]![2], keys, keyWords: (k) => groups[k]! };
}

function keyGroups(words: AliasWords): { keys: string[]; groups: number[][] } {
  const at = new Map<string, number>();
  const groups: number[][] = [];
  words.forEach(([, key], i) => {
    let k = at.get(key);
    if (k === undefined) at.set(key, (k = groups.push([]) - 1));
    groups[k]!.push(i);
  });
  return { keys: [...at.keys()], groups };
}

const LINES = 5;

/** The section's bytes: words, speakers, stems, keys, and each key's word indexes, one JSON array a line. */
export function encodeAliasWords(words: AliasWords, encoder: TextEncoder): Uint8Array {
  const { keys, groups } = keyGroups(words);
  const lines = [words.map(([w]) => w), words.map(([, , s]) => s), words.map(([, , , stems]) => stems), keys, groups];
  return encoder.encode(lines.map((l) => JSON.stringify(l)).join("\n"));
}

/** The alias words read from the section: NameWords for names, the whole AliasWords for role subjects. */
export interface LoadedAliasWords {
  names: NameWords;
  /** Every line parsed and checked, as AliasWords (what a role subject matched by stems reads). */
  all(): AliasWords;
}

const isStrings = (v: unknown): boolean => {
  if (!Array.isArray(v)) return false;
  for (const s of v) if (typeof s !== "string") return false;
  return true;
};
const isIndexes = (v: unknown, below: number): boolean => {
  if (!Array.isArray(v)) return false;
  for (const i of v) if (!Number.isInteger(i) || i < 0 || i >= below) return false;
  return true;
};

/**
 * The alias words over the section's bytes: each line decoded and parsed when first read, its length
 * checked against the words' count, and each entry checked when read (a word's speakers below
 * `speakers`, a key's word indexes below the words' count): IndexFormatError otherwise, as for a section
 * not of five lines or a line not JSON.
 */
export function lazyAliasWords(bytes: Uint8Array, speakers: number, decoder: TextDecoder): LoadedAliasWords {
  const bounds: Array<[number, number]> = [];
  for (let from = 0; bounds.length < LINES; ) {
    const at = bytes.indexOf(0x0a, from);
    bounds.push([from, at < 0 ? bytes.length : at]);
    if (at < 0) break;
    from = at + 1;
  }
  expect(bounds.length === LINES && bounds[LINES - 1]![1] === bytes.length, `section aliasWords is not ${LINES} lines`);
  const parsed: unknown[][] = [];
  const line = (n: number, valid: (v: unknown) => boolean): unknown[] =>
    (parsed[n] ??= parseSection<unknown[]>("aliasWords", decoder.decode(bytes.subarray(...bounds[n]!)), valid));
  const sized = (n: () => number) => (v: unknown) => Array.isArray(v) && v.length === n();
  const words = () => line(0, isStrings) as string[];
  const keys = () => line(3, (v) => isStrings(v)) as string[];
  const entry = <T>(n: number, count: () => number, i: number, valid: (v: unknown) => boolean): T => {
    const v = line(n, sized(count))[i];
    expect(valid(v), `section aliasWords line ${n + 1} entry ${i} does not hold what it should`);
    return v as T;
  };
  const names: NameWords = {
    get words() {
      return words();
    },
    speakers: (i) => entry<number[]>(1, () => words().length, i, (v) => isIndexes(v, speakers)),
    get keys() {
      return keys();
    },
    keyWords: (k) => entry<number[]>(4, () => keys().length, k, (v) => isIndexes(v, words().length)),
  };
  return {
    names,
    all() {
      const ws = words();
      const stems = line(2, (v) => sized(() => ws.length)(v) && (v as unknown[]).every((g) => Array.isArray(g) && g.every(isStrings))) as string[][][];
      const key: string[] = [];
      keys().forEach((k, i) => names.keyWords(i).forEach((w) => (key[w] = k)));
      expect(ws.every((_, i) => key[i] !== undefined), "section aliasWords has a word with no key");
      return ws.map((w, i) => [w, key[i]!, names.speakers(i) as number[], stems[i]!]);
    },
  };
}
