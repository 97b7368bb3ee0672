import { readFileSync } from "node:fs";
import { resolveArticle, nameKey } from "../../src/corpus/speakers";
import { normalizeArabic } from "../../src/analysis";
import { readCorpus } from "../corpus-files";
import { table } from "./table";
import { fmt } from "./report-retrieval";

interface Label {
  article: string;
  paragraph: number;
  kind: "direct" | "reported";
  speaker: string | null;
  text: string;
}

interface Predicted {
  article: string;
  paragraph: number;
  kind: "direct" | "reported";
  speaker: string | null;
  speakerForms: string[];
  text: string;
}

const plain = (s: string) => normalizeArabic(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function textMatches(p: Predicted, l: Label): boolean {
  const a = plain(p.text);
  const b = plain(l.text);
  if (!a || !b) return false;
  return a.includes(b) || (a.split(" ").length >= 2 && b.includes(a)) || a.startsWith(b.split(" ").slice(0, 3).join(" "));
}

/** The predicted speaker is the labelled one when a form of it and the label share the family name or one holds the other. */
function speakerMatches(p: Predicted, l: Label): boolean {
  if (l.speaker === null || p.speaker === null) return l.speaker === p.speaker;
  const label = plain(l.speaker);
  const family = nameKey(label).split(" ").at(-1)!;
  return p.speakerForms.some((f) => {
    const form = plain(f);
    return form === label || nameKey(form).split(" ").at(-1) === family || (form.length > 3 && (label.includes(form) || form.includes(label)));
  });
}

function loadArticles(data: string, ids: Set<string>) {
  const out = new Map<string, string[]>();
  for (const a of readCorpus("corpus")) if (ids.has(a.id)) out.set(a.id, a.paragraphs);
  for (const line of readFileSync(`${data}saudinewsnet/saudinewsnet_quotes_subset.jsonl`, "utf8").split("\n")) {
    if (!line) continue;
    const a = JSON.parse(line) as { id: string; paragraphs: string[] };
    if (ids.has(a.id)) out.set(a.id, a.paragraphs);
  }
  return out;
}

export function runQuotes(data: string): void {
  const labels: Label[] = readFileSync("tests/fixtures/quotes/labels.jsonl", "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));
  const ids = new Set(labels.map((l) => l.article));
  const articles = loadArticles(data, ids);
  const predicted: Predicted[] = [];
  for (const [id, paragraphs] of articles) {
    for (const s of resolveArticle(paragraphs)) {
      const m = s.speaker;
      const forms = m ? [m.name, ...(m.title ? [m.title] : []), ...m.roles] : [];
      predicted.push({ article: id, paragraph: s.paragraph + 1, kind: s.kind, speaker: m?.name ?? null, speakerForms: forms, text: s.text });
    }
  }

  const rows: string[][] = [];
  const groups: [string, (id: string) => boolean][] = [
    ["seed article", (id) => !id.startsWith("snn-")],
    ["20 news articles", (id) => id.startsWith("snn-")],
  ];
  for (const [group, inGroup] of groups) {
    for (const kind of ["direct", "reported"] as const) {
      const gold = labels.filter((l) => inGroup(l.article) && l.kind === kind && l.speaker !== null);
      const pred = predicted.filter((p) => inGroup(p.article) && p.kind === kind && p.speaker !== null);
      const same = (p: Predicted, l: Label) => p.article === l.article && p.paragraph === l.paragraph && textMatches(p, l);
      const found = gold.filter((l) => pred.some((p) => same(p, l)));
      const right = found.filter((l) => pred.some((p) => same(p, l) && speakerMatches(p, l)));
      const truePred = pred.filter((p) => gold.some((l) => same(p, l)));
      rows.push([
        group,
        kind,
        String(gold.length),
        String(pred.length),
        fmt(pred.length ? truePred.length / pred.length : 1),
        fmt(gold.length ? found.length / gold.length : 1),
        fmt(found.length ? right.length / found.length : 1),
      ]);
    }
    const scare = labels.filter((l) => inGroup(l.article) && l.speaker === null);
    const nulls = scare.filter((l) => predicted.some((p) => p.article === l.article && p.paragraph === l.paragraph && textMatches(p, l) && p.speaker === null));
    rows.push([group, "quoted term, no speaker", String(scare.length), "", "", "", `${fmt(scare.length ? nulls.length / scare.length : 1)} kept null`]);
  }
  console.log("\n## Statements and speakers (hand labels, tests/fixtures/quotes)\n");
  console.log(table(["articles", "kind", "labelled", "extracted", "precision", "recall", "speaker accuracy"], rows));
  if (process.argv.includes("--verbose")) {
    for (const l of labels) {
      const hit = predicted.find((p) => p.article === l.article && p.paragraph === l.paragraph && textMatches(p, l));
      if (!hit || !speakerMatches(hit, l) || hit.kind !== l.kind) console.log("MISS", l.article, l.paragraph, l.kind, l.speaker, "|", l.text, "=>", hit ? `${hit.kind} ${hit.speaker}` : "none");
    }
    for (const p of predicted) {
      if (p.speaker !== null && !labels.some((l) => l.article === p.article && l.paragraph === p.paragraph && textMatches(p, l))) console.log("EXTRA", p.article, p.paragraph, p.kind, p.speaker, "|", p.text.slice(0, 60));
    }
  }
}
