/**
 * End-to-end English names: a corpus generated from the tuning part of the train split and one from the eval split of ../shared/data/translit/, one
 * short article per Arabic name quoting that person, four in five of the names in the corpus and the
 * fifth left out. "What did <Name> say?" goes through the answer engine: a name in the corpus must get
 * that speaker first, a name left out must get found:false.
 */
import { readFileSync } from "node:fs";
import { answer } from "../../src/answer";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { arabicLetters, latinLetters } from "../../src/names";
import type { Article } from "../../src/corpus/schema";
import { readLexicons } from "../corpus-files";
import { fmt } from "./report-retrieval";
import { table } from "./table";

/** Neutral statements, one per article in turn. */
const SAYINGS = ["نحن راضون عن نتائج الاجتماع", "سنواصل العمل على هذا المشروع", "الوضع يتحسن يوما بعد يوم", "ننتظر القرار النهائي الأسبوع المقبل"];

/**
 * The pairs of a part, grouped by Arabic name: the eval split, or the tuning part of the train split
 * (every tenth pair, as scripts/translit/data.ts cuts it). Spellings that are one name once normalized
 * (أدريان and ادريان; the index reads both as one) are one group, written as first seen: otherwise one
 * could be quoted and the other "left out", and a question naming it counted as a false match.
 */
export function partNames(data: string, part: Part): Map<string, string[]> {
  const byArabic = new Map<string, string[]>();
  const written = new Map<string, string>();
  const lines = readFileSync(`${data}/translit/ar2en-${part === "eval" ? "eval" : "train"}.txt`, "utf8")
    .split("\n")
    .map((line) => line.split("\t"))
    .filter((f) => f.length === 2 && arabicLetters(f[0]!) && latinLetters(f[1]!));
  lines.forEach(([ar, en], i) => {
    if (part === "tune" && i % 10 !== 9) return;
    const key = arabicLetters(ar!);
    (byArabic.get(key) ?? byArabic.set(key, []).get(key)!).push(en!);
    if (!written.has(key)) written.set(key, ar!);
  });
  return new Map([...byArabic].map(([key, ens]) => [written.get(key)!, ens]));
}

export type Part = "tune" | "eval";

const question = (en: string) => `What did ${en[0]!.toUpperCase()}${en.slice(1)} say?`;

/** Both parts: the tuning part first (what a change may be judged on), then the eval split (held out). */
export async function runNamesCorpus(data: string): Promise<void> {
  // NAMES_PART=tune: the tuning part alone, for judging a change without reading the held-out split
  for (const part of ["tune", "eval"] as const) if (!process.env.NAMES_PART || process.env.NAMES_PART === part) await runNamesPart(data, part);
}

async function runNamesPart(data: string, part: Part): Promise<void> {
  const names = [...partNames(data, part)];
  const inCorpus = names.filter((_, i) => i % 5 !== 4);
  const articles: Article[] = inCorpus.map(([ar], i) => ({
    id: `names-${i}`,
    title: "",
    language: "ar",
    paragraphs: [`وقال ${ar} في تصريح صحفي: «${SAYINGS[i % SAYINGS.length]}».`],
  }));
  const t0 = performance.now();
  const index = new SearchIndex(buildCorpusIndex(articles, undefined, readLexicons("corpus/lexicon")));
  const built = performance.now() - t0;
  const known = new Set(inCorpus.flatMap(([, en]) => en.map(latinLetters)));
  const speakerOf = (q: string) => {
    const r = answer(index, q, 1);
    return r.found ? (r.passages[0]?.quotes.find((x) => x.speaker_latin)?.speaker ?? r.passages[0]?.quotes[0]?.speaker ?? "") : null;
  };
  // the indexer merges spellings with one sound key into one speaker (كلس and كيلز): any of its forms is that person
  const forms = new Map(index.data.extras.speakers.map((sp) => [sp.name, new Set([sp.name, ...sp.aliases].map(arabicLetters))]));
  const formsOf = (name: string) => forms.get(name) ?? new Set([arabicLetters(name)]);
  let asked = 0, right = 0, exact = 0, wrongPerson = 0, missed = 0;
  const t1 = performance.now();
  for (const [ar, ens] of inCorpus) {
    for (const en of ens) {
      asked++;
      const s = speakerOf(question(en));
      if (s === null) {
        missed++;
        if (process.env.NAMES_VERBOSE) console.log("MISSED", en, ar, index.data.extras.speakers.some((sp) => formsOf(sp.name).has(arabicLetters(ar))) ? "(a speaker)" : "(no speaker)");
      } else if (formsOf(s).has(arabicLetters(ar))) {
        right++;
        if (arabicLetters(s) === arabicLetters(ar)) exact++;
      }
      else {
        wrongPerson++;
        if (process.env.NAMES_VERBOSE) console.log("WRONG", en, ar, "=>", s);
      }
    }
  }
  let unknown = 0, refused = 0;
  for (const [, ens] of names.filter((_, i) => i % 5 === 4)) {
    for (const en of ens.filter((e) => !known.has(latinLetters(e)))) {
      unknown++;
      const s = speakerOf(question(en));
      if (s === null) refused++;
      else if (process.env.NAMES_VERBOSE) console.log("UNKNOWN", en, "=>", s);
    }
  }
  const perQuestion = (performance.now() - t1) / (asked + unknown);
  const from = part === "eval" ? "the eval split (held out)" : "the tuning part of the train split";
  console.log(`\n## End to end: a generated corpus of ${articles.length} speakers from ${from} (index built in ${built.toFixed(0)} ms, ${perQuestion.toFixed(1)} ms a question)\n`);
  console.log(
    table(
      ["questions", "asked", "right speaker first", "(its own spelling the speaker's name)", "another speaker", "found:false"],
      [
        ["names in the corpus", String(asked), fmt(right / asked), fmt(exact / asked), fmt(wrongPerson / asked), fmt(missed / asked)],
        ["names left out of the corpus", String(unknown), "", "", fmt((unknown - refused) / unknown), fmt(refused / unknown)],
      ],
    ),
  );
}
