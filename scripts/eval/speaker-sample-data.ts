/** The 3,361-article SaudiNewsNet subset as articles (speaker-sample.ts, speaker-list-fit.ts). */
import { readFileSync } from "node:fs";
import type { Article } from "../../src/corpus/schema";

/** Every article of `<data>saudinewsnet/saudinewsnet_quotes_subset.jsonl`, in file order. */
export function subsetArticles(data: string): Article[] {
  return readFileSync(`${data}saudinewsnet/saudinewsnet_quotes_subset.jsonl`, "utf8")
    .split("\n").filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; title: string; paragraphs: string[] })
    .map((a) => ({ id: a.id, title: a.title, language: "ar", paragraphs: a.paragraphs }));
}
