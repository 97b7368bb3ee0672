import { env } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import type { Article } from "../../../src/corpus/schema";
import { askBoth } from "./ask-both";

// Articles written for this test (invented people): compounds written as two Arabic words (عبد الله) and as
// one (عبدالعزيز، عبدالفتاح), a man whose father's one-word name is the other's two-word given name, and
// several Abd- names, so that a name's pick of alias words has more than one to choose from.
const names = [
  "عبد الله المقرن", "عبدالعزيز عبدالله المقرن", "عبد الله بن زايد آل نهيان", "عبدالعزيز عبدالله بن سعيد",
  "عبدالفتاح الخطيب", "رامي عبد الرحمن", "عبد العزيز قاسم", "عبدالرحمن السالمي", "أبو بكر الشامي", "سامي أبوزيد",
];
const articles: Article[] = names.map((n, i) => ({
  id: `cmp-${i}`,
  title: "تصريحات",
  language: "ar",
  paragraphs: [`وقال ${n} في تصريح صحفي: «نحن راضون عن نتائج الاجتماع الأخير».`, `وأضاف ${n.split(" ").at(-1)} أن العمل مستمر.`],
}));

/** English questions naming them with the compound one way or the other, and Abd- names nobody has. */
const asked = [
  "What did Abdullah al-Muqrin say?", "What did Abd Allah al-Muqrin say?", "What did Abdulaziz Abdullah al-Muqrin say?",
  "What did Abdullah bin Zayed say?", "What did Abdullah Bin Zayed say?", "What did Abdel Fattah al-Khatib say?", "What did Abdelfattah al-Khatib say?",
  "What did Rami Abdulrahman say?", "What did Abdulrahman say?", "What did Abdulaziz Qasim say?", "What did Abdul Rahman al-Salmi say?",
  "What did Abubakar al-Shami say?", "What did Sami Abu Zeid say?", "What did Abdullah Abdullah say?", "What did Abdelilah Benkirane say?",
  "What did Abdulla Aripov say?",
];

describe("compound names over the D1 store", () => {
  it("answers as the bundled index, reading no whole speaker table", { timeout: 60_000 }, async () => {
    // a lower-case word (bin) leaves the reading to the lexicon: that lookup reads the table (english-keys.ts)
    const found = await askBoth(env.COMPOUND_DB, articles, asked, (q) => q.includes(" bin "));
    expect(found["What did Abdullah al-Muqrin say?"]).toBe("عبد الله المقرن");
    expect(found["What did Abdullah bin Zayed say?"]).toBe("عبد الله بن زايد آل نهيان");
    expect(found["What did Abdullah Bin Zayed say?"]).toBe("عبد الله بن زايد آل نهيان");
    expect(found["What did Abdel Fattah al-Khatib say?"]).toBe("عبدالفتاح الخطيب");
    expect(found["What did Rami Abdulrahman say?"]).toBe("رامي عبد الرحمن");
    expect(found["What did Sami Abu Zeid say?"]).toBe("سامي أبوزيد");
    for (const q of ["What did Abdullah Abdullah say?", "What did Abdelilah Benkirane say?", "What did Abdulla Aripov say?"]) expect(found[q], q).toBeNull();
  });
});
