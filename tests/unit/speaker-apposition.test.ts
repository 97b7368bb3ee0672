import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";
import { wordStats } from "../../src/corpus/word-stats";
import { formFeatures } from "../../src/index/speaker-list-forms";
import { normalizeArabic } from "../../src/analysis";

// Sentences and counts written for these tests (issue 13, speaker sample 9 work); no name here is in the
// seed, the labelled articles or the judged samples.
const speakerOf = (paragraphs: string[], quote: string, extra: Record<string, number> = {}) => {
  const stats = wordStats([paragraphs]);
  for (const [w, n] of Object.entries(extra)) stats.count.set(normalizeArabic(w), n);
  const s = resolveArticle(paragraphs, { stats }).find((x) => x.text.includes(quote))?.speaker;
  return s ? { name: s.name, title: s.title } : null;
};
/** Counts of a noun of persons: the definite form, its sound plurals and its bare form. */
const personNoun = (stem: string) => ({ [`ال${stem}`]: 40, [`${stem}ين`]: 30, [`ال${stem}ون`]: 12, [stem]: 20 });

describe("an apposition's head after a full name opens the title", () => {
  it("a definite noun of persons with its complement after it (القيادي في …)", () => {
    const article = ["وقال كريم فاضل القيادي في الحزب الديمقراطي إن المفاوضات ستستأنف الأسبوع المقبل."];
    expect(speakerOf(article, "المفاوضات ستستأنف", personNoun("قيادي"))).toEqual({ name: "كريم فاضل", title: "القيادي" });
  });
  it("the same word closing the phrase is a family name and stays («… المخرج أن»)", () => {
    const article = ["وأكد سعد بن فهد المخرج أن المعرض يفتح أبوابه مساء الخميس."];
    expect(speakerOf(article, "المعرض يفتح", personNoun("مخرج"))?.name).toBe("سعد بن فهد المخرج");
  });
  it("an indefinite noun of persons in construct after a full name (مذيع الحفل)", () => {
    const article = ["وأوضح سامر ناجي مذيع الحفل السنوي أن السحوبات تجري كل مساء."];
    expect(speakerOf(article, "السحوبات تجري", personNoun("مذيع"))).toEqual({ name: "سامر ناجي", title: "مذيع الحفل السنوي" });
  });
  it("a word the corpus never has in the plural is no apposition (a family name before a title)", () => {
    const article = ["وقال نادر سليم الدوسري في تصريح صحفي إن الموسم بدأ مبكرا."];
    expect(speakerOf(article, "الموسم بدأ")?.name).toBe("نادر سليم الدوسري");
  });
});

describe("a title with a pronoun suffix is no construct", () => {
  it("«مديره» before a compound name: the name is whole", () => {
    const article = ["تأسس المركز قبل عشر سنوات.", "وقال مديره سامي عبد الكريم إن «عدد الزوار تضاعف هذا العام»."];
    expect(speakerOf(article, "عدد الزوار")?.name).toBe("سامي عبد الكريم");
  });
  it("the feminine title (مديرة) still takes its genitive", () => {
    const article = ["وقالت مديرة المدرسة هالة سمير إن «الدراسة تبدأ الأحد»."];
    expect(speakerOf(article, "الدراسة تبدأ")).toEqual({ name: "هالة سمير", title: "مديرة المدرسة" });
  });
});

describe("a foreign first name written with ال", () => {
  it("a one-word title the corpus never has without ال is the first name (الفونسو)", () => {
    const article = ["وقال الفونسو ريبيرتي، مدير المركز، إن «النزوح يتزايد كل عام»."];
    expect(speakerOf(article, "النزوح يتزايد")?.name).toBe("الفونسو ريبيرتي");
  });
  it("a title the corpus has without ال stays the title (المحلل)", () => {
    const article = ["وقال المحلل ريبيرتي إن «الأسعار سترتفع»."];
    expect(speakerOf(article, "الأسعار سترتفع", { "محلل": 12 })).toEqual({ name: "ريبيرتي", title: "المحلل" });
  });
});

describe("phrase edges: a lone ل, acronyms, qualified sources, a name after a role's comma", () => {
  it("a lone ل before a quoted name ends the title (لـ«…»)", () => {
    const article = ["وأكد ماهر سعيد رئيس مجلس إدارة شركة الريان لـ«الوطن» أمس، أن الأرباح تضاعفت خلال العام."];
    expect(speakerOf(article, "الأرباح تضاعفت")).toEqual({ name: "ماهر سعيد", title: "رئيس مجلس إدارة شركة الريان" });
  });
  it("Latin letters' names after a company noun are its acronym, not the name (إي إم سي)", () => {
    const article = ["وقال الرئيس التنفيذي لشركة إي إم سي فرانك توماس: «نتوقع نموا أكبر في الربع المقبل»."];
    expect(speakerOf(article, "نتوقع نموا")).toEqual({ name: "فرانك توماس", title: "الرئيس التنفيذي لشركة إي إم سي" });
  });
  it("a dual or definite unnamed source keeps its qualifier (مسؤولان في …، المسؤولون في …)", () => {
    expect(speakerOf(["وقال مسؤولان في وزارة الزراعة إن «المحصول جيد هذا العام»."], "المحصول جيد")?.name).toBe("مسؤولان في وزارة الزراعة");
    expect(speakerOf(["ويتوقع المسؤولون في الهيئة العامة للموانئ أن الحركة سترتفع في الصيف."], "الحركة سترتفع")?.name).toBe("المسؤولون في الهيئة العامة للموانئ");
  });
  it("a role, then a name after a comma: the name is the speaker, the role its title", () => {
    const article = ["وقال المتحدث الرسمي باسم وزارة النقل، فارس الحمدان، إن «الطريق سيفتح غدا»."];
    expect(speakerOf(article, "الطريق سيفتح")).toEqual({ name: "فارس الحمدان", title: "المتحدث الرسمي باسم وزارة النقل" });
  });
});

describe("the speaker-list check's form features", () => {
  it("reads a noun's other forms, a ل/ب word on a common stem and a definite plural alone", () => {
    const stats = { count: new Map(Object.entries({ "وكاله": 60, "الوكاله": 80, "لوكاله": 5, "مسوول": 40, "المسوولون": 9, "كلارا": 3 })), afterSpeech: new Map() };
    const [noun, preposition] = formFeatures(stats, ["مسوول", "تركي", "لوكاله"]);
    expect(preposition).toBe(1);
    expect(noun).toBeGreaterThan(formFeatures(stats, ["كلارا"])[0]);
    expect(formFeatures(stats, ["المسوولون"])[2]).toBe(1);
    expect(formFeatures(stats, ["مسوولون"])[2]).toBe(0);
    expect(formFeatures(stats, ["الكرملين"])[2]).toBe(0); // no singular كرمل: a name, not a plural
  });
});

describe("a preposition phrase before a full name is not the person's title (article-names.ts fullNameIn)", () => {
  // sentences written for this test (session 19); no name here is in the labelled articles
  it("«للبرازيلي فلان» gives the full name, and neither the preposition phrase nor what precedes it as title", () => {
    for (const opening of ["وحضر المؤتمر الصحفي للبرازيلي ماركو تيليس - مدرب الفريق - عدد كبير من الصحفيين.", "اقتحم الممثل مؤتمرا صحفيا للبرازيلي ماركو تيليس -مدرب الفريق- وأمطره بالأسئلة."]) {
      const found = resolveArticle([opening, "وقال تيليس: \"الفريق جاهز للمباراة\"."]).find((s) => s.text.includes("الفريق جاهز"));
      expect(found?.speaker?.name, opening).toBe("ماركو تيليس");
      expect(found?.speaker?.title ?? "", opening).not.toContain("للبرازيلي");
    }
  });
});

describe("a eulogy formula after a name ends it and never speaks (speaker-phrase.ts EULOGY_VERBS)", () => {
  // sentences written for this test (session 19)
  it("«قال فلان رحمه الله:» is فلان; «رضي الله عنه» likewise", () => {
    const one = resolveArticle(["وقال الشيخ سالم العتيبي رحمه الله: \"العلم نور\"."]).find((s) => s.text.includes("العلم نور"));
    expect(one?.speaker?.name).toBe("سالم العتيبي");
    const two = resolveArticle(["كما قال أبو هريرة الدوسي رضي الله عنه: \"كنا نصوم\"."]).find((s) => s.text.includes("كنا نصوم"));
    expect(two?.speaker?.name).toBe("أبو هريرة الدوسي");
  });
  it("a formula alone after the verb is no speaker: «كما قال رضي الله عنه» continues the speaker before", () => {
    const found = resolveArticle(["وقال الشيخ سالم العتيبي: \"العلم نور\". ثم قال رحمه الله: \"والجهل ظلام\"."]).find((s) => s.text.includes("والجهل ظلام"));
    expect(found?.speaker?.name ?? "").not.toMatch(/الله/);
  });
});
