import { describe, expect, it } from "vitest";
import { ownApp, saidBy } from "./own-index";

// Articles written for this test (invented names, issue 13's speaker sample 9 work): a title's first word
// after a full name (القيادي في …), its director by a pronoun (مديره) before a compound name, a role with
// the name after a comma, and a company's acronym before the name (لشركة إي إم سي).
const articles = [
  { id: "a1", title: "الحزب", language: "ar", paragraphs: [
    "وقال كريم فاضل القيادي في الحزب الديمقراطي إن المفاوضات ستستأنف الأسبوع المقبل.",
    "وأكد القياديون في الحزب أن الاجتماع سيعقد في العاصمة، وانضم قياديون جدد إلى المكتب، والتقى القياديين الوزير.",
    "ورد القيادي السابق في الحزب على الاتهامات في مؤتمر صحفي.",
    "وقال عادل منير القيادي في الحزب الليبرالي إن الحكومة تأخرت في الرد.",
  ] },
  { id: "a2", title: "المركز", language: "ar", paragraphs: [
    "تأسس مركز الرصد قبل عشر سنوات في لندن.",
    "وقال مديره سامي عبد الكريم إن «عدد المتطوعين تضاعف هذا العام».",
  ] },
  { id: "a3", title: "النقل", language: "ar", paragraphs: [
    "وقال المتحدث الرسمي باسم وزارة النقل، فارس الحمدان، إن «الطريق سيفتح غدا».",
    "وقال الرئيس التنفيذي لشركة إي إم سي فرانك توماس: «نتوقع نموا أكبر في الربع المقبل».",
  ] },
];

const { ask, speakerNames } = ownApp(articles);

describe("speaker names: appositions, pronoun titles, a name after a role's comma, acronyms", () => {
  it("the title's first word after a full name is no part of the name, and the person is found", async () => {
    expect(saidBy(await ask("ماذا قال كريم فاضل؟"), "كريم فاضل", "المفاوضات ستستأنف")).toBe(true);
    expect((await speakerNames()).some((n) => /القيادي/.test(n))).toBe(false);
  });

  it("«مديره» takes no genitive: the compound name is whole", async () => {
    expect(saidBy(await ask("ماذا قال سامي عبد الكريم؟"), "سامي عبد الكريم", "المتطوعين")).toBe(true);
  });

  it("a role, then a name after a comma, is that person; an acronym is no part of a name", async () => {
    expect(saidBy(await ask("ماذا قال فارس الحمدان؟"), "فارس الحمدان", "الطريق سيفتح")).toBe(true);
    expect(saidBy(await ask("ماذا قال فرانك توماس؟"), "فرانك توماس", "نتوقع نموا")).toBe(true);
    expect((await speakerNames()).some((n) => /^(?:ام|إم) سي/.test(n))).toBe(false);
  });
});
