import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";
import { answer } from "../../src/answer";
import { buildCorpusIndex, SearchIndex } from "../../src/index";

// Sentences written for these tests (issue 13, session 18); no name here is in the seed, the labelled
// articles or the judged samples.
const speakerOf = (paragraphs: string[], quote: string) => resolveArticle(paragraphs).find((x) => x.text.includes(quote))?.speaker ?? null;

describe("a relative in construct with a name speaks, not the person named (KIN_NOUNS)", () => {
  it("والد فلان: the father is the speaker, never the son", () => {
    const s = speakerOf(["وقال والد كريم المطيري: \"ابني كان متفوقا في دراسته\"."], "ابني كان");
    expect(s?.name).not.toBe("كريم المطيري");
    expect(s?.name).toContain("والد");
  });
  it("زوجة and نجلة: the spouse and the daughter likewise", () => {
    expect(speakerOf(["وقالت زوجة سامي الفهد إن \"زوجها لم يرتكب أي مخالفة\"."], "زوجها لم")?.name).toContain("زوجة");
    expect(speakerOf(["وأكدت نجلة الراحل هشام بدر أن \"العائلة ستنشر مذكراته\"."], "العائلة ستنشر")?.name ?? "").not.toBe("هشام بدر");
  });
  it("a relative with a pronoun suffix (زوجته) is not a kin noun in construct: the phrase is read as before", () => {
    const s = speakerOf(["وقال ماهر الصالح إن \"الفريق جاهز\". وقالت زوجته: \"لم نسمع شيئا\"."], "لم نسمع");
    expect(s?.name ?? "").not.toContain("ماهر الصالح زوجته");
  });
  it("a title that is not a relation keeps its holder (المتحدث باسم الوزارة فلان)", () => {
    expect(speakerOf(["وقال المتحدث باسم الوزارة نادر الحمدان: \"الخطة جاهزة\"."], "الخطة جاهزة")?.name).toBe("نادر الحمدان");
  });
});

describe("a name question never answers with a speaker named by a relation to that person", () => {
  const corpus = (head: string) =>
    new SearchIndex(buildCorpusIndex([
      { id: "a1", title: "ذكرى حادث", language: "ar", paragraphs: ["أحيا سكان الحي ذكرى الحادث الذي أصيب فيه كريم المطيري.", `وقال ${head} كريم المطيري: "سأبذل كل جهد ممكن من أجل العدالة".`] },
      { id: "a2", title: "مؤتمر", language: "ar", paragraphs: ["افتتح المؤتمر أمس.", "وقال سامي الفهد: \"الاقتصاد ينمو بثبات\"."] },
    ]));
  for (const head of ["والد", "أنصار"]) {
    it(`${head} فلان: found:false for the person, in English and in Arabic`, () => {
      const index = corpus(head);
      for (const q of ["What did Karim al-Mutairi say?", "ماذا قال كريم المطيري؟"]) {
        const r = answer(index, q, 3);
        expect(r.found, q).toBe(false);
      }
    });
  }
  it("the father, asked by the phrase the article uses, is found", () => {
    expect(answer(corpus("والد"), "ماذا قال والد كريم المطيري؟", 3).found).toBe(true);
  });
});
