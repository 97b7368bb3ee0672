import { describe, expect, it } from "vitest";
import { extractStatements } from "../../src/corpus/quotes";
import { participleForms, pastForms, presentForms } from "../../src/corpus/speech-forms";
import { SPEECH_PARTICIPLES, SPEECH_VERBS } from "../../src/corpus/lexicon";
import { normalizeArabic } from "../../src/analysis";

// Sentences written for these tests, in the style of Arabic wire copy; no names from the seed article.
const statements = (text: string) => extractStatements(text).map((s) => ({ kind: s.kind, text: s.text, speaker: s.ref.type === "named" ? s.ref.name : s.ref.type }));

describe("speech verb forms from principal parts", () => {
  it("makes the feminine and plural forms, a final weak letter dropped", () => {
    expect(pastForms("أكد")).toEqual(["أكد", "أكدت", "أكدوا"]);
    expect(pastForms("دعا")).toEqual(["دعا", "دعت", "دعوا"]);
    expect(presentForms("يدعو")).toEqual(["يدعو", "تدعو", "يدعون"]);
    expect(presentForms("ينفي")).toEqual(["ينفي", "تنفي", "ينفون"]);
    expect(participleForms("مؤكد")).toEqual(["مؤكدا", "مؤكدة", "مؤكدين"]);
    expect(participleForms("متمني")).toEqual(["متمنيا", "متمنية", "متمنين"]);
  });
  it("the lexicon holds the generated forms and leaves out the ambiguous ones", () => {
    for (const w of ["يعترفون", "تزعم", "نددوا", "يتساءلون"]) expect(SPEECH_VERBS.has(normalizeArabic(w))).toBe(true);
    for (const w of ["متمنيا", "منتقدا", "مشيدين"]) expect(SPEECH_PARTICIPLES.has(normalizeArabic(w))).toBe(true);
    // نفي «denial», تخلص «gets rid of», يعتبر «is considered», متابعين «followers», مطالبة «a demand»
    for (const w of ["نفي", "تخلص", "يعتبر"]) expect(SPEECH_VERBS.has(normalizeArabic(w))).toBe(false);
    for (const w of ["متابعين", "مطالبة"]) expect(SPEECH_PARTICIPLES.has(normalizeArabic(w))).toBe(false);
  });
});

describe("reported clauses", () => {
  it("a quote later in the clause belongs to it: the clause and the quote are both statements", () => {
    const got = statements("وأضاف الوزير سامي العتيبي أن ذلك «لن يتم إلا بتشكيل حكومة توافق وطني».");
    expect(got).toEqual([
      { kind: "reported", text: "ذلك «لن يتم إلا بتشكيل حكومة توافق وطني»", speaker: "سامي العتيبي" },
      { kind: "direct", text: "لن يتم إلا بتشكيل حكومة توافق وطني", speaker: "سامي العتيبي" },
    ]);
  });
  it("a whole clause in quotation marks is a direct statement only", () => {
    const got = statements("وأكد الوزير سامي العتيبي أن «الوضع الأمني مستقر في كل المحافظات».");
    expect(got.map((s) => s.kind)).toEqual(["direct"]);
  });
  it("the word right after the particle is the clause's subject, not a speech verb (طالب «student»)", () => {
    const got = statements("قالت وسائل إعلام محلية: إن طالب دكتوراه سعوديا حقق نتائج مهمة في أبحاثه.");
    expect(got).toEqual([{ kind: "reported", text: "طالب دكتوراه سعوديا حقق نتائج مهمة في أبحاثه", speaker: "وسائل إعلام محلية" }]);
  });
  it("a participle from the paradigms opens a clause of the last speaker (متمنيا أن)", () => {
    const got = statements("وشكر المحافظ المشاركين، متمنيا أن يسهم البرنامج في تطوير العمل التطوعي.");
    expect(got).toEqual([{ kind: "reported", text: "يسهم البرنامج في تطوير العمل التطوعي", speaker: "previous" }]);
  });
  it("«يذكر أن» is the writer's aside: a statement with no speaker", () => {
    const got = statements("ويذكر أن الأمير وجه العام الماضي بتعديل اسم الجائزة.");
    expect(got).toEqual([{ kind: "reported", text: "الأمير وجه العام الماضي بتعديل اسم الجائزة", speaker: "none" }]);
  });
});

describe("particles that belong to something else than the speech verb", () => {
  it("في حين أن، بعد أن، إلا أن after the verb open no reported clause", () => {
    expect(statements("وانتقد ناشطون في الحركة قيادتها لتكتمها على الخبر في حين أنه توفي قبل عامين.")).toEqual([]);
    expect(statements("وأشار المدير إلى المشروع بعد أن زار الموقع أمس.")).toEqual([]);
  });
  it("the particle right after the verb is still read (قال إن)", () => {
    expect(statements("وقال المدير سامي العتيبي إن المشروع اكتمل.").map((s) => s.kind)).toEqual(["reported"]);
  });
});
