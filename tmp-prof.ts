import { readFileSync } from "node:fs";
import { deserializeIndex, SearchIndex } from "./src/index";
import { NameCandidates, nameWordScore, nameScorer } from "./src/names";
const bytes = readFileSync("/tmp/translit-sn.bin");
const index = new SearchIndex(deserializeIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
let t0 = performance.now();
const al = index.data.extras.aliases();
console.log("aliases", al.length, (performance.now() - t0).toFixed(1));
t0 = performance.now();
const words = new Set(al.flatMap(([a]) => a.split(" ")));
console.log("words", words.size, (performance.now() - t0).toFixed(1));
t0 = performance.now();
const c = new NameCandidates(words);
console.log("cands", (performance.now() - t0).toFixed(1));
t0 = performance.now(); nameScorer(); console.log("scorer", (performance.now() - t0).toFixed(1));
for (const w of ["abd", "alfattah", "fattah", "elsisi", "sisi", "obama", "macron", "mourinho"]) {
  t0 = performance.now();
  const cs = c.for(w);
  const t1 = performance.now();
  cs.forEach((a) => nameWordScore(w, a));
  console.log(w, cs.length, (t1 - t0).toFixed(1), (performance.now() - t1).toFixed(1));
}
