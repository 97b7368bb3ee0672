export * from "./types";
export { buildIndex, buildCorpusIndex, analyzerFor } from "./build";
export { SearchIndex, type Hit, type QueryTerm, type SearchOptions } from "./search";
export { serializeIndex, deserializeIndex, INDEX_FORMAT_VERSION, IndexFormatError } from "./serialize";
