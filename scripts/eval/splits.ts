/**
 * The data splits, fixed before any tuning (issue 16). Every tuned number is fit on the `tune` part and
 * reported on both; the `heldout` part is never looked at while choosing.
 *
 * - XQuAD: its 24 articles, split by article (a seeded shuffle, the first half tunes).
 * - ARCD train: its 77 articles, likewise (39 tune, 38 held out).
 * - EASC: its 77 articles in 5 folds by a seeded shuffle (cross-validation: fit on 4, measure on 1).
 * - SaudiNewsNet titles (unanswerable questions against the XQuAD and ARCD corpora): 400 titles drawn
 *   by a seeded shuffle from the subset, the first 200 tune.
 *
 * Splits are by article index in the files of ../shared/data (fixed commits, see its README), so
 * they are the same on every machine. `npx tsx scripts/eval/splits.ts` prints them.
 */
import { readFileSync } from "node:fs";
import { random } from "../random";
export { random };

export const SPLIT_SEED = 20261201;
export const EASC_FOLDS = 5;
export const TITLE_SAMPLE = 400;

export type Part = "tune" | "heldout";


/** 0..n-1 in a seeded random order (Fisher-Yates). */
export function shuffled(n: number, seed: number): number[] {
  const next = random(seed);
  const out = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Article index -> part: the first ceil(n/2) of a seeded shuffle tune, the rest are held out. */
export function halves(n: number, seed = SPLIT_SEED): Part[] {
  const order = shuffled(n, seed);
  const parts = new Array<Part>(n);
  order.forEach((article, k) => (parts[article] = k < Math.ceil(n / 2) ? "tune" : "heldout"));
  return parts;
}

/** Article index -> fold 0..k-1, by a seeded shuffle dealt round-robin. */
export function folds(n: number, k = EASC_FOLDS, seed = SPLIT_SEED): number[] {
  const out = new Array<number>(n);
  shuffled(n, seed).forEach((article, i) => (out[article] = i % k));
  return out;
}

/** The split of each data set, keyed by the file it reads. */
export const SPLITS = {
  /** xquad-dev.{ar,en}.json: 24 articles (the English file has the same articles in the same order). */
  xquad: halves(24, SPLIT_SEED),
  /** arcd-train.json: 77 articles. */
  arcd: halves(77, SPLIT_SEED + 1),
  /** easc-dev.jsonl: 77 articles, fold of each. */
  easc: folds(77, EASC_FOLDS, SPLIT_SEED + 2),
};

/** SaudiNewsNet titles for unanswerable questions, split into tune and held-out halves. */
export function newsTitles(data: string): Record<Part, string[]> {
  const titles: string[] = [];
  for (const line of readFileSync(`${data}saudinewsnet/saudinewsnet_quotes_subset.jsonl`, "utf8").split("\n")) {
    if (!line) continue;
    const title = (JSON.parse(line) as { title?: string }).title?.trim();
    if (title) titles.push(title);
  }
  const order = shuffled(titles.length, SPLIT_SEED + 3).slice(0, TITLE_SAMPLE).map((i) => titles[i]!);
  return { tune: order.slice(0, TITLE_SAMPLE / 2), heldout: order.slice(TITLE_SAMPLE / 2) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const show = (parts: Part[]) => ({ tune: parts.flatMap((p, i) => (p === "tune" ? [i] : [])), heldout: parts.flatMap((p, i) => (p === "heldout" ? [i] : [])) });
  console.log(JSON.stringify({ seed: SPLIT_SEED, xquad: show(SPLITS.xquad), arcd: show(SPLITS.arcd), easc: SPLITS.easc }));
}
