import { describe, expect, it } from "vitest";
import { ownApp, saidBy } from "./own-index";

// Articles written for this test (its own index, not the bundled one): role coreference (issue 13). A role
// phrase with no name, or an unnamed official with a nationality, is the one person the article introduced
// with that role or nationality; a bare المسؤول is the one unnamed source quoted before.
const articles = [
  { id: "rc1", title: "الإصابات", language: "ar", paragraphs: [
    "كشف المدرب فرانك دي بور أن مهاجم الفريق سيغيب عن المباراة المقبلة بسبب الإصابة.",
    "وقال المدرب السابق لمنتخب هولندا \"اللاعب يحتاج إلى راحة طويلة بعد الإصابة.\"",
  ] },
  { id: "rc2", title: "الزيارة", language: "ar", paragraphs: [
    "وصل وزير الدفاع الكندي روبرت ماكلين إلى بغداد، والتقى رئيس البرلمان العراقي سالم الدليمي.",
    "وقال المسؤول الكندي إن بلاده ستواصل تدريب القوات المحلية.",
  ] },
  { id: "rc3", title: "الطرق", language: "ar", paragraphs: [
    "وقال مصدر في وزارة النقل لـ\"الرياض\" إن الوزارة أنهت تصاميم الطريق الدائري الجديد.",
    "وأضاف المسؤول الذي فضل عدم الإفصاح عن هويته أن التنفيذ يبدأ مطلع العام.",
  ] },
];

const { ask } = ownApp(articles);

describe("role coreference through the Worker (issue 13)", () => {
  it("«المدرب السابق لمنتخب هولندا» is the coach the article named: asked by his name", async () => {
    const body = await ask("ماذا قال دي بور؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "فرانك دي بور", "راحة طويلة")).toBe(true);
  });
  it("«المسؤول الكندي» is the one Canadian the article named", async () => {
    const body = await ask("ماذا قال ماكلين؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "روبرت ماكلين", "تدريب القوات")).toBe(true);
  });
  it("a bare «المسؤول» after «مصدر في وزارة النقل» is that source, not a speaker of its own", async () => {
    const body = await ask("ماذا قال مصدر في وزارة النقل؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "مصدر في وزارة النقل", "التنفيذ يبدأ")).toBe(true);
  });
});
