/// <reference types="vite/client" />
import { describe, expect, it } from "vitest";
import { answer } from "../../src/answer";
import { buildCorpusIndex, deserializeIndex, SearchIndex, serializeIndex } from "../../src/index";
import { parseTextArticle } from "../../src/corpus/parse";
import football from "../fixtures/articles/fx-football.txt?raw";
import oil from "../fixtures/articles/fx-oil.txt?raw";
import summit from "../fixtures/articles/fx-summit.txt?raw";

// the Worker suite's fixture articles (tests/fixtures/articles), read through vite: the tests run in workerd
const articles = Object.entries({ football, oil, summit }).map(([id, text]) => parseTextArticle(text, `${id}.txt`, id));
const built = buildCorpusIndex(articles);
const file = serializeIndex(built);

describe("a loaded index decodes its postings and forward index a term (a paragraph) at a time", () => {
  it("answers every question as the built index does, through the lazy tables", () => {
    const loaded = new SearchIndex(deserializeIndex(file));
    const memory = new SearchIndex(built);
    expect(loaded.data.lazy).toBeDefined();
    expect(memory.data.lazy).toBeUndefined();
    // every run of four words, three apart, of every paragraph, and each speaker question
    const words = articles.flatMap((a) => a.paragraphs.flatMap((p) => p.split(/\s+/)));
    const questions = words.flatMap((_, i) => (i % 3 ? [] : [words.slice(i, i + 4).join(" ")]));
    for (const s of loaded.data.extras.speakers) questions.push(`ماذا قال ${s.name}؟`);
    expect(questions.length).toBeGreaterThan(30);
    for (const q of questions) {
      expect(loaded.search(q, { limit: 10 })).toEqual(memory.search(q, { limit: 10 }));
      expect(answer(loaded, q, 3)).toEqual(answer(memory, q, 3));
    }
  });

  it("fills a term's range only when it is read, and the whole arrays on first read of a plain field", () => {
    const data = deserializeIndex(file);
    const lazy = data.lazy!;
    const id = data.terms.findIndex((_, t) => data.postingOffsets[t + 1]! - data.postingOffsets[t]! > 1);
    const range = (a: Uint32Array) => Array.from(a.subarray(data.postingOffsets[id]!, data.postingOffsets[id + 1]!));
    expect(range(lazy.postingDocs).every((d) => d === 0)).toBe(true); // nothing decoded at load
    lazy.loadPostings(id);
    expect(range(lazy.postingDocs)).toEqual(range(built.postingDocs));
    expect(Array.from(data.postingDocs)).toEqual(Array.from(built.postingDocs));
    expect(Array.from(data.docPositions)).toEqual(Array.from(built.docPositions));
  });
});
