import { nameScorer } from "./src/names";
import { readPairs, trainParts } from "./scripts/translit/data";
import { measure } from "./scripts/translit/measure";
const s = nameScorer();
const { tune } = trainParts(readPairs("train"));
const ev = readPairs("eval");
for (const th of process.argv.slice(2).map(Number)) {
  const a = measure(s, tune, th), b = measure(s, ev, th);
  console.log(th, "tune", a.at1.toFixed(3), a.found.toFixed(3), a.falseMatch.toFixed(3), "eval", b.at1.toFixed(3), b.found.toFixed(3), b.falseMatch.toFixed(3));
}
