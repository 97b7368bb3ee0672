import { stripMarks } from "./arabic";
/**
 * Sound keys: a name written in Arabic letters and the same name in Latin letters get the same key,
 * a string of consonant classes (vowels and the weak letters ا و ي dropped, repeats folded):
 *
 *   B  ب b p          F  ف f v w ph (and و starting a word)   K  ك ق غ ج خ گ g k q c j gh kh x
 *   S  س ص ش ز ظ ث ذ  s z sh (and c before e i y)            T  ت ط t th   D  د ض d dh
 *   R  ر r   L  ل l   M  م m   N  ن n   H  ه ح h   Y  ي y starting a word
 *
 * "ch", "tch" and "tsh" are T+S, as Arabic writes تش (Richard ريتشارد, Gorbachev غورباتشوف); since Arabic
 * also writes ش alone (Chicago شيكاغو), lookups also try the key with T+S read as S (tsVariants).
 * Merkel and ميركل are both MRKL; Vladimir and فلاديمير are both FLDMR.
 */
const ARABIC: Record<string, string> = {
  "\u0628": "B", "\u067E": "B",
  "\u0641": "F", "\u06A4": "F",
  "\u0643": "K", "\u0642": "K", "\u063A": "K", "\u062C": "K", "\u062E": "K", "\u06AF": "K",
  "\u0633": "S", "\u0635": "S", "\u0634": "S", "\u0632": "S", "\u0638": "S", "\u062B": "S", "\u0630": "S",
  "\u062A": "T", "\u0637": "T",
  "\u062F": "D", "\u0636": "D",
  "\u0631": "R", "\u0644": "L", "\u0645": "M", "\u0646": "N",
  "\u0647": "H", "\u062D": "H",
};

/** The sound key of an Arabic word (normalized or not); the article ال is stripped first. */
export function arabicKey(word: string): string {
  let w = stripMarks(word);
  if (/^\u0627\u0644/.test(w) && w.length > 4) w = w.slice(2);
  let out = "";
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    let k = ARABIC[c];
    if (!k && i === 0 && c === "\u0648") k = "F";
    if (!k && i === 0 && c === "\u064A") k = "Y";
    if (c === "\u0629") k = undefined; // taa marbuta ends a word, it is not a t
    if (k && !out.endsWith(k)) out += k;
  }
  return out;
}

/** Keys that differ from this one only by a T before an S (ch is تش or ش: Chicago شيكاغو, Chad تشاد). */
export function tsVariants(key: string): string[] {
  const out = new Set<string>();
  out.add(key.replace(/TS/g, "S"));
  out.add(key.replace(/(?<!T)S/g, "TS"));
  out.delete(key);
  return [...out];
}

const LATIN_DIGRAPHS: Array<[RegExp, string]> = [
  [/tch|tsh|ch/g, "TS"],
  [/sch|sh|zh|ts/g, "S"],
  [/ph/g, "F"],
  [/th/g, "T"],
  [/dh/g, "D"],
  [/kh|gh|ck|qu/g, "K"],
  [/x/g, "KS"],
  [/c(?=[eiy])/g, "S"],
];
const LATIN: Record<string, string> = {
  b: "B", p: "B", f: "F", v: "F", w: "F", k: "K", q: "K", g: "K", j: "K", c: "K",
  s: "S", z: "S", t: "T", d: "D", r: "R", l: "L", m: "M", n: "N", h: "H",
};

/** The sound key of a Latin word. */
export function latinKey(word: string, innerH = false): string {
  let w = word.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z]/g, "");
  const initialY = w.startsWith("y");
  // w is a vowel unless a vowel follows it (Bowl, Elway); h after a vowel is silent unless a vowel follows (John);
  // `innerH` (default false): silent only at the end (Sarah), read before a consonant (Ahmed, Mahmoud: ح، ه)
  w = w.replace(/w(?![aeiouy])/g, "u").replace(innerH ? /(?<=[aeiouy])h$/g : /(?<=[aeiouy])h(?![aeiouy])/g, "");
  // ng before a consonant is a plain n (Washington واشنطن); at the end Arabic keeps it (نغ)
  w = w.replace(/ng(?=[^aeiouy])/g, "n");
  for (const [re, to] of LATIN_DIGRAPHS) w = w.replace(re, to);
  let out = initialY ? "Y" : "";
  for (const c of w) {
    const k = c >= "A" && c <= "Z" ? c : LATIN[c];
    if (k && !out.endsWith(k)) out += k;
  }
  return out;
}

/** Edit distance between two keys, stopping early past `max`. */
export function keyDistance(a: string, b: string, max = 2): number {
  const n = a.length, m = b.length;
  if (Math.abs(n - m) > max) return max + 1;
  // two rows swapped, kept between calls (an English name's candidates scan thousands of keys on a cold isolate)
  if (rows[0]!.length <= m) rows = [new Int32Array(2 * m + 2), new Int32Array(2 * m + 2)];
  let [prev, cur] = rows as [Int32Array, Int32Array];
  for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    const c = a.charCodeAt(i - 1);
    cur[0] = i;
    let best = i;
    for (let j = 1; j <= m; j++) {
      let v = prev[j]! + 1;
      const insert = cur[j - 1]! + 1;
      if (insert < v) v = insert;
      const change = prev[j - 1]! + (c === b.charCodeAt(j - 1) ? 0 : 1);
      if (change < v) v = change;
      cur[j] = v;
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return prev[m]!;
}
let rows: [Int32Array, Int32Array] = [new Int32Array(32), new Int32Array(32)];

/** The consonant classes a key is written in. */
export const KEY_CLASSES = "BFKSTDRLMNHY";

/**
 * Every key one edit (a class deleted, changed or inserted) from this one that keeps its first class:
 * with a hash of the corpus keys, a lookup of these replaces a scan with keyDistance.
 */
export function keyNeighbors(key: string): string[] {
  const out = new Set<string>();
  addEdits(key, out);
  out.delete(key);
  return [...out].filter((k) => k.length > 0 && k[0] === key[0]);
}

/** How far two keys may be apart and still be the same name: none below 4 classes, one from 4 on. */
export function allowedDistance(key: string): number {
  return key.length >= 4 ? 1 : 0;
}

/** Adds every key one edit (a class deleted, changed or inserted) from `key` to `out`, `key` itself included. */
function addEdits(key: string, out: Set<string>): void {
  out.add(key);
  for (let i = 0; i <= key.length; i++) {
    const head = key.slice(0, i);
    const rest = key.slice(i + 1);
    if (i < key.length) out.add(head + rest);
    for (let c = 0; c < KEY_CLASSES.length; c++) {
      out.add(head + KEY_CLASSES[c] + key.slice(i));
      if (i < key.length) out.add(head + KEY_CLASSES[c] + rest);
    }
  }
}

/**
 * Every key within `max` edits of `key` (keyDistance <= max; max 0 to 2) that arabicKey can write: no
 * class twice in a row, Y first only. So the words whose key is one of these are exactly those a scan
 * with keyDistance(key, wordKey, max) keeps: what a store that indexes words by key fetches for a name
 * (about 3,400 keys for a key of four classes at distance 2, about 100 at distance 1).
 */
export function keysWithin(key: string, max: number): string[] {
  let keys = new Set<string>([key]);
  for (let d = 0; d < max; d++) {
    const next = new Set<string>();
    for (const k of keys) addEdits(k, next);
    keys = next;
  }
  return [...keys].filter((k) => !/(.)\1|.Y/.test(k));
}
