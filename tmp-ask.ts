import { readFileSync } from "node:fs";
import { deserializeIndex, SearchIndex } from "./src/index";
import { answer } from "./src/answer";
const bytes = readFileSync("/tmp/translit-sn.bin");
const index = new SearchIndex(deserializeIndex(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)));
const qs = process.argv.slice(2);
for (const q of qs) {
  const t0 = performance.now();
  const r: any = answer(index, q, 3);
  const dt = performance.now() - t0;
  console.log(`${dt.toFixed(1)}ms | ${q} | ${r.found} | ${r.answer.split("\n")[0].slice(0, 110)}`);
}
