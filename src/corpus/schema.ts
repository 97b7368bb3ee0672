import { z } from "zod";

/**
 * Most paragraphs in one article: 2,000. The archive numbers a paragraph article x 65,536 + place
 * (migrations/0001_archive.sql), so an article must stay far below 65,536; the full SaudiNewsNet's
 * longest article has 544.
 */
export const MAX_PARAGRAPHS = 2_000;
/** Longest paragraph, in characters: 50,000 (the full SaudiNewsNet's longest is 20,107). */
export const MAX_PARAGRAPH_CHARS = 50_000;
/**
 * Most UTF-8 bytes in one article's title and paragraphs: 256 KiB (the full SaudiNewsNet's largest is
 * 60 KB). The archive binds an article's paragraphs (text, stems, positions: up to about 4x the text)
 * as one JSON string, and D1 refuses strings over 2,000,000 bytes.
 */
export const MAX_ARTICLE_BYTES = 256 * 1024;

const encoder = new TextEncoder();

/** An article as the corpus holds it, before indexing. The same limits hold for the bundled build and the archive. */
export const ArticleSchema = z
  .object({
    id: z.string().trim().min(1).max(200).regex(/^[\w.\-:]+$/, "id may hold letters, digits, _ . - : only"),
    title: z.string().trim().max(1000).default(""),
    date: z.string().trim().max(100).optional(),
    source: z.string().trim().max(200).optional(),
    url: z.string().trim().max(2000).optional(),
    language: z.string().trim().max(20).default("ar"),
    paragraphs: z
      .array(z.string().trim().min(1).max(MAX_PARAGRAPH_CHARS, `a paragraph has at most ${MAX_PARAGRAPH_CHARS} characters`))
      .min(1, "an article needs at least one paragraph")
      .max(MAX_PARAGRAPHS, `an article has at most ${MAX_PARAGRAPHS} paragraphs`),
  })
  .superRefine((a, ctx) => {
    let bytes = encoder.encode(a.title).length;
    for (const p of a.paragraphs) bytes += encoder.encode(p).length;
    if (bytes > MAX_ARTICLE_BYTES) ctx.addIssue({ code: "custom", path: [], message: `article "${a.id}" is ${bytes} bytes of text; at most ${MAX_ARTICLE_BYTES}` });
  });

export type ArticleInput = z.input<typeof ArticleSchema>;
export type Article = z.output<typeof ArticleSchema>;
