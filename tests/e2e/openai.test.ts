import OpenAI from "openai";
import { describe, expect, inject, it } from "vitest";

const client = new OpenAI({ baseURL: `${inject("baseURL")}/v1`, apiKey: "not-needed" });

describe("the official openai client against wrangler dev", () => {
  it("lists the model", async () => {
    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toContain("arabic-news-qa");
  });

  for (const question of ["What did Koskinen say?", "ماذا قال كوسكينن؟"]) {
    it(`non-streaming: ${question}`, async () => {
      const completion = await client.chat.completions.create({ model: "arabic-news-qa", messages: [{ role: "user", content: question }] });
      expect(completion.choices[0]!.finish_reason).toBe("stop");
      expect(completion.choices[0]!.message.content).toContain("ستكون القمة فرصة");
    });

    it(`streaming: ${question}`, async () => {
      const stream = await client.chat.completions.create({ model: "arabic-news-qa", messages: [{ role: "user", content: question }], stream: true });
      let text = "";
      let finish: string | null = null;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta.content ?? "";
        finish = chunk.choices[0]?.finish_reason ?? finish;
      }
      expect(finish).toBe("stop");
      expect(text).toContain("ستكون القمة فرصة");
    });

    it(`chat.completions.stream().finalChatCompletion(): ${question}`, async () => {
      const runner = client.chat.completions.stream({ model: "arabic-news-qa", messages: [{ role: "user", content: question }] });
      const final = await runner.finalChatCompletion();
      expect(final.choices[0]!.message.content).toContain("ستكون القمة فرصة");
    });
  }

  it("raises the client's own error for a bad request", async () => {
    await expect(client.chat.completions.create({ model: "arabic-news-qa", messages: [] })).rejects.toBeInstanceOf(OpenAI.BadRequestError);
  });
});
