import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";

// Articles written for these tests in the style of Saudi and wire copy; none of these names is in the seed
// or the labelled articles.
const speakerOf = (paragraphs: string[], quote: string) => resolveArticle(paragraphs).find((s) => s.text.includes(quote))?.speaker ?? null;

describe("a role phrase points to the person the article named with that role", () => {
  it("a role word in a list of names, after و, is that person's", () => {
    const paragraphs = [
      "وكان في استقبال الوفد وكيل الإمارة خالد سعيد، ومدير ميناء ينبع سلطان الحربي، وعدد من المسؤولين.",
      "وأوضح مدير ميناء ينبع أن السفن الجديدة ستصل الأسبوع المقبل.",
    ];
    expect(speakerOf(paragraphs, "السفن")?.name).toBe("سلطان الحربي");
  });
  it("the name before a comma and a coordinated role is another person, not the role's holder", () => {
    const paragraphs = [
      "وحضر الحفل وكيل الإمارة خالد سعيد، ومدير الميناء، وعدد من المسؤولين.",
      "وأوضح مدير الميناء أن السفن الجديدة ستصل الأسبوع المقبل.",
    ];
    expect(speakerOf(paragraphs, "السفن")?.name).not.toBe("خالد سعيد");
  });
});

describe("a short name the article gives a body in marks or brackets", () => {
  const paragraphs = [
    "أعلنت شركة النقل البحري الوطنية \"بحري\" عن صفقة جديدة لشراء ناقلات.",
    "وذكرت \"بحري\" في بيان أنها وقعت العقد مع حوض بناء كوري.",
    "وقالت بحري إن الناقلات تسلم خلال عامين.",
  ];
  it("is the body's full name, quoted or not, and the short name is one of its forms", () => {
    const all = resolveArticle(paragraphs);
    for (const quote of ["وقعت العقد", "الناقلات تسلم"]) {
      const s = all.find((x) => x.text.includes(quote))?.speaker;
      expect(s?.name).toBe("شركة النقل البحري الوطنية");
      expect([...(s?.roles ?? [])]).toContain("بحري");
    }
  });
  it("a name in marks with no body noun before it stays as written", () => {
    const s = speakerOf(["وشارك في السباق البحار الفرنسي \"لاروش\" هذا العام.", "وقالت لاروش إن السباق كان صعبا."], "السباق كان");
    expect(s?.name).toBe("لاروش");
  });
});
