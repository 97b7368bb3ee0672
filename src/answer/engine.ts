import { deserializeIndex, INDEX_FORMAT_VERSION, SearchIndex } from "../index";
import { answerInContext } from "./conversation";
import { toPassage } from "./passages";
import { detectLanguage, queryFor, readQuestion, type Reading } from "./read";
import { resolveSpeaker } from "./resolve";
import type { ArticleListItem, ArticleSummary, ArticleView, AskResult, QuotesResult, SearchResult, Speaker, SummarizeResult, SummaryItem } from "./schemas";
import { statementsBy } from "./speakers";
import { boundQuestion } from "./budget";
import { summarizeQuestion } from "./question-summary";
import { MAX_SUMMARY_TEXT, summarizeArticle, summarizePassages, summarizeText } from "./summaries";

/** Options of Engine.ask. */
export interface AskOptions {
  /** Passages to return, 1..20. Default 3. */
  topK?: number;
  /** Earlier user questions of the conversation, oldest first (follow-ups take their speaker). Default none. */
  context?: readonly string[];
  /** Add a two-sentence summary of the passages. Default false. */
  summary?: boolean;
}

/** What to summarize: exactly one of posted text, an article, or a question over the corpus. */
export type SummarizeInput = { text: string } | { article_id: string } | { question: string };

/** An error the doors show as "bad request" (400) or "not found" (404) in their own shape. */
export class EngineError extends Error {
  constructor(readonly kind: "not_found" | "too_large", message: string) {
    super(message);
  }
}

/**
 * The one answer engine: every door (REST, OpenAI chat, MCP, Slack, Telegram, Discord) translates its
 * protocol to these methods and back, so the same question gets the same answer everywhere.
 */
export class Engine {
  constructor(readonly index: SearchIndex) {}

  /** Corpus size and the index format this engine reads. */
  stats(): { articles: number; paragraphs: number; indexVersion: number } {
    return { articles: this.index.articles.length, paragraphs: this.index.paragraphCount, indexVersion: INDEX_FORMAT_VERSION };
  }

  /** A question's language, intent, named speaker and query terms. */
  read(question: string): Reading {
    return readQuestion(this.index, question);
  }

  /** Paragraphs ranked by BM25 (no relevance floor); an English query is read as /v1/ask reads it. */
  search(query: string, limit = 10): SearchResult {
    const results = this.index.search(queryFor(this.index, boundQuestion(query)), { limit }).map((h) => ({
      article_id: this.index.articleOf(h.doc).id,
      paragraph: this.index.paragraphNumber(h.doc),
      text: this.index.text(h.doc),
      score: Math.round(h.score * 1000) / 1000,
    }));
    return { query, results };
  }

  /** The answer to a question, in its conversation when `context` is given. */
  ask(question: string, options: AskOptions = {}): AskResult {
    const result: AskResult = answerInContext(this.index, boundQuestion(question), options.context ?? [], options.topK ?? 3);
    return options.summary ? { ...result, summary: summarizePassages(result.passages, 2) } : result;
  }

  /** Everyone the corpus quotes. */
  speakers(): Speaker[] {
    return this.index.data.extras.speakers.map((_, i) => this.speakerView(i));
  }

  /** A speaker by id (sp_…), name, family name, title or role, in Arabic or Latin script. */
  speaker(query: string): Speaker | null {
    const hit = resolveSpeaker(this.index, query);
    return hit ? this.speakerView(hit.speaker) : null;
  }

  /** A speaker (as `speaker` finds them) and their statements, direct first. */
  quotes(query: string): QuotesResult | null {
    const hit = resolveSpeaker(this.index, query);
    if (!hit) return null;
    const quotes = statementsBy(this.index, hit.speaker).map((s) => ({
      text: s.text,
      kind: s.kind,
      article_id: this.index.articleOf(s.doc).id,
      paragraph: this.index.paragraphNumber(s.doc),
    }));
    return { speaker: this.speakerView(hit.speaker), quotes };
  }

  /** Posted text, an article or what the corpus says on a question, in `sentences` sentences (1..10). */
  summarize(input: SummarizeInput, sentences = 3): SummarizeResult {
    if ("text" in input) {
      if (input.text.length > MAX_SUMMARY_TEXT) throw new EngineError("too_large", `text is ${input.text.length} characters; the limit is ${MAX_SUMMARY_TEXT}`);
      return summarizeText(input.text, sentences);
    }
    if ("article_id" in input) {
      const result = this.articleSummary(input.article_id, sentences);
      return { article_id: result.article_id, title: result.title, method: result.method, summary: result.summary.map((s): SummaryItem => ({ ...s, article_id: result.article_id })) };
    }
    // the language only: a question summary searches the question's words whatever its intent (no speaker to resolve)
    return { question: input.question, language: detectLanguage(input.question), ...summarizeQuestion(this.index, input.question, sentences) };
  }

  /** An article's stored summary and key quotes; EngineError not_found for an unknown id. */
  articleSummary(id: string, sentences = 3): ArticleSummary {
    const result = summarizeArticle(this.index, id, sentences);
    if (!result) throw new EngineError("not_found", `no article with id "${id}"`);
    return result;
  }

  articles(): ArticleListItem[] {
    return this.index.articles.map((a) => ({ id: a.id, title: a.title, date: a.date ?? null, source: a.source ?? null, paragraphs: a.paragraphCount }));
  }

  /** Whether the corpus holds an article with this id. */
  hasArticle(id: string): boolean {
    return this.index.article(id) !== undefined;
  }

  /** One article with its paragraphs and their quotes, or null. */
  article(id: string): ArticleView | null {
    const a = this.index.article(id);
    if (!a) return null;
    const paragraphs = Array.from({ length: a.paragraphCount }, (_, i) => {
      const p = toPassage(this.index, a.firstParagraph + i, 0);
      return { paragraph: p.paragraph, text: p.text, quotes: p.quotes };
    });
    return { id: a.id, title: a.title, date: a.date ?? null, source: a.source ?? null, url: a.url ?? null, language: a.language, paragraphs };
  }

  /** Ids of the speakers these questions name (a store that loads statements on demand fetches theirs). */
  speakerIds(texts: readonly string[]): string[] {
    const ids = new Set<string>();
    for (const text of texts) {
      const hit = this.read(boundQuestion(text)).speaker;
      if (hit) ids.add(this.index.data.extras.speakers[hit.speaker]!.id);
    }
    return [...ids];
  }

  private speakerView(i: number): Speaker {
    const { id, name, title, aliases, statements } = this.index.data.extras.speakers[i]!;
    return { id, name, title, aliases, statements };
  }
}

/** The engine over an index file's bytes (generated/index.bin); IndexFormatError for a bad file. */
export function loadEngine(bytes: ArrayBuffer | Uint8Array): Engine {
  return new Engine(new SearchIndex(deserializeIndex(bytes)));
}
