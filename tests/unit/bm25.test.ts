import { describe, expect, it } from "vitest";
import { foldedCodes, normalizeArabic, terms } from "../../src/analysis";
import { GramMatcher, gramSet, letterGrams } from "../../src/index/grams";
import { ArrayTextStore, buildIndex, deserializeIndex, serializeIndex, SearchIndex, DEFAULT_RANKING, INDEX_FORMAT_VERSION } from "../../src/index";

const plain = { ...DEFAULT_RANKING, k1: 1.2, b: 0.75, titleWeight: 0, proximityWeight: 0, prefixWeight: 0, partialWeight: 0, contextWeight: 0, cliticVariants: false, rerankWeights: [] };
const articles = [
  { id: "a", title: "", language: "ar", paragraphs: ["قطار سريع", "قطار بطيء قطار"] },
  { id: "b", title: "", language: "ar", paragraphs: ["سيارة حمراء"] },
];

describe("BM25 numbers, checked by hand", () => {
  it("scores a one-term query as idf * tf(k1+1) / (tf + k1(1-b+b*len/avg))", () => {
    const index = new SearchIndex(buildIndex(articles, plain));
    // N=3, df(قطار)=2 -> idf = ln(1 + (3-2+0.5)/(2+0.5)) = ln(1.6)
    const idf = Math.log(1.6);
    // lengths 2, 3, 2 -> avg 7/3
    const avg = 7 / 3;
    const s0 = (idf * 1 * 2.2) / (1 + 1.2 * (0.25 + (0.75 * 2) / avg));
    const s1 = (idf * 2 * 2.2) / (2 + 1.2 * (0.25 + (0.75 * 3) / avg));
    const hits = index.search("قطار");
    expect(hits.map((h) => h.doc)).toEqual([1, 0]);
    expect(hits[0]!.score).toBeCloseTo(s1, 5);
    expect(hits[1]!.score).toBeCloseTo(s0, 5);
    expect(hits[0]!.coverage).toBe(1);
  });

  it("an unseen term lowers coverage; no match returns nothing", () => {
    const index = new SearchIndex(buildIndex(articles, plain));
    expect(index.search("طائرة")).toEqual([]);
    const [hit] = index.search("قطار طائرة");
    expect(hit!.coverage).toBeGreaterThan(0);
    expect(hit!.coverage).toBeLessThan(0.5);
  });

  it("counts the title with every paragraph at its weight", () => {
    const withTitle = [{ id: "t", title: "سيارة", language: "ar", paragraphs: ["قطار", "طريق"] }, ...articles.slice(1)];
    const index = new SearchIndex(buildIndex(withTitle, { ...plain, titleWeight: 0.5 }));
    const docs = index.search("سيارة", { limit: 5 }).map((h) => h.doc);
    expect(docs).toContain(0);
    expect(docs).toContain(1);
    expect(docs[0]).toBe(2); // the paragraph that says it beats the title's half weight
  });

  it("boosts paragraphs where the query terms stand close", () => {
    const near = [{ id: "n", title: "", language: "ar", paragraphs: ["اجتماع سوتشي اليوم كبير جدا", "اجتماع كبير طويل جدا ثم سوتشي"] }];
    const index = new SearchIndex(buildIndex(near, { ...plain, proximityWeight: 1 }));
    expect(index.search("اجتماع سوتشي")[0]!.doc).toBe(0);
  });
});

describe("the index file", () => {
  it("round-trips and behaves the same", () => {
    const built = buildIndex(articles, plain);
    const loaded = deserializeIndex(serializeIndex(built));
    expect(Array.from({ length: loaded.texts.length }, (_, i) => loaded.texts.get(i))).toEqual((built.texts as ArrayTextStore).all());
    expect(loaded.terms).toEqual(built.terms);
    expect(new SearchIndex(loaded).search("قطار")).toEqual(new SearchIndex(built).search("قطار"));
  });

  it("keeps a forward index of each paragraph's stems and positions, and of each title's stems", () => {
    const data = buildIndex([{ id: "f", title: "قطار سريع", language: "ar", paragraphs: ["في القطار سيارة", "قطار"] }], { ...plain, titleWeight: 0.25 });
    const stems = (from: number, to: number, ids: Uint32Array) => Array.from(ids.subarray(from, to), (id) => data.terms[id]);
    expect(stems(data.docTermOffsets[0]!, data.docTermOffsets[1]!, data.docTerms)).toEqual(terms("القطار سيارة"));
    expect(Array.from(data.docPositions.subarray(0, 2))).toEqual([1, 2]); // the stopword في keeps its place
    expect(stems(data.titleTermOffsets[0]!, data.titleTermOffsets[1]!, data.titleTerms)).toEqual(terms("قطار سريع"));
    const loaded = deserializeIndex(serializeIndex(data));
    expect(Array.from(loaded.docTerms)).toEqual(Array.from(data.docTerms));
    expect(Array.from(loaded.docPositions)).toEqual(Array.from(data.docPositions));
    expect(Array.from(loaded.titleTerms)).toEqual(Array.from(data.titleTerms));
  });

  it("scores a built and a loaded index the same with every rerank feature on", () => {
    const news = [
      { id: "x", title: "اجتماع في سوتشي", language: "ar", paragraphs: ["سيلتقي الرئيسان الأسبوع المقبل", "الاجتماع سيعقد في سوتشي على البحر الأسود"] },
      { id: "y", title: "الانتخابات", language: "ar", paragraphs: ["أعلنت اللجنة نتائج الانتخابات الرئاسية", "احتجاجات بعد إعلان النتائج"] },
    ];
    const built = buildIndex(news);
    const loaded = deserializeIndex(serializeIndex(built));
    for (const q of ["أين يلتقي الرئيسان؟", "نتائج الانتخابات الرئاسيه", "الاحتجاجات"]) {
      expect(new SearchIndex(loaded).search(q)).toEqual(new SearchIndex(built).search(q));
    }
  });

  it("refuses a file of another format version", () => {
    const bytes = serializeIndex(buildIndex(articles, plain));
    new DataView(bytes.buffer).setUint32(4, INDEX_FORMAT_VERSION + 1, true);
    expect(() => deserializeIndex(bytes)).toThrow(/format/);
    expect(() => deserializeIndex(new Uint8Array(4))).toThrow();
  });

  it("rejects duplicate article ids", () => {
    expect(() => buildIndex([articles[0]!, articles[0]!], plain)).toThrow(/duplicate/);
  });
});

describe("GramMatcher (partial credit)", () => {
  it("finds through a paragraph's gram set what a search for each gram finds", () => {
    const words = ["المستشفيات", "والتظاهرات", "بالانتخابات", "سوتشي", "قصير"];
    const matcher = new GramMatcher(words.map((w) => letterGrams(normalizeArabic(w))));
    const texts = ["زار المستشفى الميداني قبل الانتخابات", "تظاهرة في سوتشي", "لا شيء هنا", "الانتخابات والتظاهرات في المستشفيات"];
    for (const text of texts) {
      const folded = foldedCodes(text);
      const plainText = normalizeArabic(text);
      const expected = words.map((w) => {
        const grams = letterGrams(normalizeArabic(w));
        return grams.length ? grams.filter((g) => plainText.includes(g)).length / grams.length : 0;
      });
      expect(matcher.shares(gramSet(folded))).toEqual(expected);
    }
    expect(matcher.hasGrams(4)).toBe(false);
    expect(matcher.shares(gramSet(foldedCodes(texts[3]!))).slice(0, 3)).toEqual([1, 1, 1]);
  });

  it("holds each distinct 4-gram of a text once, and nothing for texts under 4 units", () => {
    // every word of a text as a query word: each of its grams must be found, none of a foreign word's
    const text = "أكد المتحدث باسم الحكومة أن المفاوضات ستستأنف الأسبوع المقبل في العاصمة، وأن الاجتماعات الثنائية ستتواصل";
    const folded = foldedCodes(text);
    const plain = normalizeArabic(text);
    const set = gramSet(folded);
    const distinct = new Set(Array.from({ length: plain.length - 3 }, (_, i) => plain.slice(i, i + 4)));
    expect(set.filter((x) => x !== 0).length).toBe(distinct.size);
    const words = plain.split(/[\s،]+/).filter((w) => w.length >= 5);
    const matcher = new GramMatcher([...words.map(letterGrams), letterGrams("البرتقالية")]);
    expect(matcher.shares(set)).toEqual([...words.map(() => 1), 0]);
    expect(gramSet(foldedCodes("قال")).every((x) => x === 0)).toBe(true);
  });
});
