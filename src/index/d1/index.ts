export { D1Store, type D1StoreOptions } from "./store";
export { articleRows, wordCountRows, type ArticleRows } from "./rows";
export { putArticle, removeArticle, writeBatches, MAX_BOUND_BYTES, type WritePrecondition } from "./write";
export { englishKeys, fetchEnglish, lexiconStatements } from "./english";
export { ingestArticles, deleteArticle, type IngestResult } from "./ingest";
