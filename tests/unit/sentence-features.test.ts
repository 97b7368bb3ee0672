import { describe, expect, it } from "vitest";
import { SENTENCE_FEATURES, type SentenceModel } from "../../src/corpus/sentence-features";
import { SENTENCE_MODEL } from "../../src/corpus/sentence-model";
import { splitSentences } from "../../src/corpus/sentences";
import { DEFAULT_SUMMARY, HAND_SUMMARY, MAX_GRAPH_SENTENCES, rankSentences, scoreSentences } from "../../src/corpus/summary";

// an article written for this test
const paragraphs = [
  "افتتحت البلدية حديقة عامة جديدة في وسط المدينة. وتضم الحديقة ملاعب للأطفال.",
  "وبلغت تكلفة الحديقة 12 مليون ريال. وزرعت فيها أشجار النخيل.",
  "ويتوقع أن يزور الحديقة آلاف السكان في العطلة.",
];
const sentences = splitSentences(paragraphs);
const f = (name: (typeof SENTENCE_FEATURES)[number]) => SENTENCE_FEATURES.indexOf(name);
const only = (name: (typeof SENTENCE_FEATURES)[number], w: number): SentenceModel => ({ features: [...SENTENCE_FEATURES], weights: SENTENCE_FEATURES.map((n) => (n === name ? w : 0)), bias: 0 });

describe("learned sentence scorer", () => {
  it("the shipped model reads SENTENCE_FEATURES and DEFAULT_SUMMARY uses it", () => {
    expect(SENTENCE_MODEL.features).toEqual([...SENTENCE_FEATURES]);
    expect(SENTENCE_MODEL.weights).toHaveLength(SENTENCE_FEATURES.length);
    expect(DEFAULT_SUMMARY.sentenceModel).toBe(SENTENCE_MODEL);
    expect(HAND_SUMMARY.sentenceModel).toBeUndefined();
    expect(scoreSentences(sentences, HAND_SUMMARY).features).toBeUndefined();
  });

  it("computes position, paragraph, number and title features per sentence", () => {
    const x = scoreSentences(sentences, DEFAULT_SUMMARY, "حديقة عامة جديدة").features!;
    expect(x).toHaveLength(sentences.length);
    expect(x.map((r) => r[f("first")])).toEqual([1, 0, 0, 0, 0]);
    expect(x.map((r) => r[f("paragraph start")])).toEqual([1, 0, 1, 0, 1]);
    expect(x.map((r) => r[f("number")])).toEqual([0, 0, 1, 0, 0]);
    expect(x[0]![f("inverse position")]).toBe(1);
    expect(x[0]![f("title")]).toBeGreaterThan(x[3]![f("title")]!);
    // الحديقة is in most sentences: a top term
    expect(x[1]![f("top terms")]).toBeGreaterThan(0);
  });

  it("the model's weights decide the picks", () => {
    const late = rankSentences(sentences, 1, { ...HAND_SUMMARY, sentenceModel: only("relative position", 5) });
    const early = rankSentences(sentences, 1, { ...HAND_SUMMARY, sentenceModel: only("relative position", -5) });
    expect(late).toEqual([4]);
    expect(early).toEqual([0]);
    const withNumber = rankSentences(sentences, 1, { ...HAND_SUMMARY, sentenceModel: only("number", 5) });
    expect(withNumber).toEqual([2]);
  });

  it("a quoted sentence still gets the hand quote bonus over the model's probability", () => {
    const quoted = sentences.map((s, i) => ({ ...s, quoted: i === 3 }));
    const model = only("first", 0);
    const s = scoreSentences(quoted, { ...HAND_SUMMARY, sentenceModel: model });
    expect(s.score[3]! - s.score[2]!).toBeCloseTo(HAND_SUMMARY.quoteWeight, 9);
  });

  it("keeps the graph bound: features only for the MAX_GRAPH_SENTENCES graph sentences", () => {
    const long = splitSentences(Array.from({ length: 120 }, (_, i) => `وقال المسؤول في الجملة رقم ${i} إن العمل مستمر في المشروع.`));
    const s = scoreSentences(long, DEFAULT_SUMMARY);
    expect(s.ids.length).toBeLessThanOrEqual(MAX_GRAPH_SENTENCES);
    expect(s.features).toHaveLength(s.ids.length);
  });
});
