import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ownApp } from "./own-index";

// Articles written for this test: three people quoted side by side, two with sound-alike family names.
const articles = [
  {
    id: "t1",
    title: "محادثات لندن",
    language: "ar",
    paragraphs: ["وقال وزير الخارجية البريطاني فيليب هاموند للصحفيين: «المحادثات كانت صريحة ومفيدة»."],
  },
  {
    id: "t2",
    title: "الرئيس الفرنسي",
    language: "ar",
    paragraphs: ["وقال الرئيس الفرنسي فرانسوا هولاند في مؤتمر صحفي: «نحن ملتزمون بالاتفاق»."],
  },
  {
    id: "t3",
    title: "المدرب",
    language: "ar",
    paragraphs: ["وقال المدرب أرسين فينغر بعد المباراة: «اللاعبون قدموا كل ما لديهم»."],
  },
];

const { app, ask } = ownApp(articles);

describe("English names against the speakers of a small index", () => {
  it("What did Philip Hammond say? finds him, spelled as asked", async () => {
    const body = await ask("What did Philip Hammond say?");
    expect(body.found).toBe(true);
    expect(body.passages[0].quotes[0]).toMatchObject({ speaker: "فيليب هاموند", speaker_latin: "Philip Hammond" });
  });

  it("a family name alone reaches the right one of two sound-alike speakers", async () => {
    expect((await ask("What did Hollande say?")).passages[0].quotes[0].speaker).toBe("فرانسوا هولاند");
    expect((await ask("What did Hammond say?")).passages[0].quotes[0].speaker).toBe("فيليب هاموند");
  });

  it("someone the corpus never quotes is found:false, with no quote attributed", async () => {
    for (const q of ["What did Angela Merkel say?", "What did Wenders say?", "What did Francois Fillon say?"]) {
      const body = await ask(q);
      expect(body.found, q).toBe(false);
      expect(body.passages).toEqual([]);
      expect(body.answer).toMatch(/holds no statement by/);
    }
  });

  it("every given part must agree: a known family name with another first name is not that person", async () => {
    expect((await ask("What did Richard Hammond say?")).found).toBe(false);
  });

  it("/v1/quotes?speaker= takes the English name too", async () => {
    const res = await app.fetch(new Request("http://worker/v1/quotes?speaker=Arsene%20Wenger"));
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).speaker.name).toBe("أرسين فينغر");
    expect((await app.fetch(new Request("http://worker/v1/quotes?speaker=Mourinho"))).status).toBe(404);
  });
});

describe("the deployed worker", () => {
  it("answers found:false for a name nobody in its corpus has", async () => {
    const res = await SELF.fetch("http://worker/v1/ask", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ question: "What did Jacinda Ardern say?" }) });
    const body = (await res.json()) as any;
    expect(body.found).toBe(false);
    expect(body.answer).toContain("Jacinda Ardern");
  });
});
