import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test (an invented company, product, channel and minister): quoted media and
// product names are never statements; what the speakers said around them is.
const articles = [
  { id: "q1", title: "الهاتف", language: "ar", paragraphs: [
    "وطرحت شركة بلاتو للاتصالات هاتفها الجديد «نوفا برو» في الأسواق الخليجية هذا الأسبوع.",
    "ويقول المدير التنفيذي للشركة كريم الفاسي إن «نوفا برو» يبدو أسرع من سابقه بكثير، مضيفا أن المبيعات ارتفعت.",
  ] },
  { id: "q2", title: "الاقتصاد", language: "ar", paragraphs: [
    "وقال وزير الاقتصاد رائد الشمري: «الوضع مستقر».",
    "وأضاف الشمري في حديث لقناة «سكاي نيوز» أن الأسعار «ستنخفض قريبا» خلال الربع المقبل، بحسب ما نقلته «رويترز» و«الشرق الأوسط».",
  ] },
  // a role's holder named in quotation marks before أنّ; a document's and a phase's names in quotation marks
  { id: "q3", title: "المعرض", language: "ar", paragraphs: [
    "وأعلن رئيس اللجنة المنظمة وليد الزهراني افتتاح المعرض.",
    "من جانبه، أوضح مدير فرع جمعية الحرف اليدوية في تبوك “ماجد آل حمدان”، أن المعرض يضم أربعين جناحا للأسر المنتجة.",
    "وقال الزهراني خلال المؤتمر الصحفي الذي عقده أمس بمناسبة قرب انطلاق المرحلة الأولى التي تشمل «تسجيل الأسر المشاركة»، أن التسجيل يبدأ الأحد.",
  ] },
];

const { ask, get } = ownApp(articles);
/** The quotes of the answer's passages that carry a speaker (a passage lists its other quoted spans with speaker null). */
const quotes = (body: any): string[] => body.passages.flatMap((p: any) => p.quotes.filter((q: any) => q.speaker).map((q: any) => q.text));

describe("quoted names are not statements", () => {
  it("a role's holder named in quotation marks is the speaker, not a statement", async () => {
    const body = await ask("ماذا قال ماجد آل حمدان؟");
    expect(body.found).toBe(true);
    const said = quotes(body);
    expect(said.some((q) => q.startsWith("المعرض يضم"))).toBe(true);
    expect(said).not.toContain("ماجد آل حمدان");
  });
  it("a quoted phase name before the أنّ clause is not the speaker's statement; the clause is", async () => {
    const body = await ask("ماذا قال وليد الزهراني؟");
    expect(body.found).toBe(true);
    const said = quotes(body);
    expect(said.some((q) => q.startsWith("التسجيل يبدأ"))).toBe(true);
    expect(said).not.toContain("تسجيل الأسر المشاركة");
  });
  it("a channel and agencies in quotes are not the minister's statements; what he said is", async () => {
    const res = await get(`/v1/quotes?speaker=${encodeURIComponent("الشمري")}`);
    expect(res.status).toBe(200);
    const said: string[] = ((await res.json()) as any).quotes.map((q: any) => q.text);
    expect(said.some((q) => q.startsWith("الأسعار «ستنخفض قريبا»"))).toBe(true);
    for (const name of ["سكاي نيوز", "رويترز", "الشرق الأوسط"]) expect(said).not.toContain(name);
  });
  it("a product name quoted twice is not the CEO's statement; what he said about it is", async () => {
    const body = await ask("ماذا قال كريم الفاسي؟");
    expect(body.found).toBe(true);
    const said = quotes(body);
    expect(said).not.toContain("نوفا برو");
    expect(said.some((q) => q.includes("يبدو أسرع"))).toBe(true);
  });
});
