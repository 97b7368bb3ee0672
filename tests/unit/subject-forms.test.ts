import { describe, expect, it } from "vitest";
import { ANTECEDENT_FEATURES } from "../../src/corpus/antecedent-score";
import { extractStatements } from "../../src/corpus/quotes";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";

// Sentences written for these tests (issue 13, the subject forms of session 11); none of these names is
// in the seed or the labelled articles.
const refOf = (text: string, quote: string) => extractStatements(text).find((s) => s.text.includes(quote))?.ref;

describe("subjects the parser reads (session 11)", () => {
  it("كان + subject + verb with a time after the verb: the subject before the verb («وكان … أعلن أمس الأول أن»)", () => {
    const ref = refOf("وكان المتحدث الرسمي لمرور الرياض العقيد منصور الشهري أعلن أول من أمس أن الطريق سيفتح خلال أيام.", "الطريق سيفتح");
    expect(ref).toMatchObject({ type: "named", name: "منصور الشهري", via: "before-verb" });
  });
  it("a body after كان is a subject too («وكان صندوق التنمية الزراعية أعلن …»)", () => {
    const ref = refOf("وكان صندوق التنمية الزراعية أعلن الأسبوع الماضي في تقرير أن القروض زادت.", "القروض زادت");
    expect(ref).toMatchObject({ type: "named", name: "صندوق التنمية الزراعية", person: false });
  });
  it("a passive speech verb has no subject («ويُتوقع تنظيم مهرجان …» names nobody)", () => {
    const ref = refOf("ويُعلن أن المهرجان سيقام في الشتاء.", "المهرجان سيقام");
    expect(ref).toEqual({ type: "none" });
  });
  it("إمام written with hamza below is a title, not the preposition أمام", () => {
    const ref = refOf("وقال إمام وخطيب جامع الفرقان الشيخ ناصر الهاجري إن الصلاة أقيمت في موعدها.", "الصلاة أقيمت");
    expect(ref).toMatchObject({ type: "named", name: "ناصر الهاجري" });
  });
  it("a name, then an indefinite title: the opening name, not the title's genitives", () => {
    const ref = refOf("وقال خالد بن سعد العمري مدير عام صحة الشرقية، إن المستشفى الجديد يفتح قريبا.", "المستشفى الجديد");
    expect(ref).toMatchObject({ type: "named", name: "خالد بن سعد العمري", title: "مدير عام صحة الشرقية" });
  });
  it("a feminine participle after a body noun is its verbal noun («لجنة متابعة …»), not a speech word", () => {
    const ref = refOf("وقالت لجنة متابعة الأسواق إن الأسعار ستنخفض الشهر المقبل.", "الأسعار ستنخفض");
    expect(ref).toMatchObject({ type: "named", person: false });
    expect(ref?.type === "named" && ref.name.startsWith("لجنة متابعة الأسواق")).toBe(true);
  });
});

describe("antecedent features (session 11)", () => {
  it("a chain of verbs with no subject keeps the person it is about as the most recent candidate", () => {
    const paragraphs = [
      "وقال رئيس النادي فيصل القرني إن الفريق جاهز، فيما قالت مديرة المدرسة هند السالم إن الطالبات فزن بالجائزة.",
      "وأضافت السالم أن المسابقة شهدت منافسة قوية، مشيرة إلى أن المدرسة ستشارك العام المقبل.",
      "وتابعت: «نفخر بطالباتنا ونعدهن بالمزيد من الدعم».",
    ];
    const [statement] = resolveArticle(paragraphs, { stats: wordStats([paragraphs]), keepAntecedents: true }).filter((s) => s.text.includes("نفخر بطالباتنا"));
    const f = (name: string, feature: (typeof ANTECEDENT_FEATURES)[number]) => statement?.antecedents?.find((a) => a.forms[0] === name)?.features[ANTECEDENT_FEATURES.indexOf(feature)];
    expect([f("هند السالم", "most recent"), f("فيصل القرني", "most recent")]).toEqual([1, 0]);
    expect(statement?.speaker?.name).toBe("هند السالم");
  });
});
