import { describe, expect, it } from "vitest";
import { answerQuotes, ownApp, saidBy } from "./own-index";

// Articles written for this test (its own index, not the bundled one), one per form of statement that
// was not read before issue 13's recall work: speech after a colon with no quotation marks, an occasion
// between the speaker and the quote, a reported clause and a quote in one sentence, a participle that was
// not in the list (مبينا), a quote far from its verb in the same sentence, a quote before «هذا ما قاله»,
// a verb with no subject whose speaker is two paragraphs back, a speech word used as a noun, and a
// quoted name right after the verb that is its subject (ذكرت "…" في بيان أنها …), and one quoted word
// opening a reported clause (أن "فيفا" لديه …).
const articles = [
  { id: "r1", title: "الموسم", language: "ar", paragraphs: [
    "وقال مدرب فريق الساحل الكابتن منصور الدهلوي: الفريق جاهز تماما للمباراة النهائية بعد أسابيع من التحضير.",
  ] },
  { id: "r2", title: "المطار", language: "ar", paragraphs: [
    "وقال وزير النقل الكيني جيمس ماتشاريا في تصريح صحفي «سنفتتح المطار الجديد في نهاية الشهر المقبل بعد اكتمال الاختبارات».",
  ] },
  { id: "r3", title: "المياه", language: "ar", paragraphs: [
    "وقال المهندس فيصل القرناوي إن محطة التحلية الجديدة ستغطي حاجة المدينة كلها، مضيفا «العمل يسير وفق الجدول المحدد دون أي تأخير».",
  ] },
  { id: "r4", title: "المدارس", language: "ar", paragraphs: [
    "وقالت مديرة التعليم الدكتورة هالة السنوسي إن المدارس العشرين الجديدة جاهزة، مبينة أن الطلاب سيبدؤون الدراسة فيها مطلع العام المقبل.",
  ] },
  { id: "r5", title: "الاتفاق", language: "ar", paragraphs: [
    "وقال الوزير البوليفي إرنستو كوندوري في اجتماع عقد لدراسة خطة الشراكة مع الوفود الزائرة الأسبوع الماضي «لقد اتفقنا على خطوات عملية ستظهر نتائجها قريبا».",
  ] },
  { id: "r6", title: "المونديال", language: "ar", paragraphs: [
    "«إنه أكبر حدث رياضي تستضيفه بلادنا في تاريخها الحديث»، هذا ما قاله وزير الرياضة الأوروغوياني أندريس فالديز خلال مؤتمر صحافي.",
  ] },
  { id: "r7", title: "الميناء", language: "ar", paragraphs: [
    "أكد رئيس هيئة الموانئ البنمية رودريغو كاستيا أن حركة السفن ارتفعت هذا العام.",
    "وارتفعت الصادرات من الميناء بنسبة كبيرة خلال الأشهر الستة الأولى من العام.",
    "وأضاف أن الهيئة ستوسع الأرصفة الشمالية قبل نهاية العام.",
  ] },
  { id: "r8", title: "الصور", language: "ar", paragraphs: [
    "قال الباحث ماركو بيلو إن البرنامج أخطأ في تصنيف الصور. وحصلت صورة الحديقة على وصف بأنها «ساحة لعب للأطفال في المنتزه الكبير».",
  ] },
  { id: "r9", title: "الشحن", language: "ar", paragraphs: [
    "وذكرت \"ماريتيما\" في بيان أمس أنها ضاعفت أسطولها من ناقلات الغاز خلال العام الماضي.",
  ] },
  { id: "r10", title: "الانتخابات", language: "ar", paragraphs: [
    "وأكد رئيس الاتحاد الآسيوي السابق كمال الشهري أن \"فيفا\" لديه موضوعات أهم يجب أن ينظر فيها قبل الانتخابات.",
  ] },
];

const { ask } = ownApp(articles);
/** The quotes of the answer with their speakers. */
const quotes = answerQuotes;

describe("statements that were not read before (issue 13, recall)", () => {
  it("speech after a colon with no quotation marks is a statement", async () => {
    const body = await ask("ماذا قال الدهلوي؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "منصور الدهلوي", "الفريق جاهز تماما")).toBe(true);
  });
  it("an occasion (في تصريح صحفي) between the speaker and the quote", async () => {
    const body = await ask("ماذا قال ماتشاريا؟");
    expect(body.found).toBe(true);
    expect(saidBy(body, "جيمس ماتشاريا", "سنفتتح المطار الجديد")).toBe(true);
  });
  it("a reported clause and a quote after مضيفا in one sentence are two statements", async () => {
    const body = await ask("ماذا قال القرناوي؟");
    expect(saidBy(body, "فيصل القرناوي", "محطة التحلية الجديدة")).toBe(true);
    expect(saidBy(body, "فيصل القرناوي", "العمل يسير وفق الجدول")).toBe(true);
  });
  it("a reported clause after the participle مبينة", async () => {
    const body = await ask("ماذا قالت هالة السنوسي؟");
    // a statement of its own, not the tail of the clause before it
    expect(quotes(body).some((q) => q.speaker === "هالة السنوسي" && q.text.startsWith("الطلاب سيبدؤون الدراسة"))).toBe(true);
  });
  it("a long quote far from its verb in the same sentence", async () => {
    const body = await ask("ماذا قال كوندوري؟");
    expect(saidBy(body, "إرنستو كوندوري", "لقد اتفقنا على خطوات")).toBe(true);
  });
  it("a quote before «هذا ما قاله»", async () => {
    const body = await ask("ماذا قال فالديز؟");
    expect(saidBy(body, "أندريس فالديز", "أكبر حدث رياضي")).toBe(true);
  });
  // three paragraphs back with nothing between, the antecedent model fit in session 10 scores him 0.10, under
  // its threshold 0.25 (chosen by right minus twice wrong on the tuning labels): unknown, not a guess
  it("وأضاف continues a speaker named two paragraphs back", async () => {
    const body = await ask("ماذا قال كاستيا؟");
    expect(saidBy(body, "رودريغو كاستيا", "الهيئة ستوسع الأرصفة")).toBe(true);
  });
  it("a speech word after a preposition is a noun: the quoted description is nobody's statement", async () => {
    const body = await ask("ماذا قال ماركو بيلو؟");
    expect(saidBy(body, "ماركو بيلو", "البرنامج أخطأ")).toBe(true);
    expect(quotes(body).some((q) => q.text.includes("ساحة لعب") && q.speaker !== null)).toBe(false);
  });
  it("a quoted name right after the verb is its subject, and the clause after أنها its statement", async () => {
    const body = await ask("ماذا قالت ماريتيما؟");
    expect(saidBy(body, "ماريتيما", "ضاعفت أسطولها")).toBe(true);
  });
  it("one quoted word opening a reported clause is a name in it, not a statement", async () => {
    const body = await ask("ماذا قال كمال الشهري؟");
    expect(saidBy(body, "كمال الشهري", "لديه موضوعات أهم")).toBe(true);
    expect(quotes(body).some((q) => q.text === "فيفا" && q.speaker !== null)).toBe(false);
  });
});
