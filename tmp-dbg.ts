import { readFileSync } from "node:fs";
import { deserializeIndex, SearchIndex } from "./src/index";
import { translate } from "./src/answer/english";
import { nameWordScore } from "./src/names";
const bytes = readFileSync("/tmp/translit-sn.bin");
const index = new SearchIndex(deserializeIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
for (const w of ["Haider", "al", "Abadi", "al-Abadi", "Macron", "Obama", "Iranian", "FIFA", "Kremlin", "Assad", "Bush", "Sisi"]) console.log(w, translate(index, w));
for (const [e, a] of [["haider", "حيدر"], ["alabadi", "العبادي"], ["haider", "يوم"], ["abadi","العبادي"]]) console.log(e, a, nameWordScore(e!, a!));
console.log(index.data.extras.aliases().filter(([a]) => a.includes("العبادي")).slice(0, 5));
