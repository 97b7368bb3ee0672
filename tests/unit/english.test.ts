import { describe, expect, it } from "vitest";
import { englishNameWords, englishQuery, findSpeakerEnglish } from "../../src/answer/english";
import { answer } from "../../src/answer";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import { englishStem, mergeLexicons } from "../../src/index/english";

const articles = [
  {
    id: "e1",
    title: "لاجئون في المدينة",
    language: "ar",
    paragraphs: [
      "استقر الهوغونوت في المدينة بعد فرارهم من فرنسا، وكان التجار يستخدم الميناء.",
      "وفرضت الولايات المتحدة عقوبات جديدة على الشركة، وقالت إنها ستستخدم كل الوسائل.",
      "وأجرى الفريق اختبار المقابس في الموقع قبل الإطلاق.",
      "وقال السفير الفرنسي بيار دوبون للصحفيين: \"الوضع هادئ\". وقال دوبون: \"سنواصل العمل\".",
      "وقال السفير الأمريكي جون سميث للصحفيين: \"المحادثات كانت مفيدة\".",
    ],
  },
];
const lexicon = mergeLexicons(
  [
    ["US", ["الولايات المتحدة", "الأمريكي"]],
    ["ambassador", ["السفير"]],
    ["use", ["استخدم", "يستخدم"]],
    ["sanctions", ["عقوبات"]],
    ["test", ["اختبار"]],
    ["plugs", ["المقابس"]],
    ["port", ["الميناء"]],
  ],
  [
    ["used", ["مستعمل"]],
    ["uses", ["فوائد"]],
    ["plug", ["سدادة"]],
    ["city", ["المدينة"]],
  ],
);
const index = new SearchIndex(buildCorpusIndex(articles, undefined, lexicon));
/** The name of the speaker an English subject resolves to in `idx`, or null. */
const speakerNamed = (idx: SearchIndex, subject: string) => {
  const f = findSpeakerEnglish(idx, subject);
  return f && idx.data.extras.speakers[f.speaker]!.name;
};
const alternatives = (question: string) => englishQuery(index, question).terms.map((t) => t.alternatives);
const stemOf = (arabic: string) => index.queryTerms(arabic)[0]!.alternatives[0]!;

describe("mergeLexicons", () => {
  it("a hand-kept word replaces the dictionary's headwords with the same English stem", () => {
    const heads = lexicon.map(([en]) => en);
    expect(heads).toContain("city");
    expect(heads).not.toContain("used");
    expect(heads).not.toContain("uses");
    expect(heads).not.toContain("plug");
  });
});

describe("englishQuery", () => {
  it("reads an acronym as written: US is the United States, use is a verb", () => {
    expect(englishStem("US")).toBe("US");
    expect(englishStem("use")).toBe("us");
    const us = alternatives("What sanctions did the US announce?");
    expect(us).toContainEqual(expect.arrayContaining([stemOf("المتحدة")]));
    const use = alternatives("What did they use the port for?");
    expect(use.flat()).not.toContain(stemOf("المتحدة"));
    expect(use).toContainEqual([stemOf("يستخدم")]);
  });

  it("reads U.S. as US", () => {
    expect(alternatives("What did the U.S. impose?")).toContainEqual(expect.arrayContaining([stemOf("المتحدة")]));
  });

  it("splits a hyphenated word the lexicon does not hold", () => {
    const terms = alternatives("When was the plugs-out test?");
    expect(terms).toContainEqual([stemOf("المقابس")]);
    expect(terms).toContainEqual([stemOf("اختبار")]);
  });

  it("sounds an English plural name without its s when the plural matches nothing", () => {
    const q = englishQuery(index, "Where did the Huguenots settle?");
    expect(q.terms.flatMap((t) => t.alternatives)).toContain(stemOf("الهوغونوت"));
    expect(index.search(q.terms)[0]!.doc).toBe(0);
  });

  it("keeps a capitalized word the corpus does not know, so the question finds nothing", () => {
    const q = englishQuery(index, "Where did the Zwinglians settle?");
    expect(q.names).toContain("Zwinglians");
    expect(q.terms.some((t) => t.alternatives.includes("zwinglians"))).toBe(true);
  });

  it("names a speaker by a title with an acronym: the US ambassador", () => {
    const found = findSpeakerEnglish(index, "the US ambassador");
    expect(found?.byTitle).toBe(true);
    expect(index.data.extras.speakers[found!.speaker]!.name).toBe("جون سميث");
  });
});

describe("englishNameWords: Latin letters beyond a-z", () => {
  it("keeps a name with ø, ı or æ as one word (not Y + lmaz), capitalized by its own case", () => {
    expect(englishNameWords(index, "Østergaard")).toEqual(["Østergaard"]);
    expect(englishNameWords(index, "Yılmaz Grønkjær")).toEqual(["Yılmaz", "Grønkjær"]);
    expect(englishNameWords(index, "Émile al Ñuñez")).toEqual(["Émile", "al-Ñuñez"]);
  });

  it("keeps every part of a capitalized hyphenated name, even a part the lexicon translates", () => {
    expect(englishNameWords(index, "Ban Ki-moon")).toEqual(["Ban", "Ki", "moon"]);
    expect(englishNameWords(index, "Adel al-Jubeir")).toEqual(["Adel", "al-Jubeir"]);
  });

  it("answers a question that spells the name with them", () => {
    const idx = new SearchIndex(buildCorpusIndex([{ id: "d", title: "", language: "ar", paragraphs: ["وقال يلماز في تصريح صحفي: «نحن راضون عن النتائج»."] }]));
    const r = answer(idx, "What did Yılmaz say?", 1);
    expect(r.found).toBe(true);
    expect(r.passages[0]!.quotes[0]!.speaker).toBe("يلماز");
  });
});

describe("a nation in an English role is never read as a name", () => {
  it("the Saudi spokesman is not a man named Saad (سعد) who speaks for another country's ministry", () => {
    const words = mergeLexicons([["ministry", ["وزارة"]], ["spokesman", ["المتحدث"]], ["Saudi", ["السعودية", "السعودي"]]], []);
    const idx = new SearchIndex(buildCorpusIndex([{ id: "s", title: "", language: "ar", paragraphs: ["وقال المتحدث باسم وزارة الداخلية سعد الربيعي إن «الوضع تحت السيطرة»."] }], undefined, words));
    expect(findSpeakerEnglish(idx, "Saad al-Rubaie")).not.toBeNull();
    expect(findSpeakerEnglish(idx, "the ministry spokesman")).not.toBeNull();
    expect(findSpeakerEnglish(idx, "the Saudi ministry spokesman")).toBeNull();
  });
});

describe("a well-known name the sound reading gives to a namesake", () => {
  it("Assad is الأسد, not a man named أسعد; Asaad still finds أسعد", () => {
    const idx = new SearchIndex(buildCorpusIndex([{ id: "k", title: "", language: "ar", paragraphs: [
      "وقال الرئيس السوري بشار الأسد إن «الحرب طويلة».",
      "وقال الناطق الإعلامي للمديرية أسعد سعود إن «المريضة بخير».",
      "وأضاف أسعد سعود أن «العلاج مستمر».",
    ] }]));
    const name = (q: string) => speakerNamed(idx, q);
    expect(name("Assad")).toBe("بشار الأسد");
    expect(name("Asaad Saud")).toBe("أسعد سعود");
  });
});

describe("a one-word name held by a person and by a group named after him", () => {
  it("finds the person, even when another article's spelling of his name scores higher", () => {
    const idx = new SearchIndex(buildCorpusIndex([
      { id: "n1", title: "", language: "ar", paragraphs: ["وقال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن «الاتفاق سيئ».", "وأضاف نتنياهو أن «الرد قادم»."] },
      { id: "n2", title: "", language: "ar", paragraphs: ["وقال بنيامين نتانياهو إن «الحكومة مستقرة»."] },
      { id: "n3", title: "", language: "ar", paragraphs: ["وقال حلفاء نتنياهو إن «الانتخابات ستجرى في موعدها»."] },
    ]));
    const f = findSpeakerEnglish(idx, "Netanyahu");
    expect(f && idx.data.extras.speakers[f.speaker]!.name).toMatch(/^بنيامين/);
    expect(f?.latin).toMatch(/Netanyahu$/);
  });
});

describe("an English honorific before a name is the speaker's title", () => {
  it("King Salman is the king, Sheikh Salman the sheikh, President Salman nobody", () => {
    const idx = new SearchIndex(buildCorpusIndex([{ id: "h", title: "", language: "ar", paragraphs: [
      "وقال خادم الحرمين الشريفين الملك سلمان إن «المملكة ماضية في الإصلاح».",
      "وقال الشيخ سلمان الحربي إن «الخطبة ستكون عن الصبر».",
      "وأضاف الشيخ سلمان الحربي أن «المسجد سيفتح مبكرا».",
    ] }]));
    const name = (q: string) => speakerNamed(idx, q);
    expect(name("King Salman")).toBe("سلمان");
    expect(findSpeakerEnglish(idx, "King Salman")?.latin).toBe("King Salman");
    expect(name("Sheikh Salman")).toBe("سلمان الحربي");
    expect(name("President Salman")).toBeNull();
    // the rank between the office and the name is kept as an alias with the name
    expect(idx.data.extras.speakers.find((s) => s.name === "سلمان")?.aliases).toContain("الملك سلمان");
  });
});
