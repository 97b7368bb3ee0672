import { describe, expect, it } from "vitest";
import { ANTECEDENT_FEATURES } from "../../src/corpus/antecedent-score";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";

// Articles written for these tests; none of these names is in the seed or the labelled articles.
/** A girl named in three of the article's paragraphs; her «وأضافت» comes after a long paragraph and a sentence about something else. */
const camp = [
  "تعيش الطفلة ريم في مخيم للاجئين منذ ثلاث سنوات مع أسرتها.",
  "وقالت ريم إنها تركت مدرستها بسبب الحرب التي اندلعت في بلدتها قبل سنوات، وإن أسرتها تنقلت بين ثلاثة مخيمات في الشمال والشرق قبل أن تستقر في هذا المخيم الذي يضم آلاف العائلات القادمة من القرى المجاورة.",
  "ويعاني سكان المخيم من نقص المياه والدواء مع اقتراب فصل الشتاء. وأضافت: «أتمنى أن أعود إلى صفي وأصدقائي قريبا».",
  "وتحلم ريم بأن تصبح معلمة في قريتها.",
];

const resolved = (paragraphs: string[]) => resolveArticle(paragraphs, { stats: wordStats([paragraphs]), keepAntecedents: true });

describe("a verb with no subject continues the person the article is about", () => {
  it("counts the paragraphs that name a candidate's family name, before and after the verb, and the rival speakers of the window", () => {
    const statement = resolved(camp).find((s) => s.text.includes("أتمنى أن أعود"));
    const reem = statement?.antecedents?.find((a) => a.forms[0] === "ريم");
    const f = (name: (typeof ANTECEDENT_FEATURES)[number]) => reem?.features[ANTECEDENT_FEATURES.indexOf(name)];
    expect(f("log paragraphs naming it")).toBeCloseTo(Math.log1p(3));
    expect(f("log rival speakers")).toBe(0);
  });
  it("a speaker named across the article keeps her «وأضافت» after a long paragraph and a sentence between", () => {
    expect(resolved(camp).find((s) => s.text.includes("أتمنى أن أعود"))?.speaker?.name).toBe("ريم");
  });
  it("another speaker in the window is a rival of the one who spoke last", () => {
    const paragraphs = [
      "وقال مدير المستشفى وليد الزهراني إن القسم الجديد يستقبل المرضى منذ الأحد، فيما قالت الممرضة هند العمري إن الطاقم جاهز.",
      "وأضافت: «نعمل ليلا ونهارا لخدمة المرضى»."
    ];
    const statement = resolved(paragraphs).find((s) => s.text.includes("نعمل ليلا"));
    const rivals = (name: string) => statement?.antecedents?.find((a) => a.forms[0] === name)?.features[ANTECEDENT_FEATURES.indexOf("log rival speakers")];
    expect([rivals("وليد الزهراني"), rivals("هند العمري")]).toEqual([Math.log1p(1), Math.log1p(1)]);
    expect(statement?.speaker?.name).toBe("هند العمري");
  });
  it("a verb right after a relative pronoun (الذي يرى، التي كانت قد قالت) is marked for every candidate; «وأضاف» is not", () => {
    const paragraphs = [
      "وقال وزير الاقتصاد ماهر الدباغ إن النمو سيتسارع في العام المقبل بفضل الاستثمارات الجديدة.",
      "غير أن الخبير المالي نادر السالم، رئيس مركز الدراسات، الذي يرى أن «الأسعار سترتفع قبل أن يتسارع النمو»، دعا إلى الحذر.",
      "وأضاف أن «الحكومة تراقب الأسواق كل يوم».",
    ];
    const relative = (quote: string) =>
      resolved(paragraphs).find((s) => s.text.includes(quote))?.antecedents?.map((a) => a.features[ANTECEDENT_FEATURES.indexOf("verb after a relative pronoun")]);
    expect(relative("الأسعار سترتفع")).toEqual([1]);
    expect(new Set(relative("الحكومة تراقب"))).toEqual(new Set([0]));
  });
  it("a statement's speaker before is «quoted before»; the subject of a verb that introduced no statement is not", () => {
    const paragraphs = [
      "وقال رئيس البلدية سالم الدوسري إن المشروع اكتمل في موعده.",
      "وأعلن مدير المرور فهد العنزي عن خطة جديدة للطرق في المدينة.",
      "وأضاف: «الخطة تبدأ مع بداية الأسبوع المقبل».",
    ];
    const statement = resolved(paragraphs).find((s) => s.text.includes("الخطة تبدأ"));
    const quoted = (name: string) => statement?.antecedents?.find((a) => a.forms[0] === name)?.features[ANTECEDENT_FEATURES.indexOf("quoted before")];
    expect([quoted("سالم الدوسري"), quoted("فهد العنزي")]).toEqual([1, 0]);
  });
});
