import { describe, expect, it } from "vitest";
import { englishQuery } from "../../src/answer/english";
import { answeringHits, FOUND_DEPTH, foundFeatures, foundProbability, FOUND_FEATURES, hitsLanguage, type FoundModel } from "../../src/answer/found";
import { FOUND_MODELS } from "../../src/answer/found-model";
import { buildCorpusIndex, buildIndex, DEFAULT_RANKING, SearchIndex, type Hit } from "../../src/index";
import { mergeLexicons } from "../../src/index/english";

const articles = [
  { id: "a", title: "", language: "ar", paragraphs: ["عقد الرئيس اجتماعا في سوتشي مع رئيس بيلاروس", "ارتفعت أسعار النفط في الأسواق العالمية"] },
  { id: "b", title: "", language: "ar", paragraphs: ["فاز الفريق بالبطولة بعد مباراة صعبة", "أعلنت الحكومة عن خطة جديدة للتعليم"] },
];
const index = new SearchIndex(buildIndex(articles, DEFAULT_RANKING));

describe("found / not-found decision", () => {
  it("signals are filled only when asked, and are shares of the idf mass", () => {
    expect(index.search("اجتماع سوتشي")[0]!.signals).toBeUndefined();
    const s = index.search("اجتماع سوتشي", { signals: true })[0]!.signals!;
    expect(s.exact).toBeCloseTo(1, 5);
    expect(s.unknown).toBe(0);
    expect(s.rarest).toBe(1);
    const half = index.search("سوتشي زيمبابوي", { signals: true })[0]!.signals!;
    expect(half.unknown).toBeGreaterThan(0.4);
    expect(half.exact + half.unknown).toBeLessThanOrEqual(1.0001);
    // both words stand within one sentence-long stretch; an Arabic question reads the Arabic model
    expect(s.window).toBeCloseTo(1, 5);
    expect(hitsLanguage(index.search("اجتماع سوتشي", { signals: true }))).toBe("ar");
  });

  it("features follow FOUND_FEATURES, gap is 1 with no next hit and 0 for a missing hit", () => {
    const hits = index.search("اجتماع سوتشي", { signals: true, limit: 1 });
    const x = foundFeatures(hits);
    expect(x).toHaveLength(FOUND_FEATURES.length);
    expect(x[FOUND_FEATURES.indexOf("gap")]).toBe(1);
    expect(foundFeatures([])).toEqual(FOUND_FEATURES.map(() => 0));
    // each language's model reads a subset of the features (chosen on tune), one weight each
    for (const m of [FOUND_MODELS.ar, FOUND_MODELS.en]) {
      expect(m.features.every((f) => (FOUND_FEATURES as readonly string[]).includes(f))).toBe(true);
      expect(m.weights).toHaveLength(m.features.length);
    }
    expect(x[FOUND_FEATURES.indexOf("clarity")]).toBe(1);
  });

  it("gapArticle skips the hits of the top hit's own article; zscore reads the spread of the ranked scores", () => {
    const hit = (doc: number, score: number, article: number) => ({ doc, score, coverage: 1, signals: { ...index.search("اجتماع سوتشي", { signals: true })[0]!.signals!, article } });
    const hits = [hit(0, 10, 0), hit(1, 9, 0), hit(2, 5, 1), hit(3, 4, 1)];
    const x = foundFeatures(hits);
    expect(x[FOUND_FEATURES.indexOf("gap")]).toBeCloseTo(0.1, 9);
    expect(x[FOUND_FEATURES.indexOf("gapArticle")]).toBeCloseTo(0.5, 9);
    expect(foundFeatures(hits.slice(0, 2))[FOUND_FEATURES.indexOf("gapArticle")]).toBe(1);
    const sd = Math.sqrt((3 ** 2 + 2 ** 2 + 2 ** 2 + 3 ** 2) / 4);
    expect(x[FOUND_FEATURES.indexOf("zscore")]).toBeCloseTo(3 / sd, 9);
  });

  it("the model's threshold decides: a strict model refuses, a lax one keeps the best hit first", () => {
    const hits = index.search("اجتماع سوتشي", { signals: true });
    const strict: FoundModel = { features: [...FOUND_FEATURES], weights: FOUND_FEATURES.map(() => 0), bias: -5, threshold: 0.5 };
    const lax: FoundModel = { ...strict, bias: 5 };
    expect(answeringHits(hits, strict)).toEqual([]);
    expect(answeringHits(hits, lax)[0]).toBe(hits[0]);
    expect(foundProbability([] as Hit[])).toBe(0);
  });

  it("a model reads its features by name, whatever their order in FOUND_FEATURES", () => {
    const hits = index.search("اجتماع سوتشي", { signals: true });
    const x = foundFeatures(hits);
    const model: FoundModel = { features: ["window", "exact"], weights: [2, -1], bias: 0.5, threshold: 0.5 };
    const z = 0.5 + 2 * x[FOUND_FEATURES.indexOf("window")]! - x[FOUND_FEATURES.indexOf("exact")]!;
    expect(foundProbability(hits, 0, model)).toBeCloseTo(1 / (1 + Math.exp(-z)), 9);
  });

  it("with the fitted model, a question the paragraphs hold beats one about a topic they lack", () => {
    const p = (q: string) => foundProbability(index.search(q, { signals: true, limit: 4 }));
    expect(p("أين عقد الرئيس اجتماعا مع رئيس بيلاروس؟")).toBeGreaterThan(p("ما هي عاصمة البرازيل؟"));
    expect(answeringHits(index.search("ما هي عاصمة البرازيل؟", { signals: true, limit: 4 }))).toEqual([]);
  });
});

describe("English questions get their own found / not-found line", () => {
  // articles written for this test, with a small lexicon: one topic held (a hospital opened in Jeddah), one absent (a moon rocket)
  const corpus = [
    { id: "h", title: "مستشفى جديد في جدة", language: "ar", paragraphs: ["افتتحت وزارة الصحة مستشفى جديدا للأطفال في مدينة جدة بسعة مئتي سرير.", "وقال الوزير إن العمل في المستشفى بدأ قبل ثلاث سنوات بتكلفة مئة مليون ريال."] },
    { id: "m", title: "أسعار النفط", language: "ar", paragraphs: ["ارتفعت أسعار النفط في الأسواق العالمية بعد قرار خفض الإنتاج.", "وقال محللون إن الأسعار قد تواصل الارتفاع خلال العام المقبل."] },
  ];
  const lexicon = mergeLexicons([
    ["hospital", ["مستشفى"]], ["children", ["الأطفال"]], ["jeddah", ["جدة"]], ["beds", ["سرير"]], ["ministry", ["وزارة"]], ["health", ["الصحة"]],
    ["oil", ["النفط"]], ["prices", ["أسعار"]], ["year", ["العام"]], ["rocket", ["صاروخ"]], ["launch", ["إطلاق"]], ["moon", ["القمر"]],
  ], []);
  const english = new SearchIndex(buildCorpusIndex(corpus, undefined, lexicon));
  const hitsOf = (q: string) => english.search(englishQuery(english, q).terms, { signals: true, limit: FOUND_DEPTH });

  it("reads the English model for English questions", () => {
    expect(hitsLanguage(hitsOf("children's hospital in Jeddah"))).toBe("en");
  });

  it("answers an English question the corpus holds and refuses one whose topic words it lacks", () => {
    expect(answeringHits(hitsOf("How many beds does the new children's hospital in Jeddah have?"))[0]?.doc).toBe(0);
    // the corpus holds "year" (العام) but none of the topic's words: they count as unknown, not as left out
    const absent = hitsOf("When will the rocket launch to the moon take place this year?");
    expect(absent[0]?.signals?.unknown).toBeGreaterThan(0.5);
    expect(answeringHits(absent)).toEqual([]);
  });
});
