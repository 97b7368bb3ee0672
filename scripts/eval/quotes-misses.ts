/**
 * Where statement recall is lost, on the tuning parts only (tune and tune2): every labelled statement that no extracted
 * statement with a speaker matches, put in one bucket by cause (extracted without a speaker and why,
 * another kind, a quoted span not kept, a reported clause whose verb or particle was not read…).
 * Never run on the held-out part: buckets choose what to fix.
 */
import { normalizeArabic } from "../../src/analysis";
import { quoteSpans } from "../../src/corpus/quotes";
import { SPEECH_PARTICIPLES, SPEECH_VERBS, THAT_PARTICLES } from "../../src/corpus/lexicon";
import type { Article } from "../../src/corpus/schema";
import { table } from "./table";

/** What the buckets need of an extracted statement: where, which kind, whether it has a speaker, its path. */
interface MissPrediction {
  article: string;
  paragraph: number;
  kind: "direct" | "reported";
  speaker: string | null;
  path: string;
  /** For a verb with no subject: its best antecedent's score, or null when there was no candidate. */
  best?: number | null;
}

interface MissLabel {
  article: string;
  paragraph: number;
  kind: "direct" | "reported";
  speaker: string | null;
  text: string;
}

const words = (s: string) => normalizeArabic(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
const speechWord = (w: string) => {
  const bare = /^[وف]/.test(w) && w.length >= 4 ? w.slice(1) : w;
  return SPEECH_VERBS.has(w) || SPEECH_VERBS.has(bare) || SPEECH_PARTICIPLES.has(w) || SPEECH_PARTICIPLES.has(bare);
};

/** The bucket of a label no extracted statement with a speaker matches; `near` collects the word before a أن clause. */
export function missBucket(l: MissLabel, paragraph: string, hits: MissPrediction[], near: Map<string, number>): string {
  const named = hits.find((p) => p.speaker !== null);
  if (named) return `extracted as ${named.kind}, labelled ${l.kind}`;
  const hit = hits[0];
  if (hit) {
    if (hit.path === "none") return "extracted, no speech verb read (quote with no verb)";
    if (hit.path === "refused") return "extracted, subject refused by the checks";
    if (hit.best === null || hit.best === undefined) return "extracted, verb with no subject, no candidate in the window";
    return "extracted, verb with no subject, best candidate below the threshold";
  }
  const text = words(paragraph).join(" ");
  const label = words(l.text).slice(0, 3).join(" ");
  const at = text.indexOf(label);
  if (at < 0) return "label text not found in the paragraph";
  if (l.kind === "direct") {
    const spans = quoteSpans(paragraph).map(([s, e]) => words(paragraph.slice(s, e)).join(" "));
    const span = spans.find((s) => s.includes(label));
    if (!span) return "direct: no quote span holds it (marks not paired)";
    return span.split(" ").length <= 3 ? "direct: short span read as a name or term" : "direct: quote span not kept";
  }
  const before = text.slice(0, at).trim().split(" ").filter(Boolean);
  const prev = before.at(-1) ?? "";
  const back = before.slice(-25);
  if (THAT_PARTICLES.has(prev) || /^(ب|ل)?[اأإ]ن(ه|ها|هم|هما)?$/.test(prev)) {
    if (back.slice(0, -1).some(speechWord)) return "reported: verb and أن read, clause not taken (quote, verb or distance between)";
    const verb = before.at(-2) ?? "";
    near.set(verb, (near.get(verb) ?? 0) + 1);
    return "reported: أن/إن clause, verb not in the speech list";
  }
  if (back.slice(-6).some((w) => /^(بحسب|حسب|وفق|وفقا|طبقا|نقلا)$/.test(w))) return "reported: source marker (بحسب، وفق، نقلا عن)";
  if (/:\s*$/.test(normalizeArabic(paragraph).slice(0, Math.max(0, normalizeArabic(paragraph).indexOf(l.text.split(/\s+/)[0]!))))) return "reported: colon-introduced, no quote marks";
  near.set(`(no أن) ${before.slice(-2).join(" ")}`, (near.get(`(no أن) ${before.slice(-2).join(" ")}`) ?? 0) + 1);
  return "reported: no أن particle before it (other form)";
}

/** The bucket table of the tune part's missed statements, and the words most often before an unread أن clause. */
export function missTable<P extends MissPrediction, L extends MissLabel>(labels: L[], predicted: P[], articles: Map<string, Article>, inPart: (id: string) => boolean, same: (p: P, l: L) => boolean): string {
  const counts = new Map<string, { direct: number; reported: number }>();
  const near = new Map<string, number>();
  let total = 0;
  for (const l of labels) {
    if (!inPart(l.article) || l.speaker === null) continue;
    const hits = predicted.filter((p) => same(p, l));
    if (hits.some((p) => p.speaker !== null && p.kind === l.kind)) continue;
    total++;
    const b = missBucket(l, articles.get(l.article)!.paragraphs[l.paragraph - 1] ?? "", hits, near);
    const row = counts.get(b) ?? { direct: 0, reported: 0 };
    row[l.kind]++;
    counts.set(b, row);
  }
  const rows = [...counts].sort((a, b) => b[1].direct + b[1].reported - a[1].direct - a[1].reported).map(([b, r]) => [b, String(r.direct), String(r.reported), String(r.direct + r.reported)]);
  const words = [...near].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([w, n]) => `${w} ${n}`).join("، ");
  return `${table(["why missed (tune)", "direct", "reported", "all"], rows)}\n\n${total} missed. Words before an unread clause: ${words}`;
}
