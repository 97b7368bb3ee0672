import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test (invented names): a noun with a pronoun taken for a subject («وأكد
// صحتها»), a verb's object glued after a name («بنيامين نتنياهو الاتفاق») and a body with an adverb
// («المرصد بعدها»). The corpus itself shows صحة and اتفاق to be common nouns that take pronouns.
const articles = [
  { id: "w1", title: "الصحة", language: "ar", paragraphs: [
    "وقالت وزيرة الصحة نادية الكبيسي إن صحة الأطفال أولوية، وإن الصحة العامة تحسنت هذا العام.",
    "وأكد صحتها «لا خوف على الأطفال من الحملة الجديدة هذا العام».",
    "وقال رئيس الوزراء بنيامين نتنياهو الاتفاق «سيئ جدا للمنطقة كلها ولن نقبل به».",
  ] },
  { id: "w2", title: "الاتفاق", language: "ar", paragraphs: [
    "وقالت المهندسة كلارا فيرنانديز إن الاتفاق مع الشركة سيوقع غدا، وإن صحة العمال أولا.",
    "ورأى خبراء أن اتفاقها مع الشركة جيد، وأن اتفاقهم مع النقابة أفضل، وأن اتفاقها الأخير وصحتها المالية جيدة.",
    "ووصف اتفاقها بأنه جيد، وقال إن اتفاقهم مع النقابة واتفاقهم السابق واتفاقها الجديد جيد.",
  ] },
  { id: "w3", title: "القصف", language: "ar", paragraphs: [
    "وقال المرصد بعدها إن القصف استهدف ثلاث قرى في الريف الشمالي.",
  ] },
];

const { ask, speakerNames } = ownApp(articles);

describe("the speaker list over a corpus", () => {
  it("holds the people and bodies with their names whole, and no noun with a pronoun", async () => {
    const names = await speakerNames();
    expect(names).toContain("نادية الكبيسي");
    expect(names).toContain("بنيامين نتنياهو");
    expect(names).toContain("المرصد");
    expect(names).not.toContain("صحتها");
    expect(names.some((n) => /الاتفاق|بعدها/.test(n))).toBe(false);
  });

  it("a glued object no longer hides the person from a question", async () => {
    const body = await ask("ماذا قال نتنياهو؟");
    expect(body.found).toBe(true);
    expect(body.passages.flatMap((p: any) => p.quotes).some((q: any) => q.text.includes("سيئ جدا") && q.speaker === "بنيامين نتنياهو")).toBe(true);
  });
});
