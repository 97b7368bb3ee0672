import { describe, expect, it } from "vitest";
import { buildIndex, deserializeIndex, serializeIndex, DEFAULT_RANKING, handRerank, LEARNED_RERANK, queryTerm, RERANK_FEATURES, SearchIndex } from "../../src/index";

const articles = [
  { id: "a", title: "", language: "ar", paragraphs: ["اجتماع طويل جدا انتهى ثم وصل الوفد الى سوتشي", "اجتماع سوتشي انتهى ثم وصل الوفد طويل جدا"] },
  { id: "b", title: "", language: "ar", paragraphs: ["سيارة حمراء", "قطار سريع"] },
];
const only = (feature: string, weight = 1) => RERANK_FEATURES.map((f) => (f === feature ? weight : 0));
const at = (feature: string) => RERANK_FEATURES.indexOf(feature as (typeof RERANK_FEATURES)[number]);

describe("the rerank: a dot product of weights and candidate features", () => {
  it("ships one learned weight per feature, BM25's at 1", () => {
    expect(LEARNED_RERANK).toHaveLength(RERANK_FEATURES.length);
    expect(LEARNED_RERANK[at("bm25")]).toBe(1);
    expect(DEFAULT_RANKING.rerankWeights).toBe(LEARNED_RERANK);
  });

  it("scores each candidate as idf mass x (weights . features), with the features in its signals", () => {
    const index = new SearchIndex(buildIndex(articles, DEFAULT_RANKING));
    const hits = index.search("اجتماع سوتشي", { signals: true });
    expect(hits.length).toBe(2);
    for (const h of hits) {
      const f = h.signals!.features;
      expect(f).toHaveLength(RERANK_FEATURES.length);
      const dot = (w: number[]) => f.reduce((s, v, k) => s + v * w[k]!, 0);
      const mass = h.signals!.mass * index.idf(0);
      expect(h.score).toBeCloseTo(mass * dot(LEARNED_RERANK), 5);
      // the found model reads the hand combination's score, whatever weights rank
      expect(h.signals!.score).toBeCloseTo(dot(handRerank(DEFAULT_RANKING)), 6);
    }
    // the paragraph with the words side by side has the larger proximity and window features
    const [near, far] = [hits.find((h) => h.doc === 1)!, hits.find((h) => h.doc === 0)!];
    expect(near.signals!.features[at("proximity")]!).toBeGreaterThan(far.signals!.features[at("proximity")]!);
    expect(near.signals!.features[at("lead")]).toBe(0.5);
    expect(far.signals!.features[at("lead")]).toBe(1);
  });

  it("reorders by what the weights value: proximity, or being an article's first paragraph", () => {
    const rank = (weights: number[]) => new SearchIndex(buildIndex(articles, { ...DEFAULT_RANKING, rerankWeights: weights })).search("اجتماع سوتشي").map((h) => h.doc);
    expect(rank(only("proximity"))).toEqual([1, 0]);
    expect(rank(only("lead"))).toEqual([0, 1]);
    expect(rank(only("lead", -1))).toEqual([1, 0]);
  });

  it("[] is the hand combination of RankingOptions: BM25 + partial, context and proximity at their weights", () => {
    const hand = { ...DEFAULT_RANKING, rerankWeights: [] };
    const bm25Only = { ...hand, partialWeight: 0, contextWeight: 0, proximityWeight: 0 };
    const plain = new SearchIndex(buildIndex(articles, bm25Only)).search("اجتماع سوتشي", { signals: true });
    const mixed = new SearchIndex(buildIndex(articles, hand)).search("اجتماع سوتشي", { signals: true });
    expect(handRerank(hand)[at("proximity")]).toBe(hand.proximityWeight);
    for (const h of mixed) {
      const base = plain.find((p) => p.doc === h.doc)!;
      const mass = h.signals!.mass * new SearchIndex(buildIndex(articles, hand)).idf(0);
      expect(h.signals!.features[at("bm25")]! * mass).toBeCloseTo(base.score, 4);
      expect(h.score).toBeCloseTo(base.score + hand.proximityWeight * h.signals!.proximity * mass, 4);
    }
  });

  it("a question of translated terms (English) keeps the hand combination", () => {
    const index = new SearchIndex(buildIndex(articles, { ...DEFAULT_RANKING, rerankWeights: only("lead", -1) }));
    const terms = ["اجتماع سوتشي"].flatMap((q) => index.queryTerms(q));
    expect(index.search(terms).map((h) => h.doc)).toEqual([1, 0]); // Arabic words: the weights rank
    const translated = terms.map((t) => queryTerm(t.alternatives));
    const hand = new SearchIndex(buildIndex(articles, { ...DEFAULT_RANKING, rerankWeights: [] }));
    expect(index.search(translated).map((h) => [h.doc, h.score])).toEqual(hand.search(translated).map((h) => [h.doc, h.score]));
  });

  it("the index file keeps the weights", () => {
    const weights = only("lead", -1);
    const loaded = deserializeIndex(serializeIndex(buildIndex(articles, { ...DEFAULT_RANKING, rerankWeights: weights })));
    expect(loaded.ranking.rerankWeights).toEqual(weights);
    expect(new SearchIndex(loaded).search("اجتماع سوتشي").map((h) => h.doc)).toEqual([1, 0]);
  });
});
