import { describe, expect, it } from "vitest";
import { englishRoleTitle } from "../../src/answer/roles/display";
import { ownApp } from "./own-index";

// Articles written for this test (its own index, not the bundled one): speakers titled by an office alone,
// with no nation («وزير المالية», «المتحدث»), as local news writes its own ministers.
const articles = [
  { id: "bt1", title: "الميزانية", language: "ar", paragraphs: [
    "قال وزير المالية جيرالد كلارك إن الميزانية المقبلة ستخفض الضرائب على الشركات الصغيرة.",
  ] },
  { id: "bt2", title: "المفاوضات", language: "ar", paragraphs: [
    "وقال المستشار توماس ريتر إن المفاوضات مع النقابات ستستأنف الأسبوع المقبل.",
  ] },
];

const { ask } = ownApp(articles);

describe("an office alone reads in English in an English answer", () => {
  it("«وزير المالية» with no nation is «the finance minister», not Arabic inside the English sentence", async () => {
    const body = await ask("What did Gerald Clarke say?");
    expect(body.found).toBe(true);
    expect(body.answer.split("\n")[0]).toMatch(/\(جيرالد كلارك\), the finance minister, said:$/);
  });
  it("an office whose bare word means more (المستشار: an adviser, a chancellor) stays as written", () => {
    expect(englishRoleTitle("وزير الخارجية")).toBe("the foreign minister");
    expect(englishRoleTitle("المتحدث")).toBe("the spokesman");
    expect(englishRoleTitle("المستشار")).toBeNull();
  });
});
