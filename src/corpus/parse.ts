import { ArticleSchema, type Article } from "./schema";

/** A corpus file that does not hold valid articles: where and why. */
export class CorpusError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${file}:${line}: ${reason}`);
  }
}

/** Lines that are a byline, not a paragraph: "أ ف ب", "(رويترز)", "ا ف ب". */
const BYLINE = /^[\s(\-–—]*(?:[اأ]\s?ف\s?ب|رويترز|د\s?ب\s?ا|الأناضول|واس|AFP|Reuters|AP)[\s)\-–—.]*$/u;
const BYLINE_SOURCE: Array<[RegExp, string]> = [
  [/[اأ]\s?ف\s?ب|AFP/u, "AFP"],
  [/رويترز|Reuters/u, "Reuters"],
  [/د\s?ب\s?ا/u, "dpa"],
  [/الأناضول/u, "Anadolu"],
  [/واس/u, "SPA"],
  [/AP/u, "AP"],
];

function issueText(error: { issues: Array<{ path: PropertyKey[]; message: string }> }): string {
  return error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");
}

function validate(raw: unknown, file: string, line: number): Article {
  const parsed = ArticleSchema.safeParse(raw);
  if (!parsed.success) throw new CorpusError(file, line, issueText(parsed.error));
  return parsed.data;
}

/** Reads `key: value` front matter between two `---` lines. Returns the fields and the line the body starts on. */
function frontMatter(lines: string[], file: string): { fields: Record<string, string>; bodyStart: number } {
  if (lines[0]?.trim() !== "---") return { fields: {}, bodyStart: 0 };
  const fields: Record<string, string> = {};
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === "---") return { fields, bodyStart: i + 1 };
    if (!line) continue;
    const m = /^([A-Za-z_]+)\s*:\s*(.*)$/.exec(line);
    if (!m) throw new CorpusError(file, i + 1, `front matter line is not "key: value"`);
    fields[m[1]!.toLowerCase()] = m[2]!.replace(/^["']|["']$/g, "");
  }
  throw new CorpusError(file, 1, "front matter is not closed by ---");
}

/**
 * One article from a `.txt` or `.md` file: optional front matter, then paragraphs separated by line breaks.
 * A markdown `# heading` first line is the title; a closing byline line (أ ف ب) becomes the source.
 */
export function parseTextArticle(content: string, file: string, fallbackId: string): Article {
  const lines = content.replace(/^\uFEFF/, "").split(/\r?\n/);
  const { fields, bodyStart } = frontMatter(lines, file);
  const paragraphs: string[] = [];
  let title = fields.title ?? "";
  let source = fields.source;
  for (let i = bodyStart; i < lines.length; i++) {
    let line = lines[i]!.trim();
    if (!line) continue;
    const heading = /^#\s+(.*)$/.exec(line);
    if (heading && !title && paragraphs.length === 0) {
      title = heading[1]!.trim();
      continue;
    }
    line = line.replace(/^#{1,6}\s+/, "");
    paragraphs.push(line);
  }
  // a closing byline is the source, not a paragraph
  const last = paragraphs.at(-1);
  if (last !== undefined && BYLINE.test(last)) {
    paragraphs.pop();
    source ??= BYLINE_SOURCE.find(([re]) => re.test(last))?.[1] ?? last;
  }
  return validate({ ...fields, id: fields.id ?? fallbackId, title, source, paragraphs }, file, 1);
}

/** Articles from a `.jsonl` file, one JSON object a line. */
export function parseJsonlArticles(content: string, file: string): Article[] {
  const articles: Article[] = [];
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (e) {
      throw new CorpusError(file, i + 1, `not valid JSON (${(e as Error).message})`);
    }
    articles.push(validate(raw, file, i + 1));
  }
  return articles;
}

/** A file name without folder and extension, made into a valid article id. */
export function idFromFileName(name: string): string {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base.replace(/[^\w.\-:]+/g, "_") || "article";
}
