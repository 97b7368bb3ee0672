import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test: officials quoted by title and name, a body that speaks, and two
// foreign ministers side by side so that a role must pick by nation, not by office alone.
const articles = [
  { id: "r1", title: "محادثات", language: "ar", paragraphs: ["وقال وزير الخارجية النرويجي إسبن بارث إيدي للصحفيين: «الحوار هو الطريق الوحيد»."] },
  { id: "r2", title: "مؤتمر", language: "ar", paragraphs: ["وقال وزير الخارجية الكيني موسى واتانغولا في مؤتمر صحفي: «ندعم جهود السلام في المنطقة»."] },
  { id: "r3", title: "الكرة", language: "ar", paragraphs: ["وقال رئيس الاتحاد الدولي لكرة القدم جياني إنفانتينو: «البطولة ستكون الأفضل في التاريخ»."] },
  { id: "r4", title: "بروكسل", language: "ar", paragraphs: ["وقال الاتحاد الأوروبي في بيان: «سنواصل دعم المفاوضات بين الطرفين»."] },
  { id: "r6", title: "برازيليا", language: "ar", paragraphs: ["وقال وزير الخارجية البرازيلي في مؤتمر صحفي: «المحصول هذا العام قياسي»."] },
  { id: "r7", title: "نيويورك", language: "ar", paragraphs: ["وقال الأمين العام للأمم المتحدة: «يجب وقف القتال فورا».", "وأضاف الأمين العام للأمم المتحدة: «المساعدات لا تصل»."] },
  { id: "r8", title: "جنيف", language: "ar", paragraphs: ["وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش: «المناخ يتغير أسرع مما توقعنا»."] },
  { id: "r5", title: "لندن", language: "ar", paragraphs: ["وقال رئيس الوزراء البريطاني كير ستارمر أمام البرلمان: «سنخفض الضرائب على العائلات»."] },
];

const { ask } = ownApp(articles);

const speakerOf = (body: any) => body.passages[0]?.quotes.find((q: any) => q.speaker_latin)?.speaker;

describe("English role questions through the speakers' Arabic titles", () => {
  it("an office with a nation or an organisation reaches the one who holds it", async () => {
    expect(speakerOf(await ask("What did the Norwegian foreign minister say?"))).toBe("إسبن بارث إيدي");
    expect(speakerOf(await ask("What did Kenya's foreign minister say?"))).toBe("موسى واتانغولا");
    expect(speakerOf(await ask("What did the FIFA president say?"))).toBe("جياني إنفانتينو");
    expect(speakerOf(await ask("What did the president of FIFA say?"))).toBe("جياني إنفانتينو");
    expect(speakerOf(await ask("What did the British prime minister say?"))).toBe("كير ستارمر");
  });

  it("the person the articles name with the office before the office written alone", async () => {
    // r7 quotes the office twice without a name, r8 names its holder once: the role is the named man
    expect(speakerOf(await ask("What did the UN secretary general say?"))).toBe("أنطونيو غوتيريش");
    expect((await ask("ماذا قال الأمين العام للأمم المتحدة؟")).passages[0].quotes[0].speaker).toBe("أنطونيو غوتيريش");
  });

  it("a role nobody holds is found:false, not another office holder", async () => {
    for (const q of ["What did the Russian foreign minister say?", "What did the US secretary of state say?", "What did the UEFA president say?"]) {
      const body = await ask(q);
      expect(body.found, q).toBe(false);
      expect(body.passages, q).toEqual([]);
      expect(body.closest_speakers, q).toBeUndefined();
    }
  });

  it("a body that speaks is shown by its English name, not spelled letter by letter", async () => {
    const body = await ask("What did the European Union say?");
    expect(body.found).toBe(true);
    expect(speakerOf(body)).toBe("الاتحاد الأوروبي");
    expect(body.passages[0].quotes[0].speaker_latin).toBe("the European Union");
    expect(body.answer).toMatch(/^The European Union \(الاتحاد الأوروبي\) said:/);
  });

  it("a speaker the article names only by an office is shown by the office in English", async () => {
    const body = await ask("What did the Brazilian foreign minister say?");
    expect(body.found).toBe(true);
    expect(speakerOf(body)).toBe("وزير الخارجية البرازيلي");
    expect(body.passages[0].quotes[0].speaker_latin).toBe("the Brazilian foreign minister");
  });

  it("a speaker found by name has its title in English when the lists hold it", async () => {
    const body = await ask("What did Starmer say?");
    expect(body.found).toBe(true);
    expect(body.answer).toMatch(/, the British prime minister, said:/);
  });
});

describe("did you mean: closest_speakers", () => {
  it("a misspelled or partial name the model puts near a speaker: found:false, the speaker offered apart", async () => {
    const body = await ask("What did Wotongela say?");
    expect(body.found).toBe(false);
    expect(body.passages).toEqual([]);
    expect(body.answer).toMatch(/^The corpus holds no statement by Wotongela\.\nDid you mean: .*موسى واتانغولا/);
    expect(body.closest_speakers[0]).toEqual({
      id: expect.stringMatching(/^sp_/),
      name: "موسى واتانغولا",
      latin: expect.stringMatching(/^[A-Z][a-z]+ [A-Z][a-z]+$/),
      title: "وزير الخارجية الكيني",
    });
    // the Latin name an English page asks with ("What did <latin> say?") names that speaker again
    const again = await ask(`What did ${body.closest_speakers[0].latin} say?`);
    expect(again.found).toBe(true);
    expect(speakerOf(again)).toBe("موسى واتانغولا");
  });

  it("in Arabic too, through the learned speller", async () => {
    const body = await ask("ماذا قال واتانجولو؟");
    expect(body.found).toBe(false);
    expect(body.closest_speakers?.map((s: any) => s.name)).toContain("موسى واتانغولا");
    expect(body.answer).toContain("هل تقصد");
  });

  it("nobody close: no closest_speakers at all", async () => {
    for (const q of ["What did Greta Thunberg say?", "What did Zuckerberg say?"]) {
      const body = await ask(q);
      expect(body.found, q).toBe(false);
      expect(body.closest_speakers, q).toBeUndefined();
    }
  });
});
