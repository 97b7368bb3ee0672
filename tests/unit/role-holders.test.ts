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
