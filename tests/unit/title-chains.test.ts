import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";

// Sentences written for these tests in the style of Saudi and wire copy; none of these names is in the
// seed or the labelled articles.
const speakerOf = (paragraphs: string[], quote: string) => resolveArticle(paragraphs).find((s) => s.text.includes(quote))?.speaker ?? null;

describe("a title chain with a title word's own preposition", () => {
  it("coordinated titles with على / عن, then the name", () => {
    const s = speakerOf(["أكد عضو مجلس إدارة نادي الوحدة والمشرف على فريق الناشئين سامي الزهراني أن الفريق جاهز للموسم."], "الفريق جاهز");
    expect(s).toMatchObject({ name: "سامي الزهراني", title: "عضو مجلس إدارة نادي الوحدة والمشرف على فريق الناشئين" });
    expect(speakerOf(["وقال رئيس الجمعية والمسؤول عن ملف الإسكان خالد العمري إن المشروع سينتهي قريبا."], "المشروع")?.name).toBe("خالد العمري");
  });
  it("an occasion after the title is still not part of it", () => {
    const s = speakerOf(["وقال وزير التجارة الأردني فارس العدوان على هامش المؤتمر إن الصادرات زادت."], "الصادرات");
    expect(s?.name).toBe("فارس العدوان");
  });
});
