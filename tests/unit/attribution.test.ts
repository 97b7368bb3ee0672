import { describe, expect, it } from "vitest";
import { extractStatements } from "../../src/corpus/quotes";
import { nameKey, resolveArticle } from "../../src/corpus/speakers";

// Articles written for these tests in the style of Saudi and wire copy; none of these names is in the seed.
const speakerOf = (paragraphs: string[], quote: string) => resolveArticle(paragraphs).find((s) => s.text.includes(quote))?.speaker ?? null;

describe("the speaker phrase after a speech verb", () => {
  it("a rank after a long title chain, then the name with an ال family name", () => {
    const s = speakerOf(['وقال المتحدث الإعلامي باسم شرطة محافظة الطائف العقيد فهد الغامدي: "تم القبض على الجناة خلال ساعات"'], "تم القبض");
    // the rank right before the name is the name's, not the end of the office (a question naming the office finds him)
    expect(s).toMatchObject({ name: "فهد الغامدي", title: "المتحدث الإعلامي باسم شرطة محافظة الطائف" });
  });
  it("a rank after a definite body noun opens the name; the eponym reading is for a body in construct", () => {
    const s = speakerOf(["وقال المتحدث باسم إدارة الدفاع المدني بالمنطقة العقيد ماجد فرحان إن الحملة بدأت."], "الحملة");
    expect(s).toMatchObject({ name: "ماجد فرحان", title: "المتحدث باسم إدارة الدفاع المدني بالمنطقة" });
    // مركز الملك فهد: a rank right after an indefinite body noun names the body
    expect(speakerOf(["وقال مدير مركز الملك فهد الثقافي إن المعرض يفتتح غدا."], "المعرض")?.name).not.toBe("فهد");
  });
  it("a news agency after the name is the addressee, not the end of the name", () => {
    expect(speakerOf(["وأبلغ وزير الطاقة الكيني جوزيف موانغي رويترز أن الإنتاج سيرتفع العام المقبل."], "الإنتاج")?.name).toBe("جوزيف موانغي");
    expect(speakerOf(["وقال المدير التنفيذي سامر الكردي لفرانس برس إن الشركة ستفتتح فرعين."], "الشركة")?.name).toBe("سامر الكردي");
    // and right after the verb it is the addressee: the speaker is the one before
    const paragraphs = ["وقال وزير المالية الكيني هنري روتو إن الموازنة جاهزة.", "وأضاف لرويترز أن العجز سينخفض إلى النصف."];
    expect(speakerOf(paragraphs, "العجز")?.name).toBe("هنري روتو");
  });
  it("an interrogative, «contenting himself» and «but» are never the subject before a verb", () => {
    // an interviewer's question states nothing: هل is no speaker
    expect(speakerOf(["هل تعتقد أن الدوري سيكون صعبا هذا الموسم؟"], "الدوري")?.name ?? null).not.toBe("هل");
    // مكتفيا بالقول: the one who said it is the clause's subject
    const content = speakerOf(["ولم يؤكد المتحدث باسم الشرطة الرائد سالم الكعبي الحادث، مكتفيا بالقول إن «التحقيق جار»."], "التحقيق");
    expect(content?.name).not.toBe("مكتفيا");
    // «… مع أنقرة لكن وزير الخارجية فلان قال»: the subject after لكن, not the place before it
    expect(speakerOf(["ولم يعلن عن اتفاق مع أنقرة لكن وزير الخارجية المجري بيتر سيارتو قال اليوم إن المحادثات مستمرة."], "المحادثات")?.name).toBe("بيتر سيارتو");
  });
  it("«according to» after a title opens the source: no name, the title points back", () => {
    const paragraphs = ["وقال وزير النقل الغاني كويسي أمواكو إن الطريق سيفتتح قريبا.", "وشدد وزير النقل الغاني بحسب وكالة الأنباء المحلية على أن التمويل متوفر."];
    expect(speakerOf(paragraphs, "التمويل")?.name).toBe("كويسي أمواكو");
    expect(speakerOf(["وأكد مدير الشركة وفقا لصحيفة محلية أن الأرباح ارتفعت."], "الأرباح")?.name).not.toMatch(/وفق/);
  });
  it("a rank's qualifier (العميد ركن، الفريق أول ركن) is the rank's, not the name's", () => {
    expect(speakerOf(['وقال المتحدث باسم قوات الحلف العميد ركن سامي الفارس إن "العمليات مستمرة".'], "العمليات")).toMatchObject({ name: "سامي الفارس", title: "المتحدث باسم قوات الحلف" });
    expect(speakerOf(['وأكد قائد حرس الحدود الفريق أول ركن نايف الحمد أن "الحدود آمنة".'], "الحدود")?.name).toBe("نايف الحمد");
    // elsewhere the same word is a name's: ركن الدين
    expect(speakerOf(['وقال ركن الدين محمود إن "الطقس جيد".'], "الطقس")?.name).toBe("ركن الدين محمود");
  });
  it("a speech verb after the particle ل of purpose ends the name (ومضى فلان ليقول)", () => {
    const paragraphs = ['وقال وزير الزراعة التشادي محمد ديبي إن "الموسم جيد".', 'واستطرد ديبي ليقول: «الأمطار جاءت في وقتها».'];
    expect(speakerOf(paragraphs, "الأمطار")?.name).toBe("محمد ديبي");
    // the particle reads only before an imperfect speech verb: a name that starts with ل stays a name
    expect(speakerOf(['وقال المدرب ليونيل سكالوني: "الفوز مستحق".'], "الفوز")?.name).toBe("ليونيل سكالوني");
  });
  it("keeps compound names whole: عبد ال…، أبو …، بن …، آل …", () => {
    expect(speakerOf(["وأوضح رئيس الجمعية سامي عبد الرحيم أن الموسم كان ناجحا."], "الموسم")?.name).toBe("سامي عبد الرحيم");
    expect(speakerOf(["وأكد المهندس خالد بن سعد آل مشرف أن المشروع اكتمل."], "المشروع")?.name).toBe("خالد بن سعد آل مشرف");
    expect(speakerOf(['وقال الدكتور ماجد أبو زيد: "النتائج مبشرة جدا".'], "النتائج")?.name).toBe("ماجد أبو زيد");
  });
  it("an addressee after the verb is not the speaker; the subject after it is", () => {
    expect(speakerOf(["وقال لـ«الوطن» مدير إدارة المرور العميد سالم القحطاني إن الحملة مستمرة."], "الحملة")?.name).toBe("سالم القحطاني");
    const paragraphs = ['وقال وزير النقل هشام بدر: "الطريق سيفتح قريبا".', 'وأضاف لقناة «الإخبارية»: "العمل لا يتوقف ليلا".'];
    expect(speakerOf(paragraphs, "العمل لا يتوقف")?.name).toBe("هشام بدر");
  });
  it("a quote right after the verb has no speaker inside it: the words of the quote are never the speaker", () => {
    const paragraphs = ['قال مدرب الفريق ماركو فيلاني للصحفيين: «المباراة صعبة».', 'وقال "سنمضي بشكل مباشر في الخطة الجديدة." وأضاف «أقول ذلك بصراحة للجميع».'];
    const all = resolveArticle(paragraphs);
    for (const s of all) {
      expect(s.speaker?.name ?? "").not.toMatch(/سنمضي|أقول/);
      expect(s.subject?.name ?? "").not.toMatch(/سنمضي|أقول/);
    }
    expect(speakerOf(paragraphs, "سنمضي بشكل")?.name).toBe("ماركو فيلاني");
  });
  it("a quoted channel or newspaper name is not a statement", () => {
    const statements = extractStatements('وأضاف لقناة «العربية» أن الاتفاق وشيك، بحسب ما نقلته صحيفة «الرياض».');
    expect(statements.filter((s) => s.kind === "direct" && s.ref.type !== "none")).toEqual([]);
  });
  it("an organisation speaks too, and a later bare noun points back to it", () => {
    const paragraphs = ["وأعلنت وزارة الصحة أن الإصابات تراجعت هذا الأسبوع.", 'وقالت الوزارة في بيان: "ندعو الجميع إلى الالتزام".'];
    expect(speakerOf(paragraphs, "الإصابات")?.name).toBe("وزارة الصحة");
  });
  it("an unnamed source stays within its article", () => {
    const s = speakerOf(["وقال مصدر أمني إن التحقيقات جارية."], "التحقيقات");
    expect(s).toMatchObject({ person: false, anonymous: true });
  });
  it("a time or a pronoun after the verb is no speaker: the one before continues", () => {
    const paragraphs = ['وقال المدرب الإسباني خوان لوبيز: "الفريق جاهز".', 'وكان قال الشهر الماضي: "نحتاج إلى الصبر".'];
    expect(speakerOf(paragraphs, "نحتاج")?.name).toBe("خوان لوبيز");
  });
});

describe("coreference within an article", () => {
  it("a role phrase points to the person introduced with those titles, not to a new speaker", () => {
    const paragraphs = [
      'قال المدرب الإيطالي ماركو روسي، المدير الفني لفريق الاتحاد، إن "المباراة صعبة".',
      'وقال رئيس النادي أحمد سالم إن الإدارة تدعم الفريق.',
      'وقال المدير الفني الإيطالي: "اللاعبون قدموا كل ما لديهم".',
    ];
    expect(speakerOf(paragraphs, "اللاعبون قدموا")?.name).toBe("ماركو روسي");
  });
  it("a first name alone joins the full name the article gave", () => {
    const paragraphs = ["وقال الشيخ عبد الله بن حمد الراشد إن المبادرة ستتوسع.", 'وتابع الشيخ عبد الله: "نشكر كل المتطوعين".'];
    expect(speakerOf(paragraphs, "نشكر")?.name).toBe("عبد الله بن حمد الراشد");
  });
  it("a nisba family name is not the name without it", () => {
    expect(nameKey("العبادي")).not.toBe(nameKey("العبيد"));
    expect(nameKey("تيخانوفسكايا")).toBe(nameKey("تيخانوفسكا"));
    expect(nameKey("ديمتري")).toBe(nameKey("دميتري"));
  });
});

describe("Unicode format characters inside a name", () => {
  it("a statement by a name written with a ZWJ, ZWNJ or RLM inside it goes to the same speaker as without", () => {
    const plain = ['وقال المتحدث باسم الحكومة ياسر الكوهجي: "المفاوضات ستستأنف الأسبوع المقبل".'];
    const expected = speakerOf(plain, "المفاوضات");
    expect(expected).toMatchObject({ name: "ياسر الكوهجي" });
    for (const c of ["\u200d", "\u200c", "\u200f", "\u2067"]) {
      const written = [plain[0]!.replace("الكوهجي", `الكو${c}هجي`)];
      expect(speakerOf(written, "المفاوضات")).toEqual(expected);
      // and across paragraphs: the ZWJ spelling and the plain one are one speaker of the article
      const both = resolveArticle([...written, 'وأضاف الكوهجي: "لا عودة إلى الوراء".']);
      expect(new Set(both.map((s) => s.speaker?.name))).toEqual(new Set(["ياسر الكوهجي"]));
    }
  });
});

describe("a body named in construct", () => {
  // a model that refuses every subject: the body stays the speaker; a bare noun or a person passes the verb on
  const refusing = (paragraphs: string[]) => resolveArticle(paragraphs, { minScore: Infinity });
  it("is a speaker whatever the speaker model scores its words", () => {
    const [s] = refusing(["وقالت وزارة الصحة الكاردونية في بيان: «إن الإصابات تراجعت إلى النصف»."]);
    expect(s?.speaker?.name).toBe("وزارة الصحة الكاردونية");
  });
  it("a one-word subject is still the model's call", () => {
    const all = refusing(["وقال سامر القطامي إن الحدود ستفتح.", "وقالت الوزارة إن «اللقاحات وصلت»."]);
    expect(all.find((s) => s.text.includes("اللقاحات"))?.speaker?.name).not.toBe("الوزارة");
  });
});
