import { describe, expect, it } from "vitest";
import { chooseSummary, LEAD_FEATURES, leadFeatures, type LeadModel } from "../../src/corpus/lead";
import { LEAD_MODEL } from "../../src/corpus/lead-model";
import { splitSentences } from "../../src/corpus/sentences";
import { rankSentences, scoreSentences } from "../../src/corpus/summary";
import { summarizeText } from "../../src/answer/summaries";

// an article written for this test: its lead says it all, its later sentences repeat the topic's words
const paragraphs = [
  "أعلنت وزارة الصحة افتتاح مستشفى جديد للأطفال في مدينة جدة بسعة مئتي سرير.",
  "وقال الوزير إن المستشفى يضم أقساما للطوارئ والعناية المركزة. وأضاف أن العمل بدأ قبل ثلاث سنوات.",
  "ويعمل في المستشفى الجديد أكثر من ثلاثمئة طبيب وممرض. وتبلغ تكلفة المشروع مئة مليون ريال.",
  "وكانت الوزارة قد افتتحت مستشفى مماثلا في الرياض العام الماضي. ويتوقع أن يخدم المستشفى سكان المنطقة.",
];
const sentences = splitSentences(paragraphs);
const always: LeadModel = { features: [...LEAD_FEATURES], weights: LEAD_FEATURES.map(() => 0), bias: 5 };
const never: LeadModel = { ...always, bias: -5 };

describe("lead or ranked summary", () => {
  it("falls back to the opening sentences when the model says the lead is better", () => {
    const lead = chooseSummary(sentences, 2, undefined, "", always);
    expect(lead).toEqual({ method: "lead", picks: [0, 1] });
    const ranked = chooseSummary(sentences, 2, undefined, "", never);
    expect(ranked.method).toBe("ranked");
    expect(ranked.picks).toEqual(rankSentences(sentences, 2));
    // the indexer stores more picks than the decision's length
    expect(chooseSummary(sentences, 2, undefined, "", always, 5).picks).toEqual([0, 1, 2, 3, 4]);
    expect(chooseSummary([], 3).picks).toEqual([]);
  });

  it("features follow LEAD_FEATURES and the shipped model reads them", () => {
    const scores = scoreSentences(sentences);
    const x = leadFeatures(sentences, 3, rankSentences(sentences, 3), scores);
    expect(x).toHaveLength(LEAD_FEATURES.length);
    // null when the fit found the decision did not help on held-out folds (then every summary is ranked)
    if (LEAD_MODEL !== null) expect(LEAD_MODEL.features).toEqual([...LEAD_FEATURES]);
    else expect(chooseSummary(sentences, 2).method).toBe("ranked");
    expect(x[LEAD_FEATURES.indexOf("share")]).toBeCloseTo(3 / sentences.length, 5);
  });

  it("posted text says which method it used, and a lead summary is the text's first sentences", () => {
    const r = summarizeText(paragraphs.join("\n"), 3);
    expect(["lead", "ranked"]).toContain(r.method);
    const opening = sentences.slice(0, 3).map((s) => s.text);
    if (r.method === "lead") expect(r.summary.map((s) => s.text)).toEqual(opening);
    else expect(r.summary.map((s) => s.text)).not.toEqual(opening);
  });
});
