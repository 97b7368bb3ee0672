import { describe, expect, it } from "vitest";
import { answerQuotes, ownApp } from "./own-index";

// Articles written for this test (its own index, not the bundled one). A follow-up ("and what did he
// say?") is about the latest earlier question that named someone, even when the corpus never quotes that
// person: it must not fall back to an older question's speaker (a wrong speaker is the worst answer).
const articles = [
  { id: "fu1", title: "المياه", language: "ar", paragraphs: [
    "قال وزير المياه فهد المنصوري إن الوزارة ستفتتح ثلاث محطات تحلية جديدة قبل نهاية العام.",
    "وأضاف المنصوري: «المحطات ستغطي حاجة المدن الساحلية بالكامل».",
  ] },
  { id: "fu2", title: "الطقس", language: "ar", paragraphs: ["توقعت هيئة الأرصاد أمطارا غزيرة على المرتفعات الجنوبية خلال الأيام المقبلة."] },
];

const { post } = ownApp(articles);
const ask = async (question: string, context: string[]): Promise<any> => {
  const res = await post("/v1/ask", { question, context });
  expect(res.status, question).toBe(200);
  return res.json();
};

describe("a follow-up takes the latest person named, quoted or not", () => {
  it("after a known then an unknown name, «وماذا قال أيضا؟» is about the unknown one: found:false, no quote", async () => {
    const body = await ask("وماذا قال أيضا؟", ["ماذا قال المنصوري؟", "ماذا قال غونزاليس؟"]);
    expect(body.found).toBe(false);
    expect(body.answer).toContain("غونزاليس");
    expect(answerQuotes(body).filter((q) => q.speaker === "فهد المنصوري")).toEqual([]);
  });
  it("the same in English after Arabic questions, with a topic", async () => {
    const body = await ask("And what did he say about the stations?", ["ماذا قال المنصوري؟", "ماذا قال غونزاليس؟"]);
    expect(body.found).toBe(false);
    expect(body.language).toBe("en");
    expect(body.answer).toMatch(/^The corpus holds no statement by غونزاليس/);
  });
  it("an unknown name asked before the known one does not block it", async () => {
    const body = await ask("وماذا قال أيضا؟", ["ماذا قال غونزاليس؟", "ماذا قال المنصوري؟"]);
    expect(body.found).toBe(true);
    expect(answerQuotes(body).some((q) => q.speaker === "فهد المنصوري")).toBe(true);
  });
  it("a question that names no one (keywords, or a pronoun) leaves the speaker as it was", async () => {
    const body = await ask("وماذا قال أيضا؟", ["ماذا قال المنصوري؟", "ما توقعات الأمطار؟", "وماذا قال؟"]);
    expect(body.found).toBe(true);
    expect(answerQuotes(body).some((q) => q.speaker === "فهد المنصوري")).toBe(true);
  });
});
