/**
 * npx tsx scripts/translit/fit-vocabulary.ts [--write] [--no-faker] [--verbose]: the display's vocabulary of
 * known Latin name words (src/names/vocabulary.ts) and the rule that decides when the speller writes a known
 * word instead of its generated spelling (ModelFile.vocabularyRule), then written into
 * src/names/translit-model.json with --write.
 *
 * The vocabulary: the English words of the fitting pairs, FreeDict's one-word names (dictionary.ts) that pass
 * the attested table's filters (the name model scores the pair at wordFloor or above, at most 99.5% of the
 * tuning part's letters per Arabic letter), and the name words of @faker-js/faker's locales (name-lists.ts;
 * --no-faker: without them). The tuning part is read two ways:
 * - "shipped": the vocabulary as shipped, the display's own figure; the name lists hold about a quarter of
 *   the tuning part's English words (the translit data alone 12%), so this reading now weighs both what a
 *   known word gains and what a wrong one costs;
 * - "known": the vocabulary plus the tuning part's own English words (what a name the vocabulary holds gains;
 *   reported, as the names eval prints it).
 * Chosen: the rule with the most exact spellings in "shipped" (then one letter off) that breaks at most
 * BROKEN of its recognisable spellings (brokenShare). Candidates pass the speller's own filter (knownFilter).
 * The eval split is never read here.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { readPairs, trainParts } from "./data";
import { dictionaryPairs } from "./dictionary";
import { fakerNameWords, loadFaker } from "./name-lists";
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
 * "shipped" reading: one name in 200. (Part 7 allowed one in 1,287 when its reading held almost none of
 * the right words, so every known word chosen was a cost; at one in 200 then, the rule took near variants
 * over spellings a reader knows: Barak -> Barrak, Abd -> Abid. Chosen after reading the subset's speakers
 * at 0.001, 0.003 and 0.005: docs/quality.md, session 18.)
 */
const BROKEN = 0.005;
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
  const faker = process.argv.includes("--no-faker") ? null : await loadFaker();
  const names = faker ? fakerNameWords(faker.locales) : new Map<string, number>();
  const words = vocabularyWords(fit, dictionary, (e, a) => e.length / a.length <= maxRatio && scorer.score(e, a) >= model.wordFloor, names);
  const table = new AttestedSpellings(model.attested);
  const speller = new LatinSpeller(model, { attested: table });
  const generated = tune.map(([, a]) => speller.word(a));
  const ranker = speller.ranker();
  const base = shares(generated, tune);
  const shipped = LatinVocabulary.of(words);
  // the tuning part's words known as the translit data's are: one source more
  const withTune = new Map(words);
  for (const e of new Set(tune.map(([e]) => e))) withTune.set(e, (withTune.get(e) ?? 0) + 1);
  const readings = { shipped, known: LatinVocabulary.of(withTune) };
  const scored: Record<string, Scored[]> = {};
  for (const [name, vocab] of Object.entries(readings)) {
    scored[name] = tune.map(([, a], i) => scoreCandidates(ranker, vocab, a, generated[i]!, table.spelling(a) !== undefined, speller.knownFilter(a, generated[i]!)));
  }
  const lacking = tune.flatMap(([e], i) => (shipped.has(e) ? [] : [i]));
  const brokenAt = process.argv.indexOf("--broken");
  const broken = brokenAt >= 0 ? Number(process.argv[brokenAt + 1]) : BROKEN;
  const fmt = (v: readonly number[]) => v.map((x) => x.toFixed(3)).join(" / ");
  console.log(`vocabulary ${words.size} words (${LatinVocabulary.table(words).length} characters), ${names.size} from the name lists; tuning part ${tune.length}, ${tune.length - lacking.length} of its English words known; speller alone exact / one letter off ${fmt(base)}`);
  type Fit = { rule: VocabularyRule; shipped: [number, number]; known: [number, number]; broken: number; wrong: number };
  let best: Fit | null = null;
  for (const { rank, lm, lists, rules } of decodeRules()) {
    const at = Object.fromEntries(Object.entries(scored).map(([name, list]) => [name, list.map((s) => ({ ...s.at(rank, lm, lists), generatedKnown: s.generatedKnown }))]));
    const spell = (name: string, rule: VocabularyRule) => at[name]!.map((x, i) => chooseKnown(rule, x.known, generated[i]!, x.generated, x.generatedKnown));
    for (const rule of rules) {
      const spelled = spell("shipped", rule);
      // a known word written for a name the vocabulary lacks is a wrong word
      const f: Fit = { rule, shipped: shares(spelled, tune), known: shares(spell("known", rule), tune), broken: brokenShare(generated, spelled, tune), wrong: lacking.filter((i) => spelled[i] !== generated[i]).length / lacking.length };
      if (process.argv.includes("--verbose")) console.log(JSON.stringify(rule), fmt(f.shipped), fmt(f.known), f.broken.toFixed(4), f.wrong.toFixed(4));
      if (f.broken > broken) continue;
      if (!best || f.shipped[0] > best.shipped[0] || (f.shipped[0] === best.shipped[0] && f.shipped[1] > best.shipped[1])) best = f;
    }
  }
  if (!best) throw new Error("no rule within the cost");
  console.log(`chosen ${JSON.stringify(best.rule)} (broken at most ${broken}): shipped ${fmt(best.shipped)}, known ${fmt(best.known)}, broken ${best.broken.toFixed(4)}, lacking words given a known word ${best.wrong.toFixed(4)} of ${lacking.length}`);
  if (process.argv.includes("--write")) {
    const source = `${model.source.replace(/; `vocabulary`.*$/, "")}; \`vocabulary\` holds English words of both and name words of @faker-js/faker ${faker?.version} (MIT) (corpus/lexicon/LICENSE)`;
    writeFileSync(path, JSON.stringify({ ...model, source, vocabulary: LatinVocabulary.table(words), vocabularyRule: best.rule }));
    console.log(`wrote vocabulary, vocabularyRule -> ${path}`);
  }
}
