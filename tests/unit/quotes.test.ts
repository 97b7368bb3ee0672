import { describe, expect, it } from "vitest";
import { extractStatements, quoteSpans } from "../../src/corpus/quotes";
import { parsePhrase, subjectPhrase } from "../../src/corpus/speaker-phrase";
import { nameKey, resolveArticle } from "../../src/corpus/speakers";
import { textTokens } from "../../src/corpus/text-tokens";

// Sentences written for these tests, in the style of Arabic wire copy; no names from the seed article.
describe("quotation marks", () => {
  it("pairs «», “” and straight quotes, nested quotes belong to the outer one", () => {
    const text = 'وقال: "هذا ‘ مهم جدا‘ لنا". وأضاف «نعم» ثم “لا”.';
    expect(quoteSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(["هذا ‘ مهم جدا‘ لنا", "نعم", "لا"]);
  });
  it("a quote left open runs to the end of the paragraph", () => {
    const text = 'ونقلت الوكالة عنه قوله إن "الحكومة ستعلن خطتها الجديدة قريبا.';
    expect(quoteSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(["الحكومة ستعلن خطتها الجديدة قريبا."]);
  });
});

describe("speaker phrases", () => {
  const split = (text: string) => {
    const tokens = textTokens(text);
    const parsed = parsePhrase(subjectPhrase(text, tokens, 1));
    return parsed.type === "named" ? { name: parsed.name, title: parsed.title } : parsed;
  };
  it("keeps the title apart from the name", () => {
    expect(split("وقال وزير الخارجية الفرنسي جان مارك إن")).toEqual({ name: "جان مارك", title: "وزير الخارجية الفرنسي" });
    expect(split("وأكد رئيس النادي معدي الهاجري أن")).toEqual({ name: "معدي الهاجري", title: "رئيس النادي" });
  });
  it("a title may follow the name", () => {
    expect(split("وقال سامر خليل المتحدث باسم الوزارة إن")).toEqual({ name: "سامر خليل", title: "المتحدث باسم الوزارة" });
  });
  it("a body speaks too", () => {
    expect(split("وذكرت الخارجية الروسية في بيان أن")).toEqual({ name: "الخارجية الروسية", title: null });
  });
  it("stops at the addressee", () => {
    expect(split("وقال كريم سالم للصحافيين إن")).toMatchObject({ name: "كريم سالم" });
  });
});

describe("statements of a paragraph", () => {
  it("finds a direct quote after a speech verb and its named speaker", () => {
    const [s] = extractStatements('وقال المتحدث باسم الشرطة خالد منصور: "تم توقيف المشتبه به".');
    expect(s).toMatchObject({ kind: "direct", text: "تم توقيف المشتبه به", ref: { type: "named", name: "خالد منصور", title: "المتحدث باسم الشرطة" } });
  });
  it("finds reported speech with no quotation marks", () => {
    const [s] = extractStatements("وأعلنت وزارة الصحة أنّ عدد الإصابات تراجع هذا الأسبوع.");
    expect(s).toMatchObject({ kind: "reported", text: "عدد الإصابات تراجع هذا الأسبوع", ref: { type: "named", name: "وزارة الصحة" } });
  });
  it("a term in quotation marks has no speaker", () => {
    const [s] = extractStatements('ووصلت المساعدات عبر ما يعرف بـ "الممر الآمن" إلى المدينة.');
    expect(s!.ref.type).toBe("none");
  });
});

describe("speakers across an article", () => {
  it("وقال with no subject takes the speaker before; a role noun points back; spelling variants are one", () => {
    const resolved = resolveArticle([
      'وقال رئيس البلدية يوسف حداد إن "المشروع سيكتمل العام المقبل".',
      'وقال "لن نتأخر عن الموعد".',
      "ووصل فريد نجار، مدير الشركة المنفذة، إلى الموقع.",
      'وأوضح المدير أن "العمل يسير وفق الخطة".',
      'وأكد يوسف حدّاد لاحقا أن "التمويل متوفر".',
    ]);
    const by = (text: string) => resolved.find((s) => s.text.includes(text))?.speaker?.name;
    expect(by("المشروع سيكتمل")).toBe("يوسف حداد");
    expect(by("لن نتأخر")).toBe("يوسف حداد");
    expect(by("العمل يسير")).toBe("فريد نجار");
    expect(nameKey(by("التمويل متوفر")!)).toBe(nameKey("يوسف حداد"));
  });
  it("spelling-insensitive keys join variants of a name", () => {
    expect(nameKey("ديمتري")).toBe(nameKey("دميتري"));
    expect(nameKey("ستيفن")).not.toBe(nameKey("ستيف"));
  });
});
