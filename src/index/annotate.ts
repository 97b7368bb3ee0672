import type { Article } from "../corpus/schema";
import { articleSentences } from "../corpus/sentences";
import { nameKey, resolveArticle } from "../corpus/speakers";
import { wordStats, type WordStats } from "../corpus/word-stats";
import { chooseSummary } from "../corpus/lead";
import { DEFAULT_SUMMARY } from "../corpus/summary";
import { emptyAnnotations, MAX_SUMMARY_SENTENCES, SUMMARY_DECISION_COUNT, type Annotations, type SummarySentence } from "./records";
import { familyAlias, mergeSpeakers, type SpeakerMention } from "./speaker-merge";
import { speakerKey } from "./speaker-split";
import { dropSpeakers, SPEAKER_LIST_MODEL, speakerListScore, type SpeakerListEvidence } from "./speaker-list";
import { listSpeakers, type ListedSpeaker } from "./speaker-check";
import type { LinearModel } from "../corpus/linear-model";

/*
 * Build time only: statement extraction, speaker merging and summary ranking over a corpus, giving the
 * records the index file stores (records.ts). The D1 store (src/index/d1) writes the same per-article
 * records (annotateArticle) and merges speakers at read time with the same rule (speaker-merge.ts).
 */

/** A statement of one article: its paragraph (0-based in the article) and its speaker's key (speakerKey), or null. */
export interface ArticleStatement {
  paragraph: number;
  text: string;
  kind: "direct" | "reported";
  key: string | null;
}

/** What the indexer finds in one article, before speakers are merged across articles. */
export interface ArticleAnnotations {
  statements: ArticleStatement[];
  /** The article's speakers by name key, in the order first quoted. */
  mentions: SpeakerMention[];
  summary: SummarySentence[];
}

/**
 * Statements, speakers (by name key, not yet merged across articles) and summary of one article.
 * `stats`: the word counts the speaker model reads, of the whole corpus being indexed (default: of
 * this article alone, as a live ingestion has it).
 */
export function annotateArticle(article: Article, stats?: WordStats): ArticleAnnotations {
  const byKey = new Map<string, SpeakerMention>();
  const statements: ArticleStatement[] = [];
  const quoted = new Map<number, string[]>();
  for (const s of resolveArticle(article.paragraphs, { stats })) {
    if (s.kind === "direct" && s.speaker) quoted.set(s.paragraph + 1, [...(quoted.get(s.paragraph + 1) ?? []), s.text]);
    let key: string | null = null;
    if (s.speaker) {
      const m = s.speaker;
      // an unnamed source (مصدر أمني) is one speaker within its article only; a name is keyed as written
      // (speakerKey: عوض and عايض share a name key), its spellings merged across articles by mergeSpeakers
      key = m.anonymous ? `${article.id}\u0000${nameKey(m.name)}` : speakerKey(m.name);
      const entry = byKey.get(key) ?? { key, name: m.name, title: m.title, person: m.person, aliases: [], count: 0 };
      entry.title ??= m.title;
      entry.count++;
      const aliases = new Set(entry.aliases).add(m.name);
      if (m.title) aliases.add(m.title).add(`${m.title} ${m.name}`);
      const family = m.person ? familyAlias(m.name) : null;
      if (family) aliases.add(family);
      for (const r of m.roles) aliases.add(r);
      entry.aliases = [...aliases];
      byKey.set(key, entry);
    }
    statements.push({ paragraph: s.paragraph, text: s.text, kind: s.kind, key });
  }
  const sentences = articleSentences(article.paragraphs, quoted);
  // lead or ranked, decided for the default length; the stored order serves every length
  const { picks } = chooseSummary(sentences, SUMMARY_DECISION_COUNT, DEFAULT_SUMMARY, article.title, undefined, MAX_SUMMARY_SENTENCES);
  const summary = picks.map((i) => ({ text: sentences[i]!.text, paragraph: sentences[i]!.paragraph }));
  return { statements, mentions: [...byKey.values()], summary };
}

/** Options of annotate(); every one has its default. */
export interface AnnotateOptions {
  /**
   * The speaker-list check (speaker-list.ts): speakers it scores under its threshold lose their
   * statements' attribution. Default SPEAKER_LIST_MODEL; null keeps every speaker.
   */
  speakerList?: LinearModel | null;
}

/**
 * Runs statement extraction and speaker resolution over a corpus, numbering paragraphs as the
 * index does, merges speakers across articles by their spelling-insensitive name key when written as one name (a family name
 * alone joins the one full name it ends), then drops the speakers the speaker-list check refuses.
 */
export function annotate(articles: Article[], { speakerList = SPEAKER_LIST_MODEL }: AnnotateOptions = {}): Annotations {
  const { out, list, evidence } = annotateUnchecked(articles);
  if (speakerList) dropSpeakers(out, list.map((s) => speakerListScore(s, evidence, speakerList) < speakerList.threshold));
  return out;
}

/**
 * annotate() before the speaker-list check: the annotations, each speaker as the check sees it
 * (list[i] is out.speakers[i], with the indices of its articles and its name keys) and the corpus
 * evidence it reads.
 */
export function annotateUnchecked(articles: Article[]): { out: Annotations; list: ListedSpeaker[]; evidence: SpeakerListEvidence } {
  const out = emptyAnnotations();
  const stats = wordStats(articles.map((a) => a.paragraphs));
  const each = articles.map((a) => annotateArticle(a, stats));
  const mentions = each.flatMap((a) => a.mentions);
  const merged = mergeSpeakers(mentions);
  out.speakers = merged.speakers;
  const { list, inSpeakers } = listSpeakers(merged, each.map((a) => a.mentions));
  let doc = 0;
  each.forEach((a, i) => {
    out.summaries.push(a.summary);
    for (const s of a.statements) {
      const speaker = s.key === null ? null : merged.speakerOf(s.key);
      (out.statements[doc + s.paragraph] ??= []).push({ speaker, text: s.text, kind: s.kind });
    }
    doc += articles[i]!.paragraphs.length;
  });
  return { out, list, evidence: { stats, inSpeakers } };
}
