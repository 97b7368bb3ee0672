/**
 * npx tsx scripts/translit/fit-vocabulary.ts [--write]: the display's vocabulary of known Latin name words
 * (src/names/vocabulary.ts) and the rule that decides when the speller writes a known word instead of its
 * generated spelling (ModelFile.vocabularyRule), then written into src/names/translit-model.json with --write.
 *
 * The vocabulary: the English words of the fitting pairs, and FreeDict's one-word names (dictionary.ts) that
 * pass the attested table's filters (the name model scores the pair at wordFloor or above, at most 99.5% of
 * the tuning part's letters per Arabic letter). The translit splits share almost no English word (0.3% of the
 * tuning part's English words are fitting-part words), so the rule is fitted on two readings of the tuning part:
 * - "unknown": the vocabulary as shipped; the right word is almost never in it, so every known word chosen
 *   is a wrong one (what a name the vocabulary lacks risks);
 * - "known": the vocabulary plus the tuning part's own English words (what a name the vocabulary holds gains).
 * Chosen: the rule with the most exact spellings in "known" that breaks at most BROKEN of the "unknown"
 * reading's recognisable spellings (brokenShare). The eval split is never read here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readPairs, trainParts } from "./data";
import { dictionaryPairs } from "./dictionary";
import { brokenShare, decodeRules, type Scored, scoreCandidates, vocabularyWords } from "./vocabulary-rule";
import { chooseKnown, type VocabularyRule } from "../../src/names/known";
import { LatinSpeller } from "../../src/names/latin";
import { NameScorer } from "../../src/names/score";
import { LatinVocabulary } from "../../src/names/vocabulary";
import type { ModelFile } from "../../src/names/model";
import { AttestedSpellings } from "../../src/names/attested";
import { keyDistance } from "../../src/analysis";
import type { Pair } from "./em";

/**
 * Share of the tuning part whose recognisable spelling (right or one letter off) a rule may break in the
 * "unknown" reading: one name in 1,287. (At 0.005, six names, the rule took near variants over spellings
 * a reader knows on the subset's speakers: Barak -> Barrak, Abd -> Abid; the tuning part's names are rarer
 * and longer than a news corpus's, so it sees few such breaks.)
 */
const BROKEN = 0.001;
/** Share of the tuning part's pairs whose letters ratio (English per Arabic) a dictionary pair may reach (as fit-speller.ts). */
const RATIO_QUANTILE = 0.995;

/** Exact and one-letter-off shares of spellings against the pairs' English. */
function shares(spelled: readonly string[], pairs: readonly Pair[]): [number, number] {
  const d = pairs.map(([e], i) => keyDistance(spelled[i]!, e, 1));
  return [d.filter((x) => x === 0).length / pairs.length, d.filter((x) => x <= 1).length / pairs.length];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = new URL("../../src/names/translit-model.json", import.meta.url).pathname;
  const model = JSON.parse(readFileSync(path, "utf8")) as ModelFile;
  delete model.vocabulary, delete model.vocabularyRule;
  const { fit, tune } = trainParts(readPairs("train"));
  const scorer = new NameScorer(model);
  const ratios = tune.map(([e, a]) => e.length / a.length).sort((x, y) => x - y);
  const maxRatio = ratios[Math.floor(RATIO_QUANTILE * (ratios.length - 1))]!;
  const dictionary = dictionaryPairs(readFileSync(new URL("../../corpus/lexicon/en-ar.tsv", import.meta.url), "utf8"));
  const words = vocabularyWords(fit, dictionary, (e, a) => e.length / a.length <= maxRatio && scorer.score(e, a) >= model.wordFloor);
  const table = new AttestedSpellings(model.attested);
  const speller = new LatinSpeller(model, { attested: table });
  const generated = tune.map(([, a]) => speller.word(a));
  const ranker = speller.ranker();
  const base = shares(generated, tune);
  const readings = {
    unknown: LatinVocabulary.of(words),
    known: LatinVocabulary.of([...words, ...tune.map(([e]) => e)]),
  };
  const scored: Record<string, Scored[]> = {};
  for (const [name, vocab] of Object.entries(readings)) scored[name] = tune.map(([, a], i) => scoreCandidates(ranker, vocab, a, generated[i]!, table.spelling(a) !== undefined));
  console.log(`vocabulary ${words.length} words (${LatinVocabulary.table(words).length} characters); tuning part ${tune.length}, speller alone exact / one letter off ${base.map((v) => v.toFixed(3)).join(" / ")}`);
  let best: { rule: VocabularyRule; known: [number, number]; unknown: [number, number] } | null = null;
  for (const { rank, lm, rules } of decodeRules()) {
    const at = Object.fromEntries(Object.entries(scored).map(([name, list]) => [name, list.map((s) => s.at(rank, lm))]));
    const spell = (name: string, rule: VocabularyRule) => at[name]!.map((x, i) => chooseKnown(rule, x.known, generated[i]!, x.generated));
    for (const rule of rules) {
    const spelled = spell("unknown", rule);
    const unknown = shares(spelled, tune);
    const known = shares(spell("known", rule), tune);
    const broken = brokenShare(generated, spelled, tune);
    if (process.argv.includes("--verbose")) console.log(JSON.stringify(rule), known.map((v) => v.toFixed(3)).join(" / "), unknown.map((v) => v.toFixed(3)).join(" / "), broken.toFixed(4));
    if (broken > BROKEN) continue;
    if (!best || known[0] > best.known[0] || (known[0] === best.known[0] && unknown[0] > best.unknown[0])) best = { rule, known, unknown };
    }
  }
  if (!best) throw new Error("no rule within the cost");
  console.log(`chosen ${JSON.stringify(best.rule)}: known ${best.known.map((v) => v.toFixed(3)).join(" / ")}, unknown ${best.unknown.map((v) => v.toFixed(3)).join(" / ")}`);
  if (process.argv.includes("--write")) {
    const source = `${model.source.replace(/; `vocabulary`.*$/, "")}; \`vocabulary\` holds English words of both (corpus/lexicon/LICENSE)`;
    writeFileSync(path, JSON.stringify({ ...model, source, vocabulary: LatinVocabulary.table(words), vocabularyRule: best.rule }));
    console.log(`wrote vocabulary, vocabularyRule -> ${path}`);
  }
}
