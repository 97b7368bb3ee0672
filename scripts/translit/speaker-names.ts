/**
 * npx tsx scripts/translit/speaker-names.ts [INDEX] [N]: the N (default 30) most quoted speakers of an index
 * file (default generated/index.bin) whose name has two words or more, with the Latin name an English
 * answer displays (latinName over SpeakerRecord.latin), as markdown table rows for docs/quality.md; the
 * "right" column is left for a reader to fill in. --respell: the current speller's spelling (speakerLatin, what
 * `npm run build:index` would store) instead of the stored one, without rebuilding the index.
 */
import { readFileSync } from "node:fs";
import { deserializeIndex, plainWords, SearchIndex, speakerLatin } from "../../src/index";
import { latinName } from "../../src/answer/names";

const args = process.argv.slice(2).filter((a) => a !== "--respell");
const path = args[0] ?? "generated/index.bin";
const n = Number(args[1] ?? 30);
const index = new SearchIndex(deserializeIndex(new Uint8Array(readFileSync(path))));
const rows = index.data.extras.speakers
  .map((s, i) => ({ s, i }))
  .filter(({ s }) => s.person && plainWords(s.name).split(" ").length >= 2)
  .sort((x, y) => y.s.statements - x.s.statements)
  .slice(0, n);
if (process.argv.includes("--respell")) for (const { s } of rows) s.latin = speakerLatin(s.name);
for (const { s, i } of rows) console.log(`| ${s.name} | ${s.statements} | ${latinName(index, i)} |  |`);
