import { describe, expect, it } from "vitest";
import { resolveArticle } from "../../src/corpus/speakers";

// Sentences written for these tests in the style of Saudi and wire copy; none of these names is in the
// seed or the labelled articles.
const speakerOf = (paragraphs: string[], quote: string) => resolveArticle(paragraphs).find((s) => s.text.includes(quote))?.speaker ?? null;

describe("a title chain with a title word's own preposition", () => {
  it("coordinated titles with على / عن, then the name", () => {
    const s = speakerOf(["أكد عضو مجلس إدارة نادي الوحدة والمشرف على فريق الناشئين سامي الزهراني أن الفريق جاهز للموسم."], "الفريق جاهز");
    expect(s).toMatchObject({ name: "سامي الزهراني", title: "عضو مجلس إدارة نادي الوحدة والمشرف على فريق الناشئين" });
    expect(speakerOf(["وقال رئيس الجمعية والمسؤول عن ملف الإسكان خالد العمري إن المشروع سينتهي قريبا."], "المشروع")?.name).toBe("خالد العمري");
  });
  it("an occasion after the title is still not part of it", () => {
    const s = speakerOf(["وقال وزير التجارة الأردني فارس العدوان على هامش المؤتمر إن الصادرات زادت."], "الصادرات");
    expect(s?.name).toBe("فارس العدوان");
  });
});

describe("prepositions and coordinated titles inside a title chain", () => {
  it("the place after a title's في is its object, and the name after it is whole", () => {
    const s = speakerOf(["وقال سفير المملكة في الأردن نايف العنزي إن الزيارة ناجحة."], "الزيارة");
    expect(s).toMatchObject({ name: "نايف العنزي", title: "سفير المملكة في الأردن" });
  });
  it("a second title after و is a title, not a name; its pronoun genitive neither", () => {
    expect(speakerOf(["وأوضح رئيس النادي ونائب رئيس الاتحاد سالم المري أن الموسم سيبدأ مبكرا."], "الموسم")?.name).toBe("سالم المري");
    expect(speakerOf(["وقال الرئيس الكيني ووزير خارجيته بيتر موانغي إن الاتفاق قريب."], "الاتفاق")?.name).toBe("بيتر موانغي");
  });
  it("an unnamed source with a qualifier is a speaker, and a wire after it is the addressee", () => {
    const s = speakerOf(["وقال مصدر في الدفاع المدني لوكالة الأنباء الألمانية إن الحريق أخمد."], "الحريق");
    expect(s?.name).toBe("مصدر في الدفاع المدني");
    expect(speakerOf(["وذكرت مصادر محلية أن الاشتباكات توقفت مساء أمس."], "الاشتباكات")?.name).toBe("مصادر محلية");
  });
});
