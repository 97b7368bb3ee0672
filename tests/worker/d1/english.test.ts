import { env } from "cloudflare:test";
import { beforeAll, describe, expect, it } from "vitest";
import { StoreEngine, storeEngine } from "../../../src/answer";
import { findSpeakerEnglish, transliterate } from "../../../src/answer/english";
import { parseTextArticle } from "../../../src/corpus/parse";
import type { Article } from "../../../src/corpus/schema";
import { buildCorpusIndex, SearchIndex } from "../../../src/index";
import { analyzerFor } from "../../../src/index/analyzer";
import { lexiconCandidates, mergeLexicons, parseLexicon } from "../../../src/index/english";
import { D1Store, ingestArticles, lexiconStatements } from "../../../src/index/d1";
import { DEFAULT_RANKING } from "../../../src/index/types";
import { analyze } from "../../../src/analysis";
import football from "../../fixtures/articles/fx-football.txt?raw";
import oil from "../../fixtures/articles/fx-oil.txt?raw";
import summit from "../../fixtures/articles/fx-summit.txt?raw";
import glossary from "../../../corpus/lexicon/glossary.tsv?raw";
import places from "../../../corpus/lexicon/places.tsv?raw";
import common from "../../../corpus/lexicon/common.tsv?raw";

const articles: Article[] = [
  parseTextArticle(summit, "fx-summit.txt", "fx-summit"),
  parseTextArticle(oil, "fx-oil.txt", "fx-oil"),
  parseTextArticle(football, "fx-football.txt", "fx-football"),
];
// the project's hand-kept lexicons (FreeDict's 85,000 lines are left out to keep the test quick)
const lexicon = mergeLexicons([glossary, places, common].flatMap(parseLexicon), []);
const analyzer = analyzerFor(DEFAULT_RANKING);
const bundled = storeEngine(new SearchIndex(buildCorpusIndex(articles, undefined, lexicon)));
let archive: StoreEngine;

/**
 * English questions made from the data: for each paragraph, the headwords whose translations it holds
 * (up to four, in lexicon order), and "What did NAME say?" with each speaker's name in Latin letters.
 */
async function questions(): Promise<string[]> {
  const candidates = [...lexiconCandidates(lexicon, analyzer)];
  const fromText = articles.flatMap((a) => a.paragraphs.map((p) => {
    const stems = new Set(analyze(p, analyzer).map((t) => t.term));
    return candidates.filter(([en, ar]) => !en.includes(" ") && ar.some((s) => stems.has(s))).slice(0, 4).map(([en]) => en).join(" ");
  })).filter(Boolean);
  const bySpeaker = (await bundled.speakers()).map((s) => `What did ${transliterate(s.name)} say?`);
  return [...fromText, ...bySpeaker];
}

beforeAll(async () => {
  await env.ENGLISH_DB.batch(lexiconStatements(env.ENGLISH_DB, lexicon, analyzer));
  await ingestArticles(env.ENGLISH_DB, articles);
  archive = new StoreEngine(new D1Store(env.ENGLISH_DB));
});

describe("English questions over the D1 store", () => {
  it("search, answer and summarize as over the bundled index with the same lexicon", async () => {
    const asked = await questions();
    expect(asked.length).toBeGreaterThan(10);
    let found = 0;
    for (const q of asked) {
      const b = await bundled.search(q, 5);
      expect(await archive.search(q, 5), q).toEqual(b);
      if (b.results.length) found++;
      expect(await archive.ask(q, { topK: 3 }), q).toEqual(await bundled.ask(q, { topK: 3 }));
      // a question summary ranks sentences against the question's Arabic stems, read from the store's slice
      expect(await archive.summarize({ question: q }, 3), q).toEqual(await bundled.summarize({ question: q }, 3));
    }
    // the questions do translate: most of them find paragraphs
    expect(found).toBeGreaterThan(asked.length / 2);
  });

  it("builds the English alias table once per generation, not once per request's index", async () => {
    const store = new D1Store(env.ENGLISH_DB);
    const need = { texts: ["the minister, the coach, energy, the spokesman"] };
    const [first, second] = [await store.index(need), await store.index(need)];
    expect(second).not.toBe(first);
    const calls = [0, 0];
    [first, second].forEach((index, k) => {
      const own = index.data.extras.aliasKeys.bind(index.data.extras);
      index.data.extras.aliasKeys = () => (calls[k]!++, own());
    });
    // subjects of translated words only: matched through the ranked alias table
    for (const subject of ["the minister", "the coach", "energy", "the spokesman"]) {
      expect(findSpeakerEnglish(second, subject), subject).toEqual(findSpeakerEnglish(first, subject));
    }
    // one build for both indexes (the first one asked builds it; before, each index built its own)
    expect(calls[0]! + calls[1]!).toBe(1);
  });

  it("finds nothing for English words without the lexicon rows", async () => {
    const [q] = await questions();
    await env.ENGLISH_DB.prepare("DELETE FROM english_lexicon").run();
    const b = await bundled.search(q!, 5);
    expect(b.results.length).toBeGreaterThan(0);
    expect(await archive.search(q!, 5)).not.toEqual(b);
  });
});
