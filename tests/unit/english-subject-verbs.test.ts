import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answer/intent";
import { capitalizedQuestionWord } from "../../src/answer/english";

// Names written for these tests (session 19).
describe("a speech verb written with a capital inside a lower-case question is a name (intent.ts nameVerbs)", () => {
  it("Said as a family name or a given name stays in the subject", () => {
    expect(detectIntent("What did Karim Said say?")).toEqual({ kind: "said", subject: "Karim Said" });
    expect(detectIntent("What did Said Karimi say about the talks?")).toEqual({ kind: "said", subject: "Said Karimi", topic: "about the talks" });
  });
  it("a question in title case, or the verb in lower case, reads as before", () => {
    expect(detectIntent("What Did Obama Say?")).toEqual({ kind: "said", subject: "Obama" });
    expect(detectIntent("What did Obama say about Said?")).toEqual({ kind: "said", subject: "Obama", topic: "about Said" });
    expect(detectIntent("what did obama said")).toEqual({ kind: "said", subject: "obama" });
  });
  it("capitalizedQuestionWord: Said, Will as names; said, the not", () => {
    expect(capitalizedQuestionWord("Said")).toBe(true);
    expect(capitalizedQuestionWord("Will")).toBe(true);
    expect(capitalizedQuestionWord("said")).toBe(false);
    expect(capitalizedQuestionWord("The")).toBe(false);
  });
});
