import type { Article } from "../corpus/schema";
import { articleSentences } from "../corpus/sentences";
import { nameKey, resolveArticle, type Mention } from "../corpus/speakers";
import { wordStats } from "../corpus/word-stats";
import { chooseSummary } from "../corpus/lead";
import { DEFAULT_SUMMARY } from "../corpus/summary";
import { emptyAnnotations, MAX_SUMMARY_SENTENCES, SUMMARY_DECISION_COUNT, type Annotations, type SummarySentence } from "./records";

/*
 * Build time only: statement extraction, speaker merging and summary ranking over a corpus, giving the
 * records the index file stores (records.ts). Nothing at query time imports this module.
 */

/** FNV-1a, base 36: a short stable id. */
function hashId(key: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return `sp_${(h >>> 0).toString(36)}`;
}

interface Pending {
  key: string;
  mention: Mention;
  aliases: Set<string>;
  count: number;
}

/**
 * Runs statement extraction and speaker resolution over a corpus, numbering paragraphs as the
 * index does, and merges speakers across articles by their spelling-insensitive name key
 * (a family name alone joins the one full name it ends).
 */
export function annotate(articles: Article[]): Annotations {
  const byKey = new Map<string, Pending>();
  const raw: Array<{ doc: number; text: string; kind: "direct" | "reported"; key: string | null }> = [];
  const summaries: SummarySentence[][] = [];
  let doc = 0;
  const stats = wordStats(articles.map((a) => a.paragraphs));
  for (const article of articles) {
    const quoted = new Map<number, string[]>();
    for (const s of resolveArticle(article.paragraphs, { stats })) {
      if (s.kind === "direct" && s.speaker) quoted.set(s.paragraph + 1, [...(quoted.get(s.paragraph + 1) ?? []), s.text]);
      let key: string | null = null;
      if (s.speaker) {
        const m = s.speaker;
        // an unnamed source (مصدر أمني) is one speaker within its article only
        key = m.anonymous ? `${article.id}\u0000${nameKey(m.name)}` : nameKey(m.name);
        const entry = byKey.get(key) ?? { key, mention: m, aliases: new Set<string>(), count: 0 };
        entry.mention.title ??= m.title;
        entry.count++;
        entry.aliases.add(m.name);
        if (m.title) entry.aliases.add(m.title).add(`${m.title} ${m.name}`);
        if (m.person && m.name.includes(" ")) entry.aliases.add(m.name.split(" ").at(-1)!);
        for (const r of m.roles) entry.aliases.add(r);
        byKey.set(key, entry);
      }
      raw.push({ doc: doc + s.paragraph, text: s.text, kind: s.kind, key });
    }
    const sentences = articleSentences(article.paragraphs, quoted);
    // lead or ranked, decided for the default length; the stored order serves every length
    const { picks } = chooseSummary(sentences, SUMMARY_DECISION_COUNT, DEFAULT_SUMMARY, article.title, undefined, MAX_SUMMARY_SENTENCES);
    summaries.push(picks.map((i) => ({ text: sentences[i]!.text, paragraph: sentences[i]!.paragraph })));
    doc += article.paragraphs.length;
  }

  // a family name alone joins the one full name that ends with it
  const redirect = new Map<string, string>();
  for (const [key, entry] of byKey) {
    if (key.includes(" ") || key.includes("\u0000")) continue;
    const fuller = [...byKey.keys()].filter((k) => k.includes(" ") && k.split(" ").at(-1) === key && byKey.get(k)!.mention.person);
    if (fuller.length === 1) {
      const target = byKey.get(fuller[0]!)!;
      for (const a of entry.aliases) target.aliases.add(a);
      target.count += entry.count;
      redirect.set(key, fuller[0]!);
    }
  }

  const out = emptyAnnotations();
  out.summaries = summaries;
  const indexOf = new Map<string, number>();
  for (const [key, entry] of byKey) {
    if (redirect.has(key)) continue;
    indexOf.set(key, out.speakers.length);
    out.speakers.push({
      id: hashId(key),
      name: entry.mention.name,
      title: entry.mention.title,
      person: entry.mention.person,
      aliases: [...entry.aliases],
      statements: entry.count,
    });
  }
  for (const r of raw) {
    const key = r.key === null ? null : (redirect.get(r.key) ?? r.key);
    const speaker = key === null ? null : indexOf.get(key)!;
    (out.statements[r.doc] ??= []).push({ speaker, text: r.text, kind: r.kind });
  }
  return out;
}
