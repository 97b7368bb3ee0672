import { describe, expect, it } from "vitest";
import { quoteSpans } from "../../src/corpus/quotes";
import { resolveArticle } from "../../src/corpus/speakers";

// Sentences written for these tests (issue 13: quoted media names, an addressee after the subject); the
// names are made up, none is in the seed or the labelled articles.
const paragraphs = [
  "قال وزير الزراعة المغربي سليم البناني إن الموسم سيكون جيدا.",
  "وقال الورداني لقناة «نجمة الشرق»: «الأسعار ستبقى مستقرة حتى نهاية العام».",
  "وبحسب «رويترز» فإن الاتفاق سيوقع الأسبوع المقبل.",
];

describe("quoted names and addressees", () => {
  const statements = resolveArticle(paragraphs);

  it("a quoted channel or agency name is no statement, with or without a speaker", () => {
    const texts = statements.map((s) => s.text);
    expect(texts).not.toContain("نجمة الشرق");
    expect(texts).not.toContain("رويترز");
  });

  it("an addressee after a lone family name ends the speaker (الورداني لقناة …)", () => {
    const quote = statements.find((s) => s.text.startsWith("الأسعار ستبقى"));
    expect(quote?.speaker?.name).toBe("الورداني");
  });
});

describe("a reported clause opened by a first-person particle", () => {
  it("«وأضاف <name> اننا …»: the particle ends the speaker and opens the statement", () => {
    const statements = resolveArticle(["قال وزير النقل الكيني جوزيف موانغي إن الطريق سيفتتح قريبا.", "وأضاف موانغي اننا سنكمل المرحلة الثانية العام المقبل."]);
    const second = statements.find((s) => s.paragraph === 1);
    expect(second?.kind).toBe("reported");
    expect(second?.speaker?.name).toBe("جوزيف موانغي");
    expect(second?.text.startsWith("سنكمل")).toBe(true);
  });
});

describe("an addressee's name in brackets", () => {
  it("«وكشف لـ(<paper>) <title> <name> أن …»: the bracketed paper is the addressee, the name after it the speaker", () => {
    const statements = resolveArticle(["وكشف لـ(النهار) عميد كلية الهندسة الدكتور فهد الحربي أن التسجيل سيبدأ الأحد."]);
    expect(statements[0]?.speaker?.name).toBe("فهد الحربي");
  });
});

describe("a straight quotation mark left from an earlier paragraph", () => {
  it("a closing-shaped mark with nothing open and none after it opens no quote", () => {
    const text = 'وأوضحت الهيئة أن المراجعة ستستمر حتى نهاية الشهر"، مشيرة إلى أن النتائج ستعلن لاحقا في مؤتمر صحفي.';
    expect(quoteSpans(text)).toEqual([]);
  });
  it("a mark written against the word before still opens when a later mark closes it", () => {
    const text = 'وقال مصدر مقرب من الوزير" ان الأخير يدرس جديا الترشح في الانتخابات المقبلة". وأضاف المصدر ذلك.';
    const spans = quoteSpans(text);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]![0], spans[0]![1]).trim().startsWith("ان الأخير")).toBe(true);
  });
});
