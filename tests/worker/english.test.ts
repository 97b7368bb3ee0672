import { describe, expect, it } from "vitest";
import { getJson, postJson } from "./helpers";

describe("English questions over the Arabic corpus", () => {
  it("What did Peskov say? gives the Arabic quote, the speaker in both scripts", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did Peskov say?" });
    expect(body.language).toBe("en");
    expect(body.found).toBe(true);
    const q = body.passages[0].quotes[0];
    expect(q).toMatchObject({ speaker: "ديمتري بيسكوف", text: "ستكون زيارة عمل", kind: "direct" });
    expect(q.speaker_latin).toMatch(/Peskov$/);
    expect(body.answer).toMatch(/^.*Peskov.* said:/);
    expect(body.answer).toContain("«ستكون زيارة عمل»");
  });

  it("What did the Kremlin spokesman say? reaches the same speaker by title", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did the Kremlin spokesman say?" });
    expect(body.passages[0].quotes[0].speaker).toBe("ديمتري بيسكوف");
    expect(body.answer).toContain("the Kremlin spokesman");
  });

  it("Where will Putin and Lukashenko meet? finds the Sochi paragraph", async () => {
    const { body } = await postJson("/v1/ask", { question: "Where will Putin and Lukashenko meet?" });
    expect(body.found).toBe(true);
    expect(body.passages[0].text).toContain("سوتشي");
  });

  it("What sanctions will the United States announce?", async () => {
    const { body } = await postJson("/v1/ask", { question: "What sanctions will the United States announce?" });
    expect(body.passages[0].text).toContain("حزمة عقوبات جديدة");
  });

  it("How old is Lukashenko?", async () => {
    const { body } = await postJson("/v1/ask", { question: "How old is Lukashenko?", top_k: 1 });
    expect(body.passages[0].text).toContain("66 سنة");
  });

  it("What did Macron say? is found:false", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did Macron say?" });
    expect(body.found).toBe(false);
    expect(body.answer).toContain("Macron");
  });

  it("/v1/quotes takes a Latin-script name", async () => {
    const { status, body } = await getJson("/v1/quotes?speaker=Peskov");
    expect(status).toBe(200);
    expect(body.speaker.name).toBe("ديمتري بيسكوف");
    expect((await getJson("/v1/quotes?speaker=Macron")).status).toBe(404);
  });

  it("a common English word is not read as a name", async () => {
    const { body } = await postJson("/v1/ask", { question: "What did they say?" });
    expect(body.found).toBe(false);
  });
});
