import { z } from "zod";

/** An article as the corpus holds it, before indexing. */
export const ArticleSchema = z.object({
  id: z.string().trim().min(1).max(200).regex(/^[\w.\-:]+$/, "id may hold letters, digits, _ . - : only"),
  title: z.string().trim().max(1000).default(""),
  date: z.string().trim().max(100).optional(),
  source: z.string().trim().max(200).optional(),
  url: z.string().trim().max(2000).optional(),
  language: z.string().trim().max(20).default("ar"),
  paragraphs: z.array(z.string().trim().min(1)).min(1, "an article needs at least one paragraph"),
});

export type ArticleInput = z.input<typeof ArticleSchema>;
export type Article = z.output<typeof ArticleSchema>;
