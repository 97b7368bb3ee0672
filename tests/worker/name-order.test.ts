import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test: a man whose family name is another man's father's name (سلمان), and a
// name with a nasab (بن) whose parts an English question may give in the wrong order.
const articles = [
  { id: "n1", title: "الاستثمار", language: "ar", paragraphs: ["وقال وزير الاستثمار أشرف سلمان للصحفيين: «المشاريع الجديدة ستطرح قريبا».", "وزار الوفد مسجد النبي محمد في المدينة المنورة."] },
  { id: "n2", title: "الرياضة", language: "ar", paragraphs: ["وقال رئيس النادي فهد بن سعد الشمري بعد الاجتماع: «الميزانية تكفي الموسم كله»."] },
];

const { ask } = ownApp(articles);
const speakerOf = (body: any) => body.passages[0]?.quotes[0]?.speaker;

describe("an English name's lower-case particles and its order", () => {
  it("bin inside a name keeps every part a name word: Mohammed bin Salman is not Ashraf Salman", async () => {
    const body = await ask("What did Mohammed bin Salman say?");
    expect(body.found).toBe(false);
    expect(body.passages).toEqual([]);
    expect(speakerOf(await ask("What did Ashraf Salman say?"))).toBe("أشرف سلمان");
  });

  it("the parts in the question's order: Fahd bin Saad is the man, Saad bin Fahd is not", async () => {
    expect(speakerOf(await ask("What did Fahd bin Saad al-Shammari say?"))).toBe("فهد بن سعد الشمري");
    expect(speakerOf(await ask("What did Fahd bin Saad say?"))).toBe("فهد بن سعد الشمري");
    const body = await ask("What did Saad bin Fahd say?");
    expect(body.found).toBe(false);
    expect(body.passages).toEqual([]);
  });
});
