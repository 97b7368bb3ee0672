import { describe, expect, it } from "vitest";
import { saidVerb, statementVerbGender } from "../../src/answer/said-verb";

const at = (paragraph: string, text: string) => statementVerbGender(paragraph, paragraph.indexOf(text), text.length);

describe("statementVerbGender: the speech verb nearest a statement in its sentence", () => {
  it("reads the verb before the speaker phrase and the clauses between", () => {
    const p = "وأوضحت الباحثة التي قادت الفريق، في مؤتمر عقد أمس في الجامعة، أن النتائج مشجعة.";
    expect(at(p, "النتائج مشجعة")).toBe("f");
    expect(at("وأوضح الباحث أن النتائج مشجعة.", "النتائج مشجعة")).toBe("m");
  });
  it("reads present forms (تقول / يقول) and a verb right after a quote", () => {
    expect(at("تقول المعلمة: «الصف مكتمل»", "الصف مكتمل")).toBe("f");
    expect(at("«الصف مكتمل» يقول المعلم.", "الصف مكتمل")).toBe("m");
    expect(at("«الصف مكتمل» قالت المعلمة.", "الصف مكتمل")).toBe("f");
  });
  it("stops at the sentence's start: an earlier sentence's verb is not the statement's", () => {
    expect(at("قالت الوزارة إن الطريق مغلق. والطقس سيء «حتى الغد»", "حتى الغد")).toBeNull();
  });
  it("a form whose partner is in the lexicon is read by it (لفت / لفتت); one with none says nothing", () => {
    expect(at("ولفت المدير إلى أن الموعد ثابت.", "الموعد ثابت")).toBe("m");
    expect(at("ولفتت المديرة إلى أن الموعد ثابت.", "الموعد ثابت")).toBe("f");
    // يخلص has no feminine تخلص in the lexicon (تخلص is «gets rid of»)
    expect(at("ويخلص المدير إلى أن الموعد ثابت.", "الموعد ثابت")).toBeNull();
  });
});

describe("saidVerb: the statements' verbs vote, then the name's rule", () => {
  const s = (paragraph: string, text: string) => ({ paragraph, text });
  it("a person spoken of with feminine verbs takes قالت", () => {
    expect(saidVerb({ name: "هالة يوسف", person: true }, [s("وقالت هالة يوسف إن المشروع اكتمل.", "المشروع اكتمل")])).toBe("قالت");
  });
  it("a tie or no verb falls back: a person قال, a body with ة قالت", () => {
    expect(saidVerb({ name: "هالة يوسف", person: true }, [s("هالة يوسف: «اكتمل»", "اكتمل")])).toBe("قال");
    expect(saidVerb({ name: "وزارة النقل", person: false }, [])).toBe("قالت");
    expect(saidVerb({ name: "هالة يوسف", person: true }, [s("وقالت هالة يوسف إن العمل بدأ.", "العمل بدأ"), s("وقال يوسف إن العمل انتهى.", "العمل انتهى")])).toBe("قال");
  });
});
