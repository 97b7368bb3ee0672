/**
 * npx tsx scripts/translit/fit-initials.ts [--write]: which letters an English spelling starts with after
 * each initial alef form of the Arabic as written (أ إ آ; src/names/display.ts), from the fitting part of
 * the train split (the tuning part and the eval split are not read): the letters that start at least
 * SHARE of the spellings of the names written with that form. The model reads every alef as ا
 * (arabicLetters), so without this it spells إردوغان like اردوغان. --write puts them into
 * src/names/translit-model.json as `initials`; the same for the last letters of names ending with ة (`finals`),
 * which the model reads as ه.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { DATA } from "./data";
import { arabicLetters, latinLetters } from "../../src/names/text";

/** Least share of a form's spellings a first letter needs to be allowed (default 0.04: أ's u, as in Usama, is 0.047). */
const SHARE = 0.04;
/** The initial alef forms with a hamza or madda: the closed class whose vowel normalization loses. */
const FORMS = ["\u0623", "\u0625", "\u0622"];
/** The final letters normalization merges with another: ة (read as ه). */
const FINALS = ["\u0629"];

/**
 * One split's raw pairs [arabic as written, latinLetters english] in file order; for the train split, its
 * fitting part ("fit": nine pairs in ten) or tuning part ("tune": every 10th pair), as data.ts trainParts cuts it.
 */
export function rawPairs(split: "train" | "eval", part?: "fit" | "tune", data = DATA): Array<[string, string]> {
  return readFileSync(`${data}/translit/ar2en-${split}.txt`, "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((f) => f.length === 2)
    .map(([ar, en]) => [ar!.trim(), latinLetters(en!)] as [string, string])
    .filter(([a, e]) => arabicLetters(a) && e)
    .filter((_, i) => part === undefined || (i % 10 === 9) === (part === "tune"));
}

/**
 * For each form, the first letters (`end`: the last letters, of words ending with the form) of at least
 * `share` of its pairs' spellings, most frequent first.
 */
export function fitInitials(pairs: ReadonlyArray<readonly [string, string]>, forms = FORMS, end = false, share = SHARE): Record<string, string> {
  const out: Record<string, string> = {};
  for (const form of forms) {
    const counts = new Map<string, number>();
    const firsts = pairs.filter(([a]) => (end ? a.endsWith(form) : a.startsWith(form))).map(([, e]) => e[end ? e.length - 1 : 0]!);
    for (const c of firsts) counts.set(c, (counts.get(c) ?? 0) + 1);
    out[form] = [...counts].filter(([, n]) => n >= share * firsts.length).sort((x, y) => y[1] - x[1]).map(([c]) => c).join("");
    console.log(`${form}: ${firsts.length} names, ${[...counts].sort((x, y) => y[1] - x[1]).slice(0, 5).map(([c, n]) => `${c} ${(n / firsts.length).toFixed(3)}`).join(", ")} -> "${out[form]}"`);
  }
  return out;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fit = rawPairs("train", "fit");
  const initials = fitInitials(fit);
  const finals = fitInitials(fit, FINALS, true);
  if (process.argv.includes("--write")) {
    const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
    const model = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...model, initials, finals }));
    console.log(`wrote initials, finals -> ${path}`);
  }
}
