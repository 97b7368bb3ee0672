/**
 * The posted-text budget against ordinary articles (issue 19): each SaudiNewsNet and EASC article posted
 * to /v1/summarize as text (paragraphs as lines), summarized under the old budget (600 words, 100
 * sentences) and the current one (MAX_TEXT_WORDS, MAX_TEXT_SENTENCES): the share of articles cut, and of
 * summaries unchanged (same sentences). SaudiNewsNet in its seeded halves (the budget was chosen on the
 * tuning half by the worst-case bench, not by this table); EASC whole. Then the speaker-site cap
 * (MAX_TEXT_SITES, speech words and quotations, chosen above the most any tuning-half article has in its
 * first 400 words): that most, the articles the cap cuts, and the answers it leaves unchanged (against the
 * same budget without it).
 */
import { readFileSync } from "node:fs";
import { MAX_TEXT_SENTENCES, MAX_TEXT_SITES, MAX_TEXT_WORDS, summarizeText, type TextBudget } from "../../src/answer/summaries";
import { firstWords, speakerSites } from "../../src/answer/text-budget";
import { halves, SPLIT_SEED, type Part } from "./splits";
import { table } from "./table";

/** The budget before issue 19's second pass. */
const OLD: TextBudget = { words: 600, sentences: 100, sites: Infinity };
/** Sentences a summary picks, as the page's summary button asks. */
const COUNT = 3;

function row(name: string, texts: string[]): string[] {
  const now: TextBudget = { words: MAX_TEXT_WORDS, sentences: MAX_TEXT_SENTENCES };
  const noSiteCap: TextBudget = { ...now, sites: Infinity };
  let cutOld = 0;
  let cutNow = 0;
  let same = 0;
  let mostSites = 0;
  let cutBySites = 0;
  let sameBySites = 0;
  for (const text of texts) {
    const a = summarizeText(text, COUNT, OLD);
    const b = summarizeText(text, COUNT, now);
    const c = summarizeText(text, COUNT, noSiteCap);
    if (a.truncated) cutOld++;
    if (b.truncated) cutNow++;
    if (JSON.stringify(a.summary) === JSON.stringify(b.summary)) same++;
    const read = (r: typeof b) => JSON.stringify([r.summary, r.method, r.truncated?.sentences_used, r.truncated?.words_used]);
    if (read(b) === read(c)) sameBySites++;
    if (read(b) !== read(c) || (b.truncated && !c.truncated)) cutBySites++;
    // in the first MAX_TEXT_WORDS words (the sentence cap may leave fewer)
    const head = firstWords(text, MAX_TEXT_WORDS).head.split(/\r?\n/);
    mostSites = Math.max(mostSites, head.reduce((n, line) => n + speakerSites(line).length, 0));
  }
  const pct = (n: number) => `${((100 * n) / texts.length).toFixed(1)}%`;
  return [name, String(texts.length), pct(cutOld), pct(cutNow), pct(same), String(mostSites), String(cutBySites), pct(sameBySites)];
}

/** Prints the table. */
export function runTextBudget(data: string): void {
  const snn = readFileSync(`${data}saudinewsnet/saudinewsnet_quotes_subset.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => (JSON.parse(l).paragraphs as string[]).join("\n"));
  const parts = halves(snn.length, SPLIT_SEED + 4);
  const of = (p: Part) => snn.filter((_, i) => parts[i] === p);
  const easc = readFileSync(`${data}easc/easc-dev.jsonl`, "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l).article as string);
  console.log(`\n## Posted-text budget: ${OLD.words} words / ${OLD.sentences} sentences -> ${MAX_TEXT_WORDS} / ${MAX_TEXT_SENTENCES} (${COUNT}-sentence summaries)\n`);
  console.log(table(["articles", "n", `cut at ${OLD.words}/${OLD.sentences}`, `cut at ${MAX_TEXT_WORDS}/${MAX_TEXT_SENTENCES}`, "summary unchanged", `most speaker sites in the first ${MAX_TEXT_WORDS} words`, `cut by the ${MAX_TEXT_SITES}-site cap`, "answer unchanged by that cap"], [
    row("SaudiNewsNet, tuning half", of("tune")),
    row("SaudiNewsNet, held-out half", of("heldout")),
    row("EASC dev", easc),
  ]));
}
