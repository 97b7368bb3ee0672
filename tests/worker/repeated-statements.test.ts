import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test (its own index, not the bundled one): the same statement in two
// agencies' copies (a word spelled otherwise, a comma more), and an article that repeats its own paragraph.
const articles = [
  { id: "rs1", title: "الموانئ", language: "ar", paragraphs: [
    "قال رئيس هيئة الموانئ سلطان العتيبي إن «حركة الحاويات ارتفعت بنسبة كبيرة خلال الربع الأول من العام الجاري مقارنة بالعام الماضي».",
  ] },
  { id: "rs2", title: "الموانئ في الربع الأول", language: "ar", paragraphs: [
    "قال رئيس هيئة الموانئ سلطان العتيبي إن «حركة الحاويات ارتفعت، بنسبة كبيرة خلال الربع الأول من العام الحالي مقارنة بالعام الماضي».",
  ] },
  { id: "rs3", title: "الرسوم", language: "ar", paragraphs: [
    "وأكد سلطان العتيبي أن «الهيئة لن ترفع رسوم الرسو على السفن التجارية هذا العام».",
    "وفي سياق آخر، أعلنت الهيئة عن توظيف مئتي مهندس.",
    "وأكد سلطان العتيبي أن «الهيئة لن ترفع رسوم الرسو على السفن التجارية هذا العام».",
  ] },
];

const { ask } = ownApp(articles);
const count = (text: string, part: string) => text.split(part).length - 1;

describe("a statement told twice is listed once in a 'what did X say' answer", () => {
  it("two agencies' copies of one quote and a repeated paragraph: each statement once, the distinct ones all there", async () => {
    const body = await ask("ماذا قال العتيبي؟");
    expect(body.found).toBe(true);
    expect(count(body.answer, "حركة الحاويات ارتفعت")).toBe(1);
    expect(count(body.answer, "لن ترفع رسوم الرسو")).toBe(1);
    // the passages are the paragraphs that hold something new: three statements, two of them repeats, make two passages
    expect(body.passages).toHaveLength(2);
  });
});
