import { describe, expect, it } from "vitest";
import { getJson, postJson, SPOKESMAN } from "./helpers";

describe("English questions over the Arabic corpus", () => {
  it("What did Koskinen say? gives the Arabic quote, the speaker in both scripts", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did Koskinen say?" });
    expect(body.language).toBe("en");
    expect(body.found).toBe(true);
    const q = body.passages[0].quotes[0];
    expect(q).toMatchObject({ speaker: SPOKESMAN, text: "ستكون القمة فرصة لتعزيز التجارة بين البلدين", kind: "direct" });
    expect(q.speaker_latin).toMatch(/Koskinen$/);
    expect(body.answer).toMatch(/^.*Koskinen.* said:/);
    expect(body.answer).toContain("«ستكون القمة فرصة لتعزيز التجارة بين البلدين»");
  });

  it("Where will Korhonen and Ferreira meet? finds the Geneva paragraph", async () => {
    const { body } = await postJson("/v1/ask", { question: "Where will Korhonen and Ferreira meet?" });
    expect(body.found).toBe(true);
    expect(body.passages[0].text).toContain("جنيف");
  });

  it("What did Zuckerberg say? is found:false", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did Zuckerberg say?" });
    expect(body.found).toBe(false);
    expect(body.answer).toContain("Zuckerberg");
  });

  it("/v1/quotes takes a Latin-script name", async () => {
    const { status, body } = await getJson("/v1/quotes?speaker=Koskinen");
    expect(status).toBe(200);
    expect(body.speaker.name).toBe(SPOKESMAN);
    expect((await getJson("/v1/quotes?speaker=Zuckerberg")).status).toBe(404);
  });

  it("a pronoun with no conversation is not read as a name", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did they say?" });
    expect(body.found).toBe(false);
  });
});

describe("follow-ups carried by the conversation's speaker", () => {
  it("And what did he say? after What did Koskinen say?", async () => {
    const { body } = await postJson("/v1/ask", { question: "And what did he say?", context: ["What did Koskinen say?"] });
    expect(body).toMatchObject({ found: true, language: "en" });
    expect(body.passages[0].quotes[0].speaker).toBe(SPOKESMAN);
    expect(body.answer).not.toContain("no statement");
  });

  it("وماذا قال أيضا؟ after ماذا قال العنزي؟", async () => {
    const { body } = await postJson("/v1/ask", { question: "وماذا قال أيضا؟", context: ["ماذا قال العنزي؟"] });
    expect(body).toMatchObject({ found: true, language: "ar" });
    expect(body.passages[0].quotes[0].speaker).toBe("خالد العنزي");
  });

  it("an English follow-up to an Arabic question answers in English", async () => {
    const { body } = await postJson("/v1/ask", { question: "And what did he say?", context: ["ماذا قال العنزي؟"] });
    expect(body.language).toBe("en");
    expect(body.answer).toMatch(/\(خالد العنزي\).* said:/);
    expect(body.passages[0].quotes[0].speaker_latin).toBeTypeOf("string");
  });

  it("a follow-up with a topic reorders the speaker's statements", async () => {
    const { body } = await postJson("/v1/ask", { question: "وماذا قال عن البرلمان؟", context: ["ماذا قال كوسكينن؟"] });
    expect(body.passages[0].quotes[0].text).toContain("البرلمان");
  });

  it("a question that names someone else does not follow", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did Zuckerberg say?", context: ["What did Koskinen say?"] });
    expect(body.found).toBe(false);
  });
});
