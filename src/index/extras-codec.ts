import type { StatementRecord, SummarySentence } from "./records";
import { readTextRef, writeTextRef } from "./text-ref";
import type { ArticleMeta, IndexData } from "./types";
import { VarintReader, VarintWriter } from "./varint";

/*
 * The statements and summaries sections (docs/index-format.md): varint records whose texts are
 * references into the stored paragraph text (text-ref.ts), not copies of it.
 */

const KINDS = ["direct", "reported"] as const;

/** Every paragraph's statements back to back, and each paragraph's byte length in that stream (varints). */
export function encodeStatements(data: IndexData, encoder: TextEncoder): { statements: Uint8Array; statementLengths: Uint8Array } {
  const w = new VarintWriter();
  const lengths = new VarintWriter();
  for (let doc = 0; doc < data.texts.length; doc++) {
    const start = w.size;
    const list = data.extras.statements(doc);
    const text = list.length ? data.texts.get(doc) : "";
    for (const s of list) {
      w.push(s.speaker === null ? 0 : s.speaker + 1);
      writeTextRef(w, text, s.text, KINDS.indexOf(s.kind), encoder);
    }
    lengths.push(w.size - start);
  }
  return { statements: w.finish(), statementLengths: lengths.finish() };
}

/** One paragraph's statements from its bytes; `paragraph` gives its text, read only when a reference needs it. */
export function decodeStatements(bytes: Uint8Array, speakers: number, paragraph: () => string, decoder: TextDecoder): StatementRecord[] {
  const r = new VarintReader(bytes, "statements");
  const out: StatementRecord[] = [];
  let text: string | undefined;
  const once = () => (text ??= paragraph());
  while (!r.done) {
    const speaker = r.next();
    if (speaker > speakers) r.fail(`not what it should hold: speaker ${speaker - 1} of ${speakers}`);
    const { tag, text: said } = readTextRef(r, once, KINDS.length, decoder);
    out.push({ speaker: speaker === 0 ? null : speaker - 1, text: said, kind: KINDS[tag]! });
  }
  return out;
}

/** Per article: the number of summary sentences, then each one's 1-based paragraph and text reference; and each article's byte length in that stream. */
export function encodeSummaries(data: IndexData, encoder: TextEncoder): { summaries: Uint8Array; summaryLengths: Uint8Array } {
  const w = new VarintWriter();
  const lengths = new VarintWriter();
  data.articles.forEach((article, a) => {
    const start = w.size;
    const list = data.extras.summaries[a] ?? [];
    w.push(list.length);
    for (const s of list) {
      w.push(s.paragraph);
      const inArticle = s.paragraph >= 1 && s.paragraph <= article.paragraphCount;
      writeTextRef(w, inArticle ? data.texts.get(article.firstParagraph + s.paragraph - 1) : "", s.text, 0, encoder);
    }
    lengths.push(w.size - start);
  });
  return { summaries: w.finish(), summaryLengths: lengths.finish() };
}

/** One article's summary sentences from its bytes, each paragraph's text decoded at most once (`text` by global paragraph index). */
export function decodeSummary(bytes: Uint8Array, article: ArticleMeta, text: (doc: number) => string, decoder: TextDecoder): SummarySentence[] {
  const r = new VarintReader(bytes, "summaries");
  const count = r.next();
  const texts = new Map<number, string>(); // an article's sentences often share a paragraph
  const list: SummarySentence[] = [];
  for (let k = 0; k < count; k++) {
    const paragraph = r.next();
    if (paragraph < 1 || paragraph > article.paragraphCount) r.fail(`not what it should hold: paragraph ${paragraph} of article ${article.id}`);
    const doc = article.firstParagraph + paragraph - 1;
    const once = () => texts.get(doc) ?? texts.set(doc, text(doc)).get(doc)!;
    list.push({ text: readTextRef(r, once, 1, decoder).text, paragraph });
  }
  r.end();
  return list;
}

/**
 * Every article's summary as an array whose entries are decoded when first read (an accessor each,
 * replaced by the value), so an isolate's first summary decodes one article, not all of them.
 */
export function lazySummaries(count: number, decode: (article: number) => SummarySentence[]): SummarySentence[][] {
  const list: SummarySentence[][] = new Array(count);
  for (let a = 0; a < count; a++) {
    Object.defineProperty(list, a, {
      configurable: true,
      enumerable: true,
      get: () => {
        const value = decode(a);
        Object.defineProperty(list, a, { value, configurable: true, enumerable: true, writable: true });
        return value;
      },
    });
  }
  return list;
}
