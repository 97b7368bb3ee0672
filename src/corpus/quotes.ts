/** A statement found in one paragraph, before speakers are resolved across the article. */
export interface FoundStatement {
  text: string;
  kind: "direct" | "reported";
  /** Character offset of the statement in the paragraph. */
  start: number;
}

const QUOTE_PAIRS: Record<string, string> = { "\u00AB": "\u00BB", '"': '"', "\u201C": "\u201D" };

/** Direct quotes between «…», "…" and “…”. */
export function extractStatements(paragraph: string): FoundStatement[] {
  const out: FoundStatement[] = [];
  let i = 0;
  while (i < paragraph.length) {
    const close = QUOTE_PAIRS[paragraph[i]!];
    if (close) {
      const end = paragraph.indexOf(close, i + 1);
      if (end > i + 1) {
        const text = paragraph.slice(i + 1, end).trim();
        if (text) out.push({ text, kind: "direct", start: i });
        i = end + 1;
        continue;
      }
    }
    i++;
  }
  return out;
}
