export { D1Store, type D1StoreOptions } from "./store";
export { articleRows, type ArticleRows } from "./rows";
export { putArticle, removeArticle, writeBatches } from "./write";
export { ingestArticles, deleteArticle, type IngestResult } from "./ingest";
