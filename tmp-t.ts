import { readFileSync } from "node:fs";
import { deserializeIndex, SearchIndex } from "./src/index";
import { translate } from "./src/answer/english";
const bytes = readFileSync("/tmp/translit-sn.bin");
const index = new SearchIndex(deserializeIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
for (const w of ["British", "prime", "minister", "prime minister", "secretary", "state", "US"]) console.log(w, translate(index, w));
console.log(index.data.extras.speakers.find((s) => s.name === "ديفيد كاميرون"));
