/**
 * npm run bench: speed, size and scale, side by side with the JS engines people would use instead.
 * It reports; it fails on no number. Writes docs/benchmarks.md.
 *   --only bundled|subset|full   one corpus      --no-e2e   skip the wrangler dev run      --no-bundle   skip wrangler deploy --dry-run
 *   --only worst   the worst-case suite alone (bounded work per request), written into its section of docs/benchmarks.md
 *   --only load    the load run alone (50 connections, 30 s, a mix of routes and bad inputs), likewise
 *   --first   only the first-question figures (after load, and in new processes), nothing else: docs/benchmarks.md is not written
 *   --full-bundle   also bundle the full 31,030-article corpus (off by default: it cannot fit a Worker, and it takes minutes)
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { answer } from "../../src/answer";
import { buildCorpusIndex, deserializeIndex, SearchIndex, serializeIndex } from "../../src/index";
import { readLexicons } from "../corpus-files";
import { table } from "../eval/table";
import { lunrArabic, miniSearch, orama } from "./anchors";
import { bundleSize } from "./bundle";
import { bundled, full, subset, type BenchCorpus } from "./corpora";
import { endToEnd } from "./e2e";
import { pageBench } from "./page";
import { heapMb, lat, latency, mb, ms, noiseFloor } from "./measure";
import { questions } from "./questions";
import { worstCaseSection } from "./worst";
import { loadSection } from "./load";
import { latinOf } from "./latin";
import { FIRST_RUNS, firstInIsolate, roleQuestion } from "./first";

const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
/** Replaces the section of docs/benchmarks.md that starts with `heading` (or adds it before the notes). */
function replaceSection(heading: string, section: string): void {
  const doc = existsSync("docs/benchmarks.md") ? readFileSync("docs/benchmarks.md", "utf8") : "# Benchmarks\n";
  const at = doc.indexOf(heading);
  const end = at < 0 ? -1 : doc.indexOf("\n## ", at + 1);
  const notes = doc.indexOf("\n## Reading the figures");
  const next =
    at >= 0 ? doc.slice(0, at) + section + "\n" + (end < 0 ? "" : doc.slice(end + 1))
    : notes >= 0 ? `${doc.slice(0, notes)}\n${section}\n${doc.slice(notes)}`
    : `${doc}\n${section}\n`;
  writeFileSync("docs/benchmarks.md", next);
  console.log(section);
}
// the worst-case suite or the load run alone: its section of docs/benchmarks.md is replaced in place
if (only === "worst" || only === "load") {
  if (only === "worst") replaceSection("## Worst cases", await worstCaseSection());
  else replaceSection("## Load:", await loadSection());
  process.exit(0);
}
const lexicon = readLexicons("corpus/lexicon");
const sections: string[] = [];
const ours: string[][] = [];
const anchors: string[][] = [];
const firsts: string[][] = [];
/** Per corpus: the English speaker questions of the rounds, after a warm-up (an isolate's later questions). */
const laterEnglish: string[][] = [];
const isolates: string[][] = [];
const firstOnly = args.includes("--first");

/** Rounds of 200 questions, each drawn with its own seed; figures are the median over rounds. */
const ROUNDS = 5;
const SEED = 20261124;
/** Warm-up rounds before measuring, with seeds 1..5: 200 questions left V8 still optimizing hot functions in the measured rounds. */
const WARM_UP_ROUNDS = 5;
const noise = noiseFloor();

const corpora: Array<[string, () => BenchCorpus]> = [["bundled", bundled], ["subset", subset], ["full", full]];
for (const [key, load] of corpora) {
  if (only && only !== key) continue;
  const corpus = load();
  const paragraphs = corpus.articles.reduce((n, a) => n + a.paragraphs.length, 0);
  console.error(`${corpus.name}: ${corpus.articles.length} articles, ${paragraphs} paragraphs`);
  let t = performance.now();
  const bytes = serializeIndex(buildCorpusIndex(corpus.articles, undefined, lexicon));
  const buildMs = performance.now() - t;
  const gz = gzipSync(bytes).length;
  const before = heapMb();
  const loads: number[] = [];
  let index: SearchIndex | undefined;
  for (let i = 0; i < 5; i++) {
    const copy = bytes.slice();
    heapMb(); // collect the build's garbage first: an isolate starts with a clean heap
    t = performance.now();
    index = new SearchIndex(deserializeIndex(copy));
    loads.push(performance.now() - t);
  }
  loads.sort((a, b) => a - b);
  const heap = heapMb() - before;
  // first questions on a freshly loaded index: what an isolate's first requests pay for the parts of
  // the file decoded on first use (speakers, alias tables, English maps)
  {
    const fresh = new SearchIndex(deserializeIndex(bytes.slice()));
    const speaker = fresh.data.extras.speakers.find((s) => s.person && s.name.includes(" "));
    const family = speaker?.name.split(" ").at(-1) ?? "";
    const kw = questions(corpus.articles, fresh, 1, 99)[0]!;
    const englishQuestion = `What did ${latinOf(family)} say?`;
    const timed = (fn: () => unknown) => {
      const t0 = performance.now();
      fn();
      return ms(performance.now() - t0);
    };
    firsts.push([
      corpus.name,
      timed(() => fresh.search(kw, { limit: 10 })),
      timed(() => answer(fresh, kw, 3)),
      timed(() => answer(fresh, `ماذا قال ${family}؟`, 3)),
      timed(() => answer(fresh, englishQuestion, 3)),
      timed(() => answer(fresh, "What about the agreement?", 3)),
    ]);
  }
  {
    const speaker = new SearchIndex(deserializeIndex(bytes.slice())).data.extras.speakers.find((s) => s.person && s.name.includes(" "));
    const role = roleQuestion(bytes);
    const english = [`What did ${latinOf(speaker?.name.split(" ").at(-1) ?? "")} say?`, ...(role ? [role] : []), "What did Macron say?"];
    isolates.push(...firstInIsolate(corpus.name, bytes, english));
  }
  {
    // the English speaker questions of the measured rounds, on an index of their own (the rounds below are not warmed by them)
    const own = new SearchIndex(deserializeIndex(bytes.slice()));
    const speakerOnly = (qs: string[]) => qs.filter((q) => q.startsWith("What did "));
    const rounds = Array.from({ length: ROUNDS }, (_, r) => speakerOnly(questions(corpus.articles, own, 200, SEED + r)));
    const warm = speakerOnly(Array.from({ length: WARM_UP_ROUNDS }, (_, r) => questions(corpus.articles, own, 200, r + 1)).flat());
    laterEnglish.push([corpus.name, String(rounds[0]!.length), lat(await latency(rounds, warm, (q) => answer(own, q, 3)))]);
  }
  if (firstOnly) continue;
  const qs = Array.from({ length: ROUNDS }, (_, r) => questions(corpus.articles, index!, 200, SEED + r));
  const warm = Array.from({ length: WARM_UP_ROUNDS }, (_, r) => questions(corpus.articles, index!, 200, r + 1)).flat();
  const searchLat = await latency(qs, warm, (q) => index!.search(q, { limit: 10 }));
  const askLat = await latency(qs, warm, (q) => answer(index!, q, 3));
  const skipBundle = args.includes("--no-bundle") || (key === "full" && !args.includes("--full-bundle"));
  const bundle = skipBundle ? null : bundleSize(key, corpus);
  ours.push([
    corpus.name, String(corpus.articles.length), String(paragraphs), `${(buildMs / 1000).toFixed(1)} s`, mb(bytes.length), mb(gz),
    bundle ? `${mb(bundle.raw)} / ${mb(bundle.gzip)}` : key === "full" ? "not built (see notes)" : "not run",
    bundle ? (corpus.articles.length / (bundle.gzip / 2 ** 20)).toFixed(1) : "-", ms(loads[2]!), heap.toFixed(1),
    lat(searchLat), lat(askLat),
  ]);
  // the anchors: same paragraphs, same questions, same run
  const texts = corpus.articles.flatMap((a) => a.paragraphs);
  for (const anchor of [miniSearch(), orama(), lunrArabic()]) {
    console.error(`  ${anchor.name}`);
    t = performance.now();
    const size = await anchor.build(texts);
    const build = performance.now() - t;
    const l = await latency(qs, warm, (q) => anchor.query(q));
    anchors.push([
      corpus.name, anchor.name, `${(build / 1000).toFixed(1)} s (${(build / buildMs).toFixed(2)}x)`, `${mb(size)} (${(size / bytes.length).toFixed(2)}x)`,
      lat(l), `${(l.median / searchLat.median).toFixed(1)}x / ${(l.p99 / searchLat.p99).toFixed(1)}x`,
    ]);
  }
}

sections.push(
  "## This project\n",
  "Latency is per question, in milliseconds, in Node over the same decoded index the Worker uses: median / p99, each the median over 5 rounds of 200 questions, and in brackets the worst round's p99. " +
    "`search` is /v1/search's path (BM25 + rerank, 10 results); `ask` is /v1/ask's (intent, speaker lookup or search, passages, answer text).\n",
  table(["corpus", "articles", "paragraphs", "index build", "index MB", "index MB gzip", "Worker bundle MB raw / gzip", "articles per MiB of gzip bundle", "load ms", "heap after load MB", "search ms", "ask ms"], ours),
  "\n### First questions after load\n",
  "On a freshly loaded index, in this order, ms: the parts of the file a question needs are decoded on first use (speakers and the ranked alias table for speaker questions, the English maps and alias table for English ones), so an isolate's first questions of each kind pay for them once. The speaker questions name a speaker the indexer found (speakers list order, first person with a full name).\n",
  table(["corpus", "search", "ask (Arabic keywords)", "ask (Arabic: ماذا قال X)", "ask (English: What did X say)", "ask (English keywords)"], firsts),
  "\n### An isolate's first English speaker question\n",
  `Each question asked first of all in ${FIRST_RUNS} new processes (scripts/bench/first.ts: a new process loads the index file and asks it, so nothing was decoded, built or compiled before), ms, min / median / max: the load, then the question's wall time, its process CPU time (user + system of that process, less inflated than wall time on a shared machine, but counting V8's background compiler and GC threads: on an idle machine it passes the wall time) and its thread CPU time (the main thread's own, /proc/thread-self/schedstat via scripts/bench/thread-cpu.ts, what a Worker's CPU limit counts). The questions: the family name of the same speaker as above in Latin letters, a role the closed lists read held by the most quoted speaker with such a title, and a name the corpus never mentions.\n`,
  table(["corpus", "question", "found", "load", "question wall", "question process CPU", "question thread CPU"], isolates),
  "\nThe later ones: the rounds' English speaker questions alone (\"What did <family name> say?\", the Latin letters of a speaker's family name by the speller), after the warm-up's, on an index of their own, ms, median / p99 (worst round); with about 25 a round, a round's p99 is its slowest question.\n",
  table(["corpus", "English speaker questions a round", "ask ms median / p99 (worst round)"], laterEnglish),
  "\n## JS search engines on the same paragraphs and questions\n",
  "Ratios are to this project's figures (build time, index size; query latency against its `search` path).\n",
  table(["corpus", "engine", "build (ratio)", "index MB (ratio)", "query ms median / p99 (worst round)", "ratio median / p99"], anchors),
);
if (!firstOnly && (!only || only === "bundled")) sections.push("", await worstCaseSection());
if (!firstOnly && !args.includes("--no-e2e") && (!only || only === "bundled")) sections.push("\n## End to end: wrangler dev on loopback\n", await endToEnd());
if (!firstOnly && !args.includes("--no-e2e") && (!only || only === "bundled")) sections.push("\n## The page\n", await pageBench());
if (!firstOnly && !args.includes("--no-e2e") && (!only || only === "bundled")) sections.push("", await loadSection());

const header = `# Benchmarks\n\nWritten by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "cpu"}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Questions: 5 rounds of 200 a corpus, each round drawn from the corpus with its own fixed seed (scripts/bench/questions.ts), measured after a warm-up pass over 1,000 other questions drawn with other seeds (so no engine's cache sees a measured question twice): 120 Arabic keyword questions from random paragraphs, and speaker and English questions a round. The machine's own noise, a fixed allocation-free loop timed 1,000 times: median ${ms(noise.median)} ms, p99 ${ms(noise.p99)} ms, max ${ms(noise.max)} ms.\n`;
const out = [header, ...sections].join("\n") + "\n";
// the hand-written reading of the figures lives in docs/benchmarks-notes.md and is appended
const notes = existsSync("docs/benchmarks-notes.md") ? `\n${readFileSync("docs/benchmarks-notes.md", "utf8")}` : "";
if (!only && !firstOnly) writeFileSync("docs/benchmarks.md", out + notes);
console.log(out);
