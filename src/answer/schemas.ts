import { z } from "zod";

/**
 * The engine's result shapes, as zod schemas. The REST routes name them for OpenAPI and the MCP tools use
 * them as output schemas, so a field added here shows in both doors and neither can drift.
 */

/** A statement inside a passage, with who said it. */
export const QuoteSchema = z.object({
  speaker: z.string().nullable(),
  speaker_title: z.string().nullable().optional(),
  /** The speaker's name in Latin letters (English questions). */
  speaker_latin: z.string().optional(),
  text: z.string(),
  kind: z.enum(["direct", "reported"]).optional(),
});

/** A paragraph as the API shows it: original text, where it stands, and the statements it holds. */
export const PassageSchema = z.object({
  article_id: z.string(),
  /** 1-based paragraph number in the article. */
  paragraph: z.number().int().min(1),
  text: z.string(),
  score: z.number(),
  quotes: z.array(QuoteSchema),
});

/**
 * How a one-article or posted-text summary was made: `lead` when it is the text's opening sentences (the
 * lead-or-ranked decision fell back to the lead, or the ranking agreed with it), `ranked` otherwise.
 */
export const SummaryMethodSchema = z.enum(["lead", "ranked"]);

/** A summary sentence, naming its article when the summary spans several. */
export const SummaryItemSchema = z.object({ text: z.string(), article_id: z.string().optional(), paragraph: z.number().int().optional() });

/** A speaker offered as "did you mean" when a question names no one the corpus quotes (never the answer). */
export const ClosestSpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** The name in Latin letters for an English conversation: the learned Arabic-to-Latin speller (Jose Mourinho), or a body's English name (the European Union). */
  latin: z.string(),
  title: z.string().nullable(),
});

export const AskResultSchema = z.object({
  question: z.string(),
  language: z.enum(["ar", "en"]),
  found: z.boolean(),
  answer: z.string(),
  passages: z.array(PassageSchema),
  summary: z.array(SummaryItemSchema).optional(),
  /**
   * "What did X say?" with no statement by X: the speakers whose names are closest to X by the learned
   * name model (at most 3, closest first), offered as "did you mean"; absent when none is close. Never the answer: found stays false.
   */
  closest_speakers: z.array(ClosestSpeakerSchema).optional(),
});

export const SearchResultSchema = z.object({
  query: z.string(),
  results: z.array(z.object({ article_id: z.string(), paragraph: z.number().int(), text: z.string(), score: z.number() })),
});

export const SpeakerSchema = z.object({
  id: z.string(),
  name: z.string(),
  title: z.string().nullable(),
  aliases: z.array(z.string()),
  statements: z.number().int(),
});

export const SpeakerQuoteSchema = z.object({ text: z.string(), kind: z.enum(["direct", "reported"]), article_id: z.string(), paragraph: z.number().int() });

export const QuotesResultSchema = z.object({ speaker: SpeakerSchema, quotes: z.array(SpeakerQuoteSchema) });

export const ArticleListItemSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  paragraphs: z.number().int(),
});

export const ArticleSchema = z.object({
  id: z.string(),
  title: z.string(),
  date: z.string().nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string(),
  paragraphs: z.array(z.object({ paragraph: z.number().int(), text: z.string(), quotes: z.array(QuoteSchema) })),
});

export const ArticleSummarySchema = z.object({
  article_id: z.string(),
  title: z.string(),
  summary: z.array(SummaryItemSchema),
  method: SummaryMethodSchema,
  key_quotes: z.array(z.object({ speaker: z.string(), speaker_title: z.string().nullable(), text: z.string(), paragraph: z.number().int() })),
});

/** Any of the three summaries /v1/summarize gives (text, article, question). */
export const SummarizeResultSchema = z.object({
  summary: z.array(SummaryItemSchema),
  article_id: z.string().optional(),
  title: z.string().optional(),
  question: z.string().optional(),
  language: z.enum(["ar", "en"]).optional(),
  found: z.boolean().optional(),
  articles: z.array(z.string()).optional(),
  /** Text and article summaries: `lead` (the opening sentences) or `ranked`. */
  method: SummaryMethodSchema.optional(),
  /** Posted text over the work budget: what part of it was summarized. */
  truncated: z.object({ sentences_used: z.number().int(), words_used: z.number().int(), detail: z.string() }).optional(),
});

export type PassageQuote = z.infer<typeof QuoteSchema>;
export type Passage = z.infer<typeof PassageSchema>;
export type SummaryItem = z.infer<typeof SummaryItemSchema>;
export type AskResult = z.infer<typeof AskResultSchema>;
export type ClosestSpeaker = z.infer<typeof ClosestSpeakerSchema>;
export type SearchResult = z.infer<typeof SearchResultSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type QuotesResult = z.infer<typeof QuotesResultSchema>;
export type ArticleListItem = z.infer<typeof ArticleListItemSchema>;
export type ArticleView = z.infer<typeof ArticleSchema>;
export type ArticleSummary = z.infer<typeof ArticleSummarySchema>;
export type SummarizeResult = z.infer<typeof SummarizeResultSchema>;
