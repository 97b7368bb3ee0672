import { describe, expect, it } from "vitest";
import type { Article } from "../../src/corpus/schema";
import { ownApp } from "./own-index";

/**
 * A question summary of an English question ranks the passages' sentences as its Arabic twin's does:
 * against the question's Arabic stems (question-summary.ts), not its Latin text, which matches no
 * Arabic sentence (before issue 16 the English summary fell back on position alone). Written articles
 * and a written lexicon: the cost sentence is the third of its paragraph, after one the question has
 * no word of.
 */
const ARTICLES: Article[] = [
  {
    id: "station", title: "محطة كهرباء في الشمال", language: "ar", paragraphs: [
      "افتتحت الحكومة اليوم محطة كهرباء جديدة في الشمال بعد أربع سنوات من العمل. وحضر الحفل عدد كبير من المسؤولين والسكان والصحفيين. وبلغت كلفة المحطة ثلاثمئة مليون دولار. ويقول السكان إن الكهرباء كانت تنقطع كل صيف.",
      "وتخطط الحكومة لبناء محطتين أخريين في الجنوب خلال السنوات المقبلة.",
    ],
  },
  { id: "port", title: "ميناء جديد للصيادين", language: "ar", paragraphs: ["بدأت البلدية بناء ميناء صغير للصيادين في المدينة. ويتسع الميناء لمئتي قارب.", "وسينتهي العمل في الربيع المقبل."] },
  { id: "school", title: "مدارس جديدة", language: "ar", paragraphs: ["أعلنت وزارة التعليم بناء عشر مدارس جديدة في المحافظات. وستستقبل المدارس أربعة آلاف تلميذ.", "وتبدأ الدراسة فيها مع العام المقبل."] },
];
const LEXICON: Array<[string, string[]]> = [["cost", ["كلفة"]], ["station", ["محطة"]], ["dollar", ["دولار"]], ["power", ["كهرباء"]]];
const COST = "وبلغت كلفة المحطة ثلاثمئة مليون دولار.";

describe("summaries of English questions", () => {
  const app = ownApp(ARTICLES, LEXICON);
  const summarize = async (question: string) => {
    const res = await app.post("/v1/summarize", { question, sentences: 2 });
    expect(res.status, question).toBe(200);
    return (await res.json()) as any;
  };

  it("POST /v1/summarize: an English question's summary is its Arabic twin's, and says its language", async () => {
    const arabic = await summarize("كم بلغت كلفة المحطة بالدولار؟");
    expect(arabic.summary.map((s: any) => s.text)).toContain(COST);
    for (const question of ["What was the cost of the power station in dollars?", "How many dollars did the power station cost?"]) {
      const english = await summarize(question);
      expect(english).toMatchObject({ found: true, language: "en", articles: ["station"] });
      expect(english.summary.map((s: any) => s.text), question).toEqual(arabic.summary.map((s: any) => s.text));
      expect(english.summary[1]).toMatchObject({ text: COST, article_id: "station", paragraph: 1 });
    }
  });

  it("MCP summarize: the same summary for the same English question, the cost sentence in it", async () => {
    const rest = await summarize("What was the cost of the power station in dollars?");
    const res = await app.post("/mcp", { jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "summarize", arguments: { question: "What was the cost of the power station in dollars?", sentences: 2 } } });
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.result.structuredContent).toMatchObject({ language: "en", found: true });
    const texts = body.result.structuredContent.summary.map((s: any) => s.text);
    expect(texts).toEqual(rest.summary.map((s: any) => s.text));
    expect(texts).toContain(COST);
  });

  it("an English question about what the corpus lacks is found: false with no sentences, in English", async () => {
    expect(await summarize("Who won the chess tournament?")).toMatchObject({ found: false, language: "en", summary: [], articles: [] });
  });
});
