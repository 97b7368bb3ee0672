/**
 * npm run eval: quality figures on real data from ../shared/data. Prints tables; fails on no number.
 *   --only retrieval|stemmer|quotes|summaries|english|found|morphology|morphology-pairs|summary-fit|summary-learned|names|names-snn|speaker-fit|speaker-list-fit|antecedent-fit|quote-name-fit|text-budget|archive|rerank|question-summaries   run one part
 *   (found-candidates and arcd-twins run only when asked: diagnostics of the found fit, tune part only, and of ARCD's data)
 */
import { existsSync } from "node:fs";
import { runRetrieval, runStemmerAblation } from "./report-retrieval";
import { runQuotes } from "./quotes";
import { runSummaries } from "./summaries";
import { runEnglish } from "./english";
import { runFound } from "./found";
import { runFoundCandidates } from "./found-candidates";
import { runArcdTwins } from "./arcd-twins";
import { runMorphology } from "./morphology";
import { runMorphologyPairs } from "./morphology-pairs";
import { runSummaryFit } from "./summary-fit";
import { runSummaryLearned } from "./summary-learned";
import { runNames } from "./names";
import { runNamesSnn } from "./names-snn";
import { runSpeakerFit } from "./speaker-fit";
import { runSpeakerListFit } from "./speaker-list-fit";
import { runAntecedentFit } from "./antecedent-fit";
import { runQuoteNameFit } from "./quote-name-fit";
import { runTextBudget } from "./text-budget";
import { runArchive } from "./archive";
import { runRerank } from "./rerank";
import { runQuestionSummaries } from "./question-summaries";

const DATA = process.env.EVAL_DATA ?? new URL("../../../shared/data/", import.meta.url).pathname;
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;

if (!existsSync(DATA)) {
  console.error(`no evaluation data at ${DATA} (set EVAL_DATA)`);
  process.exit(2);
}
const parts: Record<string, () => void | Promise<void>> = {
  retrieval: () => runRetrieval(DATA),
  stemmer: () => runStemmerAblation(DATA),
  quotes: () => runQuotes(DATA),
  summaries: () => runSummaries(DATA),
  english: () => runEnglish(DATA),
  found: () => runFound(DATA),
  "found-candidates": () => runFoundCandidates(DATA),
  "arcd-twins": () => runArcdTwins(DATA),
  morphology: () => runMorphology(DATA),
  "morphology-pairs": () => runMorphologyPairs(DATA),
  "summary-fit": () => runSummaryFit(DATA),
  "summary-learned": () => runSummaryLearned(DATA),
  names: () => runNames(DATA),
  "names-snn": () => runNamesSnn(DATA),
  "speaker-fit": () => runSpeakerFit(DATA),
  "speaker-list-fit": () => runSpeakerListFit(DATA),
  "antecedent-fit": () => runAntecedentFit(DATA),
  "quote-name-fit": () => runQuoteNameFit(DATA),
  "text-budget": () => runTextBudget(DATA),
  archive: () => runArchive(DATA),
  rerank: () => runRerank(DATA),
  "question-summaries": () => runQuestionSummaries(DATA),
};
/** Parts a full run skips (diagnostics on the tune part, run with --only). */
const ON_REQUEST = new Set(["found-candidates", "arcd-twins"]);
for (const [name, run] of Object.entries(parts)) {
  if (only ? only !== name : ON_REQUEST.has(name)) continue;
  await run();
}
