/**
 * English speaker questions on the 3,361-article SaudiNewsNet subset (names-snn.json, written before
 * they were run): the speaker each answer gives first, against the expected one; people the subset
 * never quotes must get found:false. Also the first English speaker question's time on a fresh index.
 */
import { readFileSync } from "node:fs";
import { answer } from "../../src/answer";
import { buildCorpusIndex, deserializeIndex, SearchIndex, serializeIndex } from "../../src/index";
import { arabicLetters } from "../../src/names";
import { readCorpus, readLexicons } from "../corpus-files";
import { table } from "./table";

interface Questions {
  questions: Array<[question: string, expect: string | null]>;
}

export async function runNamesSnn(data: string): Promise<void> {
  // SNN_INDEX (default: none, the index is built here): an index file of the subset built already (npm run build:index with CORPUS_DIR)
  const bytes = process.env.SNN_INDEX ? readFileSync(process.env.SNN_INDEX) : serializeIndex(buildCorpusIndex(readCorpus(`${data}/saudinewsnet`), undefined, readLexicons("corpus/lexicon")));
  // a fresh index decoded from the file, as an isolate starts
  const index = new SearchIndex(deserializeIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer));
  const { questions } = JSON.parse(readFileSync(new URL("names-snn.json", import.meta.url), "utf8")) as Questions;
  const rows: string[][] = [];
  let named = 0, namedRight = 0, absent = 0, absentRight = 0;
  const times: number[] = [];
  for (const [q, expect] of questions) {
    const t0 = performance.now();
    const r = answer(index, q, 3);
    times.push(performance.now() - t0);
    const quote = r.found ? r.passages[0]?.quotes.find((x) => x.speaker_latin) ?? r.passages[0]?.quotes[0] : undefined;
    const got = r.found ? (quote?.speaker ?? "?") : null;
    const ok = expect === null ? got === null : got !== null && arabicLetters(got) === arabicLetters(expect);
    if (expect === null) (absent++, ok && absentRight++);
    else (named++, ok && namedRight++);
    rows.push([q, expect ?? "(not quoted)", got === null ? "found:false" : `${quote?.speaker_latin ?? ""} (${got})`, ok ? "yes" : "no"]);
  }
  console.log(`\n## English speaker questions on the SaudiNewsNet subset (${index.data.articles.length} articles)\n`);
  console.log(table(["question", "expected", "answer's speaker", "right"], rows));
  console.log(`\nquoted people: ${namedRight}/${named}; people never quoted: ${absentRight}/${absent} found:false; ` +
    `first question on a fresh index ${times[0]!.toFixed(0)} ms, the rest median ${[...times.slice(1)].sort((a, b) => a - b)[Math.floor(times.length / 2)]!.toFixed(1)} ms`);
}
