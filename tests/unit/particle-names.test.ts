import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";

// Articles written for these tests: names whose first word is spelled as a particle once normalized
// (بان as بأن, آن as أن); none of them is in the seed or the labelled articles.
const resolved = (paragraphs: string[]) => resolveArticle(paragraphs, { stats: wordStats([paragraphs]) });

describe("a name that opens with a particle-spelled word", () => {
  const article = [
    "وأكد الأمين العام للمنظمة، بان سو جين، أن قصف المستشفى الميداني في البلدة الحدودية انتهاك خطير.",
    "وطالب بان سو جين بمحاكمة المسؤولين عن القصف، واصفا ما جرى بأنه «جريمة لا تغتفر».",
    "وقال بان سو جين إن المنظمة سترسل فريقا للتحقيق في القصف خلال أيام.",
  ];
  it("does not open a reported clause: no statement «سو جين بمحاكمة …»", () => {
    const statements = resolved(article);
    expect(statements.some((s) => s.text.startsWith("سو جين"))).toBe(false);
  });
  it("is the speaker's whole name, with the title the article gives him", () => {
    const statements = resolved(article);
    const said = statements.find((s) => s.text.startsWith("المنظمة سترسل"));
    expect(said?.speaker?.name).toBe("بان سو جين");
    const carried = statements.find((s) => s.text.includes("جريمة"));
    expect(carried?.speaker?.name).toBe("بان سو جين");
    expect(carried?.speaker?.title).toBe("الأمين العام للمنظمة");
  });
  it("آن (normalized as أن) too", () => {
    const statements = resolved([
      "وصلت آن صوفي ليندكفيست إلى العاصمة أمس في زيارة تستمر يومين.",
      "وقالت آن صوفي ليندكفيست إن بلادها ستزيد مساعداتها للاجئين هذا العام.",
    ]);
    expect(statements.find((s) => s.text.includes("مساعداتها"))?.speaker?.name).toBe("آن صوفي ليندكفيست");
  });
});

describe("a particle stays a particle", () => {
  it("when the words after it are used elsewhere in the article", () => {
    const statements = resolved([
      "وأكد الوزير بأن سالم جابر سيتولى الملف، وأوضح بأن سالم جابر يعرف المنطقة جيدا.",
      "وكان سالم جابر قد عمل في الوزارة عشر سنوات.",
    ]);
    expect(statements.map((s) => s.text)).toContain("سالم جابر سيتولى الملف");
  });
  it("when the run is written once", () => {
    const statements = resolved(["وقال المتحدث بان كل المدارس ستفتح أبوابها الأحد المقبل."]);
    expect(statements.map((s) => s.text)).toContain("كل المدارس ستفتح أبوابها الأحد المقبل");
  });
});
