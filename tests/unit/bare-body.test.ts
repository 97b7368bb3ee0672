import { describe, expect, it } from "vitest";
import { bareBodyHead } from "../../src/corpus/bare-body";
import { resolveArticle } from "../../src/corpus/speakers";

// Articles written for these tests (issue 13, bare definite bodies); none of these bodies is in the seed
// or the labelled articles. Each speaker below was «اللجنة»-like junk or no speaker before bare-body.ts.
const speakerOf = (paragraphs: string[], quote: string) =>
  resolveArticle(paragraphs).find((s) => s.text.includes(quote))?.speaker?.name ?? null;

describe("bare definite bodies point back (bare-body.ts)", () => {
  it("reads the head of a bare definite body or study, and nothing else", () => {
    expect(bareBodyHead("اللجنة")).toBe("لجنه");
    expect(bareBodyHead("والوزارة")).toBe("وزاره");
    expect(bareBodyHead("الدراسة")).toBe("دراسه");
    expect(bareBodyHead("لجنة الانتخابات")).toBeNull();
    expect(bareBodyHead("المصادر")).toBeNull();
    expect(bareBodyHead("الرئيس")).toBeNull();
  });
  it("«وأوضحت اللجنة» is the committee the article named before, mentioned without a quote", () => {
    const article = [
      "اجتمعت لجنة تنظيم مهرجان الورد الطائفي أمس في مقر المحافظة لبحث مواعيد الدورة المقبلة.",
      "وأوضحت اللجنة أن المهرجان سيقام في الأسبوع الأول من شهر أبريل المقبل.",
    ];
    expect(speakerOf(article, "المهرجان سيقام")).toBe("لجنة تنظيم مهرجان الورد الطائفي");
  });
  it("the last body with that head wins, named with a preposition (بوزارة)", () => {
    const article = [
      "وقالت وزارة الزراعة إن موسم التمور بدأ مبكرا هذا العام.",
      "وفي سياق آخر، أعلن متحدث بوزارة المياه الوطنية عن مشروع جديد.",
      "وأضافت الوزارة أن المشروع يخدم ثلاث مدن في الشمال.",
    ];
    expect(speakerOf(article, "المشروع يخدم")).toBe("وزارة المياه الوطنية");
  });
  it("«وقالت الدراسة» speaks for the body that made the study, else the study as written", () => {
    const made = [
      "كشفت دراسة أجراها معهد البحوث البحرية في جدة تراجع أعداد الشعاب المرجانية.",
      "وقالت الدراسة إن درجات حرارة المياه ارتفعت بمعدل نصف درجة.",
    ];
    expect(speakerOf(made, "درجات حرارة المياه")).toBe("معهد البحوث البحرية");
    const unmade = ["نشرت دراسة بريطانية جديدة نتائجها أمس.", "وأكدت الدراسة أن المشي اليومي يقلل التوتر."];
    expect(speakerOf(unmade, "المشي اليومي")).toBe("دراسة بريطانية جديدة");
  });
  it("a bare body the article never named stays as before (no body invented)", () => {
    const article = ["وأكدت اللجنة أن التسجيل يبدأ الأحد المقبل."];
    expect(speakerOf(article, "التسجيل يبدأ")).not.toMatch(/ /);
  });
});
