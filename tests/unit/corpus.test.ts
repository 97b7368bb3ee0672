import { describe, expect, it } from "vitest";
import { CorpusError, parseJsonlArticles, parseTextArticle } from "../../src/corpus/parse";

describe("corpus files", () => {
  it("reads front matter, paragraphs and a closing byline as the source", () => {
    const a = parseTextArticle("---\nid: x1\ntitle: عنوان\ndate: 2020-09-14\n---\nفقرة أولى\n\nفقرة ثانية\n\nأ ف ب", "x.txt", "fallback");
    expect(a).toMatchObject({ id: "x1", title: "عنوان", date: "2020-09-14", source: "AFP", paragraphs: ["فقرة أولى", "فقرة ثانية"] });
  });
  it("falls back to the file name for the id", () => {
    expect(parseTextArticle("نص", "a.txt", "a").id).toBe("a");
  });
  it("fails a bad article with file, line and reason", () => {
    expect(() => parseJsonlArticles('{"id":"ok","paragraphs":["x"]}\n{"id":"bad","paragraphs":[]}', "c.jsonl")).toThrow(CorpusError);
    try {
      parseJsonlArticles('{"id":"ok","paragraphs":["x"]}\n{"id":"bad","paragraphs":[]}', "c.jsonl");
    } catch (e) {
      expect((e as CorpusError).line).toBe(2);
      expect((e as CorpusError).message).toMatch(/c\.jsonl:2: paragraphs/);
    }
    expect(() => parseJsonlArticles("{oops", "d.jsonl")).toThrow(/d\.jsonl:1: not valid JSON/);
  });
});
