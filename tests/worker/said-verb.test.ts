import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test (its own index, not the bundled one): the Arabic answer's verb agrees with
// the speaker as the articles speak of them. A woman's name says nothing sure of gender to a rule; the
// articles' own verbs do (قالت، أضافت، أكدت … أن).
const articles = [
  { id: "g1", title: "المعرض", language: "ar", paragraphs: [
    "وقالت المهندسة ريم الشمري، مديرة المعرض: \"سنفتح الأبواب للزوار طوال الأسبوع.\"",
    "وأكدت ريم الشمري التي تشرف على التنظيم منذ ثلاثة أعوام، في حديث للصحفيين أمس، أن عدد العارضين تضاعف.",
  ] },
  { id: "g2", title: "الملعب", language: "ar", paragraphs: [
    "وقال المدرب سامي الحربي: \"الفريق جاهز للمباراة المقبلة.\"",
    "وأضاف الحربي أن اللاعبين المصابين عادوا إلى التدريبات.",
  ] },
  { id: "g3", title: "الموسم", language: "ar", paragraphs: [
    "وقال متحدث باسم الهيئة العامة للأرصاد: \"الأمطار تستمر حتى نهاية الأسبوع.\"",
  ] },
];

const { ask } = ownApp(articles);

describe("قال or قالت in the Arabic answer, from the articles' verbs", () => {
  it("a woman the articles speak of with قالت / أكدت: قالت", async () => {
    const body = await ask("ماذا قالت ريم الشمري؟");
    expect(body.found).toBe(true);
    expect(body.answer.startsWith("قالت ريم الشمري")).toBe(true);
  });
  it("a man the articles speak of with قال / أضاف: قال", async () => {
    const body = await ask("ماذا قال سامي الحربي؟");
    expect(body.found).toBe(true);
    expect(body.answer.startsWith("قال سامي الحربي")).toBe(true);
  });
});
