/**
 * FreeDict English-Arabic (Debian package dict-freedict-eng-ara, GPL-2+) -> corpus/lexicon/en-ar.tsv.
 *   apt-get install dict-freedict-eng-ara && npm run build:lexicon [-- --dict /path/freedict-eng-ara.dict.dz]
 *
 * One line per English headword (lower case, one or two words): headword TAB translations joined by "|"
 * (harakat removed, at most 6, each at most three words). The file is committed; the indexer reads it.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

const i = process.argv.indexOf("--dict");
const path = i >= 0 ? process.argv[i + 1]! : "/usr/share/dictd/freedict-eng-ara.dict.dz";
const out = "corpus/lexicon/en-ar.tsv";
const raw = readFileSync(path);
const text = path.endsWith(".dz") || path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");

const entries = new Map<string, string[]>();
let head: string | null = null;
for (const line of text.split("\n")) {
  const h = /^([A-Za-z][A-Za-z' -]*?)\s+\/.*\/\s*$/.exec(line) ?? /^([A-Za-z][A-Za-z' -]*)$/.exec(line);
  if (h && !/[\u0600-\u06FF]/.test(line)) {
    const word = h[1]!.trim().toLowerCase();
    head = word.split(/\s+/).length <= 2 ? word : null;
    continue;
  }
  if (!head || !/[\u0600-\u06FF]/.test(line)) continue;
  const body = line.replace(/^\s*\d+\.\s*/, "").replace(/\(.*?\)/g, "").replace(/[\u064B-\u065F\u0670\u0640]/g, "");
  for (const piece of body.split(/[،,;؛]|\s-\s/)) {
    const t = piece.replace(/[^\u0621-\u064A\s]/g, " ").replace(/\s+/g, " ").trim();
    if (!t || t.split(" ").length > 3) continue;
    const list = entries.get(head) ?? [];
    if (!list.includes(t) && list.length < 6) list.push(t);
    entries.set(head, list);
  }
}
const lines = [...entries].filter(([, t]) => t.length).sort(([a], [b]) => (a < b ? -1 : 1)).map(([w, t]) => `${w}\t${t.join("|")}`);
writeFileSync(out, `${lines.join("\n")}\n`);
console.log(`${lines.length} headwords -> ${out}`);
