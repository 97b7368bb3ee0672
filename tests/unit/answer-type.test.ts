import { describe, expect, it } from "vitest";
import { isDateToken, isNumberToken, isPersonToken, isPlaceToken, tokenize } from "../../src/analysis";
import { expectedAnswerType } from "../../src/answer/answer-type";
import { answerTypeNear, bestStretch } from "../../src/index/answer-window";
import { buildIndex, DEFAULT_RANKING, SearchIndex } from "../../src/index";

const toks = (t: string) => tokenize(t).map((x) => x.text);

describe("the answer type a question asks for (src/answer/answer-type.ts)", () => {
  it("reads the question word, Arabic and English", () => {
    const cases: [string, string | undefined][] = [
      ["كم عدد سكان القاهرة؟", "number"],
      ["وكم بلغت الخسائر؟", "number"],
      ["ما هو عدد الولايات؟", "number"],
      ["How many goals did he score?", "number"],
      ["متى انتهت الحرب؟", "date"],
      ["في أي عام تأسست الشركة؟", "date"],
      ["In what year was it built?", "date"],
      ["When did the war end?", "date"],
      ["من هو مؤسس الشركة؟", "person"],
      ["Who founded the company?", "person"],
      ["أين تقع مصر؟", "place"],
      ["في أي مدينة ولد؟", "place"],
      ["Which country hosted the games?", "place"],
      ["ماذا قال بيسكوف؟", undefined],
      ["ما هي عاصمة مصر؟", undefined],
      ["What did Peskov say?", undefined],
      ["من أجل ماذا جاء؟", undefined],
    ];
    for (const [q, t] of cases) expect([q, expectedAnswerType(q)]).toEqual([q, t]);
  });
});

describe("word classes of answers (src/analysis/answer-words.ts)", () => {
  it("numbers, dates, names after a title, places", () => {
    for (const w of ["12", "3.5", "ثلاثه", "والف", "بمليون"]) expect(isNumberToken(w)).toBe(true);
    for (const w of ["الحرب", "عام"]) expect(isNumberToken(w)).toBe(false);
    const d = toks("في عام 45 وفي يناير من 1990 قتل 300 شخص");
    expect([1, 2, 4, 6, 8].map((i) => isDateToken(d, i))).toEqual([false, true, true, true, false]);
    const p = toks("قال الرئيس بوتين إن الرئيس الروسي");
    expect([2, 5].map((i) => isPersonToken(p, i))).toEqual([true, false]);
    const l = toks("ولد في مدينه دمشق قرب النهر");
    expect([2, 3, 0].map((i) => isPlaceToken(l, i))).toEqual([true, true, false]);
  });
});

describe("the answer type around the matched terms (src/index/answer-window.ts)", () => {
  it("finds the stretch the terms stand in, and a typed word near it that is not the question's", () => {
    expect(bestStretch([[2, 40], [3], []], [1, 1, 5])).toEqual([2, 3]);
    expect(bestStretch([[-1000], []], [1, 1])).toBeUndefined();
    const t = toks("انتهت الحرب العالميه الاولي عام 1918 وفي مكان بعيد جدا عن هنا كثيرا وكثيرا جدا جدا جدا جدا جدا جدا جدا قتل 300");
    expect(answerTypeNear(t, [[0], [1]], [1, 1], "date")).toBe(1);
    // 1918 stands 4 tokens after the stretch, 300 twenty: a margin of 3 reaches neither
    expect(answerTypeNear(t, [[0], [1]], [1, 1], "number", 3)).toBe(0);
    expect(answerTypeNear(t, [[0], [1]], [1, 1], "number", 4)).toBe(1);
    expect(answerTypeNear(toks("انتهت الحرب في اوروبا ثم عاد الجنود"), [[0], [1]], [1, 1], "date")).toBe(0);
    // the question's own year is no answer
    expect(answerTypeNear(toks("انتخابات 2011 جرت في مصر"), [[0], [1]], [1, 1], "date")).toBe(0);
  });

  it("search fills typed / typeNear from the option, and only then", () => {
    const index = new SearchIndex(buildIndex([{ id: "a", title: "", language: "ar", paragraphs: ["انتهت الحرب في أوروبا عام 1945 بعد سنوات", "كتب المهندس عن الحرب في أوروبا كثيرا"] }], DEFAULT_RANKING));
    const near = (doc: number, answerType?: "date") => index.search("متى انتهت الحرب في أوروبا", { signals: true, answerType }).find((h) => h.doc === doc)!.signals!;
    expect([near(0, "date").typed, near(0, "date").typeNear]).toEqual([2, 1]);
    expect([near(1, "date").typed, near(1, "date").typeNear]).toEqual([2, 0]);
    expect([near(0).typed, near(0).typeNear]).toEqual([0, 0]);
  });
});
