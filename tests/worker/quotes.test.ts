import { describe, expect, it } from "vitest";
import { getJson, postJson } from "./helpers";

describe("what did X say", () => {
  it("ماذا قال بيسكوف؟ answers with his quote, name and title", async () => {
    const { body } = await postJson("/v1/ask", { question: "ماذا قال بيسكوف؟" });
    expect(body.found).toBe(true);
    const q = body.passages[0].quotes[0];
    expect(q).toMatchObject({ speaker: "ديمتري بيسكوف", speaker_title: "المتحدّث باسم الكرملين", text: "ستكون زيارة عمل", kind: "direct" });
    expect(body.answer).toContain("«ستكون زيارة عمل»");
    expect(body.answer).toContain("ديمتري بيسكوف");
  });

  it("the title alone reaches the same speaker", async () => {
    const { body } = await postJson("/v1/ask", { question: "ماذا قال المتحدث باسم الكرملين؟" });
    expect(body.passages[0].quotes[0].speaker).toBe("ديمتري بيسكوف");
  });

  it("a paragraph that opens with وقال is the previous speaker's (Lukashenko)", async () => {
    const { body } = await getJson(`/v1/quotes?speaker=${encodeURIComponent("لوكاشنكو")}`);
    expect(body.speaker.name).toContain("لوكاشنكو");
    const q = body.quotes.find((x: any) => x.paragraph === 22);
    expect(q.text.startsWith("كثيراً ما أتعرض للنقد")).toBe(true);
    expect(q.text).toContain("‘ لن يترك السلطة‘"); // the nested quote stays inside
    expect(q.text).toContain("لم يخترني الناس لهذا السبب");
  });

  it("السفير points back to the ambassador named earlier (Mezentsev)", async () => {
    const { body } = await postJson("/v1/ask", { question: "ماذا قال السفير؟" });
    expect(body.found).toBe(true);
    expect(body.passages[0].quotes[0].speaker).toBe("دميتري ميزينتسيف");
    expect(body.passages[0].quotes[0].text).toBe("ردّ على من يفكّر خلاف ذلك");
  });

  it("someone mentioned but never quoted (Putin) is found:false", async () => {
    const { body } = await postJson("/v1/ask", { question: "ماذا قال بوتين؟" });
    expect(body.found).toBe(false);
    expect(body.passages).toEqual([]);
    expect(body.answer).toContain("بوتين");
  });

  it("someone the corpus does not know (Macron) is found:false", async () => {
    const { body } = await postJson("/v1/ask", { question: "ماذا قال ماكرون؟" });
    expect(body.found).toBe(false);
  });

  it("reported speech is kept apart from direct quotes", async () => {
    const { body } = await getJson(`/v1/quotes?speaker=${encodeURIComponent("بيغن")}`);
    expect(body.quotes[0].kind).toBe("reported");
    expect(body.quotes[0].text).toContain("موسكو تُعرّض نفسها");
  });

  it("a term in quotation marks with no speaker is speaker:null", async () => {
    const { body } = await getJson("/v1/articles/000_1c09154c65ee4cf0");
    const q = body.paragraphs[1].quotes.find((x: any) => x.text === "زعزعة استقرار");
    expect(q.speaker).toBeNull();
  });
});

describe("speaker routes", () => {
  it("/v1/speakers lists speakers with aliases and counts", async () => {
    const { body } = await getJson("/v1/speakers");
    const peskov = body.speakers.find((s: any) => s.name === "ديمتري بيسكوف");
    expect(peskov.aliases).toEqual(expect.arrayContaining(["بيسكوف", "المتحدّث باسم الكرملين"]));
    expect(peskov.statements).toBeGreaterThanOrEqual(1);
    expect(peskov.id).toMatch(/^sp_/);
  });

  it("/v1/quotes of an unknown speaker is 404 problem+json", async () => {
    const { status, type } = await getJson(`/v1/quotes?speaker=${encodeURIComponent("ماكرون")}`);
    expect(status).toBe(404);
    expect(type).toContain("application/problem+json");
  });
});
