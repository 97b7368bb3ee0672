import { analyze } from "../analysis";
import { analyzerFor } from "./analyzer";
import type { Article } from "../corpus/schema";
import { annotate } from "./annotate";
import { emptyAnnotations } from "./records";
import { buildEnglishMaps } from "./english";
import { MemoryExtras, plainWords } from "./extras";
import { speakerLatin } from "./speaker-latin";
import { SearchIndex } from "./search";
import { ArrayTextStore, DEFAULT_RANKING, type ArticleMeta, type IndexData, type RankingOptions } from "./types";


function countTerms(terms: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/**
 * Numbers stems in the order they are first met, and turns those numbers into vocabulary ids once
 * the vocabulary is sorted: the forward index is written with the first and read with the second.
 */
class Numbering {
  readonly ids = new Map<string, number>();
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }
  /** Provisional id -> vocabulary id, or -1 for a stem the vocabulary does not hold. */
  remap(terms: string[]): Int32Array {
    const at = new Map(terms.map((t, i) => [t, i]));
    const out = new Int32Array(this.ids.size).fill(-1);
    for (const [term, id] of this.ids) out[id] = at.get(term) ?? -1;
    return out;
  }
}

/**
 * Builds the retrieval structures for a list of validated articles. Pure: no I/O, so it runs
 * in Node (the indexer) and in workerd (tests) alike. Duplicate article ids are an error.
 */
export function buildIndex(articles: Article[], ranking: RankingOptions = DEFAULT_RANKING): IndexData {
  const analyzer = analyzerFor(ranking);
  const titleUnits = Math.round(ranking.titleWeight * 4);
  const metas: ArticleMeta[] = [];
  const texts: string[] = [];
  const paragraphArticle: number[] = [];
  const docLength: number[] = [];
  const postings = new Map<string, number[]>(); // term -> [doc, tfx4, doc, tfx4, ...]
  const seen = new Set<string>();
  const numbering = new Numbering();
  const docTerms: number[] = []; // provisional ids, remapped below
  const docPositions: number[] = [];
  const docTermOffsets: number[] = [0];
  const titleTerms: number[] = [];
  const titleTermOffsets: number[] = [0];

  for (const article of articles) {
    if (seen.has(article.id)) throw new Error(`duplicate article id "${article.id}"`);
    seen.add(article.id);
    const articleIndex = metas.length;
    metas.push({
      id: article.id,
      title: article.title,
      date: article.date,
      source: article.source,
      url: article.url,
      language: article.language,
      firstParagraph: texts.length,
      paragraphCount: article.paragraphs.length,
    });
    const titleAnalyzed = analyze(article.title, analyzer).map((t) => t.term);
    const title = countTerms(titleAnalyzed);
    const titleLength = titleAnalyzed.length;
    for (const term of titleAnalyzed) titleTerms.push(numbering.id(term));
    titleTermOffsets.push(titleTerms.length);

    for (const paragraph of article.paragraphs) {
      const doc = texts.length;
      texts.push(paragraph);
      paragraphArticle.push(articleIndex);
      const analyzed = analyze(paragraph, analyzer);
      for (const t of analyzed) {
        docTerms.push(numbering.id(t.term));
        docPositions.push(Math.min(t.position, 0xffff));
      }
      docTermOffsets.push(docTerms.length);
      const counts = countTerms(analyzed.map((t) => t.term));
      let length = 0;
      const tf = new Map<string, number>();
      for (const [term, n] of counts) {
        tf.set(term, n * 4);
        length += n;
      }
      for (const [term, n] of title) tf.set(term, (tf.get(term) ?? 0) + n * titleUnits);
      for (const [term, units] of tf) {
        if (units === 0) continue;
        let list = postings.get(term);
        if (!list) postings.set(term, (list = []));
        list.push(doc, Math.min(units, 0xffff));
      }
      docLength.push(length + titleLength * ranking.titleWeight);
    }
  }

  const terms = [...postings.keys()].sort();
  const postingOffsets = new Uint32Array(terms.length + 1);
  let total = 0;
  terms.forEach((term, i) => {
    postingOffsets[i] = total;
    total += postings.get(term)!.length / 2;
  });
  postingOffsets[terms.length] = total;
  const postingDocs = new Uint32Array(total);
  const postingTf = new Uint16Array(total);
  terms.forEach((term, i) => {
    const list = postings.get(term)!;
    let at = postingOffsets[i]!;
    for (let j = 0; j < list.length; j += 2) {
      postingDocs[at] = list[j]!;
      postingTf[at++] = list[j + 1]!;
    }
  });

  const remap = numbering.remap(terms);
  const forward = (ids: number[], offsets: number[]) => {
    // a title stem the vocabulary lacks (titleWeight 0) is dropped, and the offsets follow
    const outIds: number[] = [];
    const outOffsets = new Uint32Array(offsets.length);
    for (let i = 0; i + 1 < offsets.length; i++) {
      for (let k = offsets[i]!; k < offsets[i + 1]!; k++) if (remap[ids[k]!]! >= 0) outIds.push(remap[ids[k]!]!);
      outOffsets[i + 1] = outIds.length;
    }
    return { ids: Uint32Array.from(outIds), offsets: outOffsets };
  };
  const titles = forward(titleTerms, titleTermOffsets);

  return {
    ranking,
    articles: metas,
    texts: new ArrayTextStore(texts),
    paragraphArticle: Uint32Array.from(paragraphArticle),
    terms,
    postingOffsets,
    postingDocs,
    postingTf,
    docLength: Float32Array.from(docLength),
    docTermOffsets: Uint32Array.from(docTermOffsets),
    docTerms: Uint32Array.from(docTerms, (id) => remap[id]!),
    docPositions: Uint16Array.from(docPositions),
    titleTermOffsets: titles.offsets,
    titleTerms: titles.ids,
    extras: new MemoryExtras(emptyAnnotations()),
  };
}

/**
 * The full indexer pipeline: retrieval structures, statements, speakers and summaries, and the
 * English lexicon and sound keys joined with the vocabulary (when a lexicon is given).
 */
export function buildCorpusIndex(articles: Article[], ranking: RankingOptions = DEFAULT_RANKING, lexicon: Array<[string, string[]]> = []): IndexData {
  const data = buildIndex(articles, ranking);
  const annotations = annotate(articles);
  // each name word's Latin spelling, as an English answer shows it (so a first question need not build the speller)
  for (const s of annotations.speakers) s.latin = speakerLatin(s.name);
  const extras = new MemoryExtras(annotations);
  // the alias words' stems, as a question's words are analyzed over this vocabulary (a searcher made when first needed)
  let searcher: SearchIndex | undefined;
  extras.wordStems = (word) => (searcher ??= new SearchIndex(data)).queryTerms(word).map((q) => q.alternatives);
  data.extras = extras;
  const texts = articles.flatMap((a) => [a.title, ...a.paragraphs]);
  data.extras.english = buildEnglishMaps(lexicon, new Set(data.terms), texts, analyzerFor(ranking));
  return data;
}
