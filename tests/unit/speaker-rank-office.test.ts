import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";

// Sentences written for these tests (issue 13, session 18); no name here is in the seed, the labelled
// articles or the judged samples.
const speakerOf = (paragraphs: string[], quote: string) => resolveArticle(paragraphs).find((x) => x.text.includes(quote))?.speaker ?? null;

describe("a rank, a name, then an office: the name is the one after the rank", () => {
  it("«الشيخ فلان رئيس تحالف قبائل X»: not X, the office's last genitive", () => {
    const s = speakerOf(["وقال الشيخ نايف مراد رئيس مجلس عشائر وادي سرحان لـ(الصحيفة) إن \"الطريق آمن\"."], "الطريق آمن");
    expect(s?.name).toBe("نايف مراد");
    // the title keeps the rank and the office, so a later «الشيخ» or «رئيس المجلس» can find him
    expect(s?.title).toContain("الشيخ");
    expect(s?.title).toContain("رئيس مجلس");
  });
  it("«الدكتور فلان عضو مجمع X»", () => {
    expect(speakerOf(["من جانبه، أكد الدكتور سامي الحربي عضو مجمع علماء اللغة، أن \"القرار صائب\"."], "القرار صائب")?.name).toBe("سامي الحربي");
  });
  it("an indefinite rank word heading a title chain is the title, not a rank before a name (شيخ شمل قبائل …)", () => {
    const s = speakerOf(["وقال شيخ شمل قبائل وادي سرحان الشيخ نايف مراد: \"الطريق آمن\"."], "الطريق آمن");
    expect(s?.name).toBe("نايف مراد");
  });
  it("a later bare rank finds the person the article introduced with it", () => {
    const paragraphs = ["وقال الدكتور سامي الحربي مدير معهد الدراسات العليا إن \"التسجيل يبدأ غدا\".", "ومن جهته، أكد الدكتور أن \"المقاعد محدودة\"."];
    expect(speakerOf(paragraphs, "المقاعد محدودة")?.name).toBe("سامي الحربي");
  });
});
