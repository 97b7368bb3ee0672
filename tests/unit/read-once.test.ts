import { describe, expect, it } from "vitest";
import { nameKey } from "../../src/analysis";
import { ArticleSites } from "../../src/corpus/article-sites";
import { extractStatements, paragraphView, quoteSpans, verbSubjects } from "../../src/corpus/quotes";
import { textTokens } from "../../src/corpus/text-tokens";
import { tokenStats, wordStats } from "../../src/corpus/word-stats";

// Paragraphs written for these tests (made-up names), in the style of Arabic wire copy: a direct quote,
// a reported clause, a verb with no subject, and a verb whose subject introduces no statement.
const paragraphs = [
  "قال وزير المالية سامر الخطيب للصحفيين: «العجز سيتراجع هذا العام». وأضاف أن الإيرادات ارتفعت.",
  "وأعلنت وزارة الصحة أنّ عدد الإصابات تراجع، فيما قال المتحدث باسمها إن الحملة مستمرة.",
  'ووصف رامي العلي القرار بـ"الخطوة المهمة"، وقال: "سننتظر التنفيذ".',
];

describe("attribution reads each paragraph once (issue 19)", () => {
  it("a shared view gives the statements and verb subjects a fresh read gives, and asks each verb's subject once", () => {
    for (const text of paragraphs) {
      const view = paragraphView(text);
      const subjects = verbSubjects(text, view);
      const asked = view.refs.size;
      expect(asked).toBeGreaterThan(0);
      const statements = extractStatements(text, view);
      expect(statements).toEqual(extractStatements(text));
      expect(subjects).toEqual(verbSubjects(text));
      // the statements' verbs were read already by verbSubjects, or were added then: a second pass reads none
      expect(view.refs.size).toBeGreaterThanOrEqual(asked);
      const again = view.refs.size;
      extractStatements(text, view);
      expect(view.refs.size).toBe(again);
    }
  });

  it("ArticleSites hands out one view per paragraph, on its own tokens", () => {
    const sites = new ArticleSites(paragraphs);
    expect(sites.view(1)).toBe(sites.view(1));
    expect(sites.view(1).tokens).toBe(sites.tokens(1));
    expect(sites.view(2).spans).toEqual(quoteSpans(paragraphs[2]!));
  });

  it("name-key counts and word counts from the shared tokens equal a separate pass", () => {
    const sites = new ArticleSites(paragraphs);
    const counts = new Map<string, number>();
    for (const text of paragraphs) for (const t of textTokens(text)) counts.set(nameKey(t.norm), (counts.get(nameKey(t.norm)) ?? 0) + 1);
    expect(sites.keyCounts()).toEqual(counts);
    expect(tokenStats(paragraphs.map((_, p) => sites.tokens(p)))).toEqual(wordStats([paragraphs]));
  });

  it("nameKey of a phrase is the keys of its words; of one word, the word without inner long vowels", () => {
    expect(nameKey("ميخائيل كوفالسكايا")).toBe(`${nameKey("ميخائيل")} ${nameKey("كوفالسكايا")}`);
    expect(nameKey("كوفالسكايا")).toBe("كفلسكا");
    expect(nameKey("سامر")).toBe("سمر");
    expect(nameKey("ال")).toBe("ال");
  });
});
