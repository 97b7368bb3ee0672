import { describe, expect, it } from "vitest";
import { answerQuotes, ownApp, saidBy } from "./own-index";

// Articles written for this test (its own index, not the bundled one): the subject forms read in
// session 11 of issue 13: كان + subject + verb with a time after the verb, a passive speech verb, إمام
// as a title, a name before its title, a body whose name holds a verbal noun (لجنة متابعة …).
const articles = [
  { id: "k1", title: "الطرق", language: "ar", paragraphs: [
    "وكان المتحدث الرسمي لمرور منطقة تبوك العقيد سلطان الفايدي أعلن أول من أمس أن الطريق الدائري سيفتح خلال أيام.",
  ] },
  { id: "k2", title: "المهرجان", language: "ar", paragraphs: [
    "ويُتوقع حضور جماهير غفيرة إلى المهرجان. وقال رئيس اللجنة المنظمة وليد الزهراني إن التذاكر نفدت.",
  ] },
  { id: "k3", title: "الخطبة", language: "ar", paragraphs: [
    "وقال إمام وخطيب جامع النور الشيخ بندر الحارثي إن الرحمة أساس التعامل بين الناس.",
  ] },
  { id: "k4", title: "الصحة", language: "ar", paragraphs: [
    "وقال ماجد بن سعيد الغامدي مدير عام صحة جازان، إن المستشفى الجديد يفتح أبوابه الشهر المقبل.",
  ] },
];

const { ask } = ownApp(articles);
const quotes = answerQuotes;

describe("subject forms (issue 13, session 11)", () => {
  it("كان + subject + verb, a time after the verb: the subject before the verb is the speaker", async () => {
    const body = await ask("ماذا قال الفايدي؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "سلطان الفايدي", "الطريق الدائري سيفتح")).toBe(true);
  });
  it("a passive speech verb names no speaker: «حضور جماهير» is not one", async () => {
    const body = await ask("ماذا قال الزهراني؟");
    expect(saidBy(body, "وليد الزهراني", "التذاكر نفدت")).toBe(true);
    const res = await ask("ماذا قال حضور جماهير غفيرة؟");
    expect(quotes(res).some((q) => q.speaker?.includes("حضور"))).toBe(false);
  });
  it("إمام with hamza below is a title: the imam is the speaker", async () => {
    const body = await ask("ماذا قال الحارثي؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "بندر الحارثي", "الرحمة أساس")).toBe(true);
  });
  it("a name before its title: the name, not the title's genitive (صحة جازان)", async () => {
    const body = await ask("ماذا قال الغامدي؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "ماجد بن سعيد الغامدي", "المستشفى الجديد")).toBe(true);
  });
});
