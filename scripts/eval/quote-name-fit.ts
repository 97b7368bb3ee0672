/**
 * Fits the quoted-name model (src/corpus/quote-name.ts): is a quoted span the term rules let through a
 * name (a channel, a product, an operation) or a statement? Two steps:
 * - corpus statistics over the 3,361-article SaudiNewsNet subset (unlabelled text, no labels read): for
 *   every word before an opening mark, short quotes (<= 3 words) against long ones (>= 5 words) after it,
 *   as log-odds against the corpus rate (words seen before at least MIN_BEFORE quotes); and the corpus's
 *   COMMON_WORDS most frequent words;
 * - examples: every quoted span of the labelled articles outside the held-out part (the seed, session 1,
 *   the tune part of split.json) that matches a label: a name (speaker null) or a statement. The model is
 *   fit on the spans isTerm lets through (the only ones it decides), L2 by five-fold cross-validation by
 *   article; the threshold maximizes names caught minus COST statements lost, on out-of-fold log-odds.
 *
 *   npm run eval -- --only quote-name-fit [--write]   (--write: src/corpus/quote-name-model.json)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { paragraphView, isTerm } from "../../src/corpus/quotes";
import { beforeForms, quoteNameFeatures, QUOTE_NAME_FEATURES, type QuoteNameModel } from "../../src/corpus/quote-name";
import { ArticleSites } from "../../src/corpus/article-sites";
import { fitLogisticNewton } from "./logistic";
import { chooseL2, outOfFold } from "./logistic-cv";
import { fitLabels } from "./quotes";
import { normalizeArabic } from "../../src/analysis";

const plain = (s: string) => normalizeArabic(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

const MODEL = "src/corpus/quote-name-model.json";
/** Fewest quotes a word must precede to enter the before-table. */
const MIN_BEFORE = 8;
/** How many of the corpus's most frequent words are "common". */
const COMMON_WORDS = 300;
/** A statement taken for a name costs this many names caught (recall is not to be lost). */
const COST = 3;
const THRESHOLDS = [-1, -0.5, 0, 0.5, 1, 1.5, 2, 2.5, 3, 4];

/** The corpus statistics of the model, from the subset's paragraphs. */
function corpusStats(data: string): Pick<QuoteNameModel, "before" | "common"> {
  const counts = new Map<string, number>();
  const short = new Map<string, number>();
  const long = new Map<string, number>();
  let [S, L] = [0, 0];
  for (const line of readFileSync(`${data}saudinewsnet/saudinewsnet_quotes_subset.jsonl`, "utf8").split("\n")) {
    if (!line) continue;
    for (const text of (JSON.parse(line) as { paragraphs: string[] }).paragraphs) {
      const view = paragraphView(text);
      for (const t of view.tokens) counts.set(t.bare, (counts.get(t.bare) ?? 0) + 1);
      for (const [qs, qe] of view.spans) {
        const n = text.slice(qs, qe).trim().split(/\s+/).length;
        const prev = view.tokens.filter((t) => t.end <= qs).at(-1);
        if (!prev || (n > 3 && n < 5)) continue;
        const into = n <= 3 ? short : long;
        n <= 3 ? S++ : L++;
        for (const f of beforeForms(prev)) into.set(f, (into.get(f) ?? 0) + 1);
      }
    }
  }
  const before: Record<string, number> = {};
  const base = Math.log((S + 1) / (L + 1));
  for (const w of new Set([...short.keys(), ...long.keys()])) {
    const [s, l] = [short.get(w) ?? 0, long.get(w) ?? 0];
    if (s + l >= MIN_BEFORE) before[w] = +(Math.log((s + 0.5) / (l + 0.5)) - base).toFixed(3);
  }
  const common = [...counts].sort((a, b) => b[1] - a[1]).slice(0, COMMON_WORDS).map(([w]) => w);
  console.log(`corpus: ${S} short and ${L} long quotes with a word before; ${Object.keys(before).length} words in the before-table`);
  return { before, common };
}

export function runQuoteNameFit(data: string): void {
  const stats = corpusStats(data);
  const draft: QuoteNameModel = { ...stats, weights: [], bias: 0, threshold: 0 };
  const { articles, labelOf, labels } = fitLabels(data);
  const rows: { article: string; x: number[]; y: number; term: boolean; text: string }[] = [];
  for (const [id, a] of articles) {
    const sites = new ArticleSites(a.paragraphs);
    a.paragraphs.forEach((text, p) => {
      const view = sites.view(p);
      const tokens = view.tokens;
      for (const span of view.spans) {
        const body = text.slice(span[0], span[1]).trim();
        // a name label that is the span itself (not a name quoted inside a statement: «… "فيفا" …»), else a
        // statement label (one that holds a quoted name also matches the name's span: that is the name)
        const name = labels.find((l) => l.article === id && l.paragraph === p + 1 && l.speaker === null && plain(l.text) === plain(body));
        const said = name ? undefined : labelOf(id, p + 1, body, true);
        if (!name && !said) continue;
        rows.push({ article: id, x: quoteNameFeatures(text, tokens, span, view.spans, view.quoteCounts, draft), y: Number(!!name), term: isTerm(text, tokens, span[0], span[1]), text: text.slice(span[0], span[1]).trim().slice(0, 40) });
      }
    });
  }
  const open = rows.filter((r) => !r.term);
  console.log(`${rows.length} labelled spans (${rows.filter((r) => r.y).length} names); not terms: ${open.length} (${open.filter((r) => r.y).length} names)`);
  const [x, y, g] = [open.map((r) => r.x), open.map((r) => r.y), open.map((r) => r.article)];
  const cv = chooseL2(x, y, g, { newton: true });
  console.log(`L2 by 5-fold cross-validation by article: ${cv.losses.map((c) => `${c.l2} ${c.loss.toFixed(4)}`).join(", ")}; chosen ${cv.l2}`);
  const oof = outOfFold(x, y, g, cv.l2, { newton: true }).map((p) => Math.log(p / (1 - p)));
  if (process.argv.includes("--verbose")) open.forEach((r, i) => r.y && console.log(`NAME ${oof[i]!.toFixed(2)} ${r.article} ${r.text} [${r.x.map((v) => +v.toFixed(2)).join(" ")}]`));
  let best = { t: Infinity, gain: 0 };
  for (const t of THRESHOLDS) {
    const caught = open.filter((r, i) => r.y && oof[i]! > t).length;
    const lost = open.filter((r, i) => !r.y && oof[i]! > t);
    console.log(`threshold ${t}: names caught ${caught}, statements lost ${lost.length}${lost.length ? ` (${lost.map((r) => r.text).join(" | ")})` : ""}`);
    // on equal gain the higher threshold (fewer statements lost)
    if (caught - COST * lost.length >= best.gain) best = { t, gain: caught - COST * lost.length };
  }
  const { weights, bias } = fitLogisticNewton(x, y, x.map(() => 1), { l2: cv.l2 });
  QUOTE_NAME_FEATURES.forEach((f, k) => console.log(`${f.padEnd(40)} ${weights[k]!.toFixed(3)}`));
  console.log(`${"bias".padEnd(40)} ${bias.toFixed(3)}\nchosen threshold ${best.t}`);
  const model = { features: QUOTE_NAME_FEATURES, weights: weights.map((w) => +w.toFixed(4)), bias: +bias.toFixed(4), threshold: Number.isFinite(best.t) ? best.t : 1e9, ...stats };
  if (process.argv.includes("--write")) writeFileSync(MODEL, `${JSON.stringify(model)}\n`);
}
