import indexFile from "../generated/index.bin";
import { createApp } from "./http/app";
import { deserializeIndex, SearchIndex } from "./index";

let index: SearchIndex | undefined;

/** The prebuilt index, decoded once per isolate on first use. */
function getIndex(): SearchIndex {
  index ??= new SearchIndex(deserializeIndex(indexFile));
  return index;
}

export default createApp(getIndex);
