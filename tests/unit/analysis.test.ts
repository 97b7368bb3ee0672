import { describe, expect, it } from "vitest";
import { analyze, foldedCodes, isStopword, normalizeArabic, stemArabic, terms, tokenize } from "../../src/analysis";

describe("normalizeArabic", () => {
  it("removes shadda and other harakat so both spellings match", () => {
    expect(normalizeArabic("المتحدّث")).toBe(normalizeArabic("المتحدث"));
    expect(normalizeArabic("الصحفيّين")).toBe("الصحفيين");
    expect(normalizeArabic("مِن قِبل")).toBe("من قبل");
  });
  it("folds hamza alefs, alef maqsura and taa marbuta", () => {
    expect(normalizeArabic("أإآٱ")).toBe("اااا");
    expect(normalizeArabic("مستشفى")).toBe("مستشفي");
    expect(normalizeArabic("زيارة")).toBe("زياره");
  });
  it("removes tatweel, expands lam-alef ligatures and folds Arabic-Indic and Persian digits", () => {
    expect(normalizeArabic("كبيـــر")).toBe("كبير");
    expect(normalizeArabic("\uFEFB")).toBe("لا");
    expect(normalizeArabic("٦٦ و۲۶")).toBe("66 و26");
  });
});

describe("foldedCodes (normalizeArabic's folds, read from UTF-8)", () => {
  const texts = [
    "قالَ المتحدّث: «ستكون زيارةً مهمّة» في ٢٠٢٠ و۲۶",
    "\uFEFB\uFEF5 تساؤ\uFEFBت\u00A0حول ™ و ﷺ",
    "Élection À PARIS ١٢٣ ـــ كبيـــر",
    "emoji 😀 بعد الرمز \u0627\u0654 مع همزة",
    "",
  ];
  const asString = (codes: Uint16Array) => String.fromCharCode(...codes);
  it("gives what normalizeArabic gives, from bytes and from a string", () => {
    for (const text of texts) {
      expect(asString(foldedCodes(new TextEncoder().encode(text)))).toBe(normalizeArabic(text));
      expect(asString(foldedCodes(text))).toBe(normalizeArabic(text));
    }
  });
  it("grows for long texts and ligature expansions", () => {
    const long = "\uFDFA ".repeat(2000);
    expect(asString(foldedCodes(new TextEncoder().encode(long)))).toBe(normalizeArabic(long));
  });
});

describe("tokenize", () => {
  it("splits on Arabic and Latin punctuation and keeps numbers and Latin words", () => {
    const tokens = tokenize("قال: «نعم»، ولكن؟ 80% من AFP في 3.5 ساعة").map((t) => t.text);
    expect(tokens).toEqual(["قال", "نعم", "ولكن", "80", "من", "afp", "في", "3.5", "ساعه"]);
  });
});

describe("stemArabic (light10 and measured extensions)", () => {
  it("strips one article and the conjunction", () => {
    expect(stemArabic("والكرملين")).toBe("كرمل"); // light10 takes ين as a suffix; the query side does the same
    expect(stemArabic("بالتنسيق")).toBe("تنسيق");
    expect(stemArabic("للصحفيين")).toBe("صحف");
  });
  it("strips suffixes while two or more letters remain", () => {
    expect(stemArabic(normalizeArabic("عقوبات"))).toBe("عقوب");
    expect(stemArabic(normalizeArabic("المتظاهرون"))).toBe("متظاهر");
    expect(stemArabic(normalizeArabic("زيارة"))).toBe("زيار");
  });
  it("strips the future س and tanween alef", () => {
    expect(stemArabic("سيعقد")).toBe("يعقد");
    expect(stemArabic("مرارا")).toBe("مرار");
  });
  it("leaves short words alone", () => {
    expect(stemArabic("من")).toBe("من");
    expect(stemArabic("عمر")).toBe("عمر");
  });
  it("maps a word with and without shadda to the same stem", () => {
    expect(terms("الاتّحاد")).toEqual(terms("الاتحاد"));
  });
});

describe("stopwords and the analyzer", () => {
  it("question words are not content", () => {
    for (const w of ["ماذا", "ما", "من", "متى", "اين", "كم", "هل", "كيف"]) expect(isStopword(normalizeArabic(w))).toBe(true);
    // question words written fused with the pronoun or a preposition (ماهو = ما هو)
    for (const w of ["ماهو", "ماهي", "بماذا", "لمن"]) expect(isStopword(normalizeArabic(w))).toBe(true);
    for (const w of ["عمان", "لمنع", "مهم"]) expect(isStopword(normalizeArabic(w))).toBe(false);
  });
  it("keeps positions over all tokens, stopwords included", () => {
    const a = analyze("أين سيعقد الاجتماع؟");
    expect(a.map((t) => t.term)).toEqual(["يعقد", "اجتماع"]);
    expect(a.map((t) => t.position)).toEqual([1, 2]);
  });
});
