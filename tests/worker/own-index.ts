import { expect } from "vitest";
import { createWorkerApp } from "../../src/app";
import { Engine } from "../../src/answer";
import { buildCorpusIndex, SearchIndex } from "../../src/index";
import type { Article } from "../../src/corpus/schema";

/**
 * The Worker app over a test's own articles (its own index, not the bundled one), with `ask` (POST
 * /v1/ask, expecting 200), `get` (a GET path's response) and `speakerNames` (GET /v1/speakers, the names).
 * `lexicon`: English headwords with their Arabic words, for English questions (default none).
 */
export function ownApp(articles: Article[], lexicon: Array<[string, string[]]> = []) {
  const engine = new Engine(new SearchIndex(buildCorpusIndex(articles, undefined, lexicon)));
  const app = createWorkerApp(() => engine);
  return {
    app,
    async ask(question: string): Promise<any> {
      const res = await app.fetch(new Request("http://worker/v1/ask", { method: "POST", headers: { "content-type": "application/json" }, body: `{"question":${JSON.stringify(question)}}` }));
      expect(res.status, question).toBe(200);
      return res.json();
    },
    get: (path: string) => app.fetch(new Request(`http://worker${path}`)),
    post: (path: string, body: unknown) => app.fetch(new Request(`http://worker${path}`, { method: "POST", headers: { "content-type": "application/json", accept: "application/json, text/event-stream" }, body: JSON.stringify(body) })),
    async speakerNames(): Promise<string[]> {
      const res = await app.fetch(new Request("http://worker/v1/speakers?limit=100"));
      expect(res.status).toBe(200);
      const body: any = await res.json();
      return (body.speakers ?? body.data ?? body).map((s: any) => s.name);
    },
  };
}

/** The quotes of an /v1/ask answer, with their speakers. */
export const answerQuotes = (body: any): Array<{ text: string; speaker: string | null }> => body.passages.flatMap((p: any) => p.quotes);

/** Whether an /v1/ask answer holds a quote by `speaker` (its name as shown) containing `words`. */
export const saidBy = (body: any, speaker: string, words: string): boolean => answerQuotes(body).some((q) => q.speaker === speaker && q.text.includes(words));
