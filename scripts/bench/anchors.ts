import { createRequire } from "node:module";
import MiniSearch from "minisearch";
import { create, insertMultiple, search } from "@orama/orama";
import { stemmer as arabicStemmer } from "@orama/stemmers/arabic";
import { stopwords as arabicStopwords } from "@orama/stopwords/arabic";

const require = createRequire(import.meta.url);
/* eslint-disable @typescript-eslint/no-explicit-any -- lunr ships no types */
const lunr = require("lunr") as any;
require("lunr-languages/lunr.stemmer.support")(lunr);
require("lunr-languages/lunr.ar")(lunr);

/** A JS search engine run on the same paragraphs as the project, for the comparison. */
export interface Anchor {
  name: string;
  /** Index all paragraphs; returns the serialized index size in bytes. */
  build(texts: string[]): Promise<number>;
  query(q: string): Promise<number>;
}

export function miniSearch(): Anchor {
  let ms: MiniSearch<{ id: number; text: string }>;
  return {
    name: "MiniSearch 7",
    async build(texts) {
      ms = new MiniSearch({ fields: ["text"] });
      ms.addAll(texts.map((text, id) => ({ id, text })));
      return Buffer.byteLength(JSON.stringify(ms));
    },
    async query(q) {
      return ms.search(q).slice(0, 10).length;
    },
  };
}

export function orama(): Anchor {
  // Orama as it documents Arabic: its Arabic stemmer and stopwords in the default tokenizer
  let db: any;
  return {
    name: "Orama 3 (Arabic stemmer + stopwords)",
    async build(texts) {
      db = create({
        schema: { text: "string" },
        components: { tokenizer: { language: "arabic", stemming: true, stemmer: arabicStemmer, stopWords: arabicStopwords } },
      } as any);
      await insertMultiple(db, texts.map((text) => ({ text })), 1000);
      return Buffer.byteLength(JSON.stringify(db.data));
    },
    async query(q) {
      const r = await search(db, { term: q, limit: 10 });
      return r.hits.length;
    },
  };
}

export function lunrArabic(): Anchor {
  let idx: any;
  return {
    name: "lunr 2 + lunr-languages ar",
    async build(texts) {
      idx = lunr(function (this: any) {
        this.use(lunr.ar);
        this.ref("id");
        this.field("text");
        texts.forEach((text, id) => this.add({ id: String(id), text }));
      });
      return Buffer.byteLength(JSON.stringify(idx));
    },
    async query(q) {
      // lunr's query syntax treats : ~ ^ + - * as operators: search the words
      const words = q.replace(/[:~^+\-*؟?!.,،]/g, " ").trim();
      return words ? idx.search(words).slice(0, 10).length : 0;
    },
  };
}
