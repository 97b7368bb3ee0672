export * from "./types";
export { buildIndex, buildCorpusIndex, analyzerFor } from "./build";
export { SearchIndex, queryTerm, type Hit, type QueryTerm, type SearchOptions } from "./search";
export { serializeIndex, deserializeIndex, INDEX_FORMAT_VERSION, IndexFormatError } from "./serialize";
export { MemoryExtras, plainWords, rankAliases, type Extras, type EnglishMaps, type StatementRef } from "./extras";
