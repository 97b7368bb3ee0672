export * from "./types";
export { buildIndex, buildCorpusIndex } from "./build";
export { analyzerFor } from "./analyzer";
export * from "./records";
export { SearchIndex, queryTerm, type Hit, type QueryTerm, type SearchOptions } from "./search";
export { serializeIndex, deserializeIndex, INDEX_FORMAT_VERSION, IndexFormatError } from "./serialize";
export { checksum } from "./format";
export { MemoryExtras, plainWords, rankAliases, type Extras, type EnglishMaps, type StatementRef } from "./extras";
