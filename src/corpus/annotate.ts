import type { Article } from "./schema";
import { splitSentences, type Sentence } from "./sentences";
import { nameKey, resolveArticle, type Mention } from "./speakers";
import { DEFAULT_SUMMARY, rankSentences } from "./summary";

/** A statement as stored in the index: what was said, by whom (speaker index), how. */
export interface StatementRecord {
  /** Index into Annotations.speakers, or null for a quoted phrase with no speaker. */
  speaker: number | null;
  text: string;
  kind: "direct" | "reported";
}

export interface SpeakerRecord {
  /** Stable id: a hash of the name's spelling-insensitive key. */
  id: string;
  name: string;
  title: string | null;
  person: boolean;
  /** Full name, family name, title, title with name, role nouns used for them. */
  aliases: string[];
  /** Number of statements attributed to them. */
  statements: number;
}

/** A summary sentence as stored: its text and 1-based paragraph. */
export interface SummarySentence {
  text: string;
  paragraph: number;
}

/** What the indexer finds in the text beyond its terms. Stored in the index file as JSON. */
export interface Annotations {
  /** Statements by global paragraph index (only paragraphs that have some). */
  statements: Record<number, StatementRecord[]>;
  speakers: SpeakerRecord[];
  /** Per article (by article index): up to MAX_SUMMARY_SENTENCES sentences in the order the ranker picked them. */
  summaries: SummarySentence[][];
  /** English words and Latin-script names mapped onto the vocabulary (see src/index/english.ts). */
  english?: { lexicon: Record<string, string[]>; sounds: Record<string, string[]> };
}

/** The longest summary served, in sentences. */
export const MAX_SUMMARY_SENTENCES = 10;

export function emptyAnnotations(): Annotations {
  return { statements: {}, speakers: [], summaries: [] };
}

/** An article's sentences, each marked when it holds a direct quote with a named speaker. */
export function articleSentences(paragraphs: string[], quotedParagraphs: Map<number, string[]>): Sentence[] {
  return splitSentences(paragraphs).map((s) => ({
    ...s,
    quoted: (quotedParagraphs.get(s.paragraph) ?? []).some((q) => s.text.includes(q.slice(0, 20))),
  }));
}

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
  for (const article of articles) {
    const quoted = new Map<number, string[]>();
    for (const s of resolveArticle(article.paragraphs)) {
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
    summaries.push(rankSentences(sentences, MAX_SUMMARY_SENTENCES, DEFAULT_SUMMARY, article.title).map((i) => ({ text: sentences[i]!.text, paragraph: sentences[i]!.paragraph })));
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
