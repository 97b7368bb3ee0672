import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";

// Sentences written for these tests (issue 13: quoted media names, an addressee after the subject); the
// names are made up, none is in the seed or the labelled articles.
const paragraphs = [
  "قال وزير الزراعة المغربي سليم البناني إن الموسم سيكون جيدا.",
  "وقال الورداني لقناة «نجمة الشرق»: «الأسعار ستبقى مستقرة حتى نهاية العام».",
  "وبحسب «رويترز» فإن الاتفاق سيوقع الأسبوع المقبل.",
];

describe("quoted names and addressees", () => {
  const statements = resolveArticle(paragraphs);

  it("a quoted channel or agency name is no statement, with or without a speaker", () => {
    const texts = statements.map((s) => s.text);
    expect(texts).not.toContain("نجمة الشرق");
    expect(texts).not.toContain("رويترز");
  });

  it("an addressee after a lone family name ends the speaker (الورداني لقناة …)", () => {
    const quote = statements.find((s) => s.text.startsWith("الأسعار ستبقى"));
    expect(quote?.speaker?.name).toBe("الورداني");
  });
});
