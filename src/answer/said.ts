import { plainWords, type SearchIndex } from "../index";
import type { AskResult, ClosestSpeaker, Passage, PassageQuote } from "./schemas";
import { RepeatFilter } from "./repeats";
import { closestSpeakers } from "./closest";
import { readRole } from "./roles";
import { englishRoleTitle } from "./roles/display";
import { transliterate } from "./english";
import { toPassage } from "./passages";
import { queryFor, readQuestion, type Reading } from "./read";
import type { ResolvedSpeaker } from "./resolve";
import { statementsBy } from "./speakers";
import { saidVerb, VOTES } from "./said-verb";

/** The subject as the user wrote it, short, for "no statement by X" replies. */
function subjectLabel(subject: string, question: string): string {
  const words = subject.split(/\s+/).filter(Boolean).slice(0, 6);
  // the question's own spelling of the subject (the intent holds it normalized: وزاره الداخليه)
  const raw = question.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ""));
  const norm = raw.map((w) => plainWords(w));
  for (let i = 0; i + words.length <= raw.length; i++) {
    if (words.every((w, j) => norm[i + j] === w)) return raw.slice(i, i + words.length).join(" ");
  }
  return words.join(" ");
}

/**
 * The reply when the question names no one the corpus quotes (or a follow-up has no one to follow).
 * When the corpus mentions X without quoting them, it says so and returns the paragraphs that name X
 * (every word of the subject matched), still found:false: no quote is attributed to X.
 */
function notFound(index: SearchIndex, reading: Reading, topK: number, named: Reading | null): AskResult {
  const { question, language } = reading;
  // the question that names the subject: this one, or for a follow-up the conversation's latest that named someone
  const source = reading.followUp ? named : reading;
  const intent = source?.intent;
  const who = source && intent?.kind === "said" && !source.followUp ? subjectLabel(intent.subject, source.question) : "";
  if (!who) {
    const answer = language === "en" ? "Whose statements? Name the speaker." : "تصريحات من؟ اذكر اسم المتحدث.";
    return { question, language, found: false, answer, passages: [] };
  }
  const mentions = searchesMentions(reading, named) ? index.search(queryFor(index, who, "ar"), { limit: topK }).filter((h) => h.score > 0 && h.coverage >= MENTION_COVERAGE) : [];
  // the retrieval's stems and letter n-grams find near words too (ماكري for ماكرون): keep paragraphs that
  // hold every word of the subject as written, a conjunction or preposition letter allowed before it
  const words = plainWords(who).split(" ").filter(Boolean);
  const passages = mentions
    .map((h) => toPassage(index, h.doc, h.score))
    .filter((p) => {
      const tokens = new Set(plainWords(p.text).split(" ").flatMap((t) => [t, t.replace(/^[\u0648\u0628\u0644\u0641](?=...)/, "")]));
      return words.every((w) => tokens.has(w));
    });
  const answer = passages.length
    ? language === "en"
      ? `The corpus mentions ${who} but holds no statement by them; the paragraphs that name them follow.`
      : `لا يوجد في المدونة تصريح منسوب إلى ${who}؛ ورد ذكر ${who} في الفقرات التالية.`
    : language === "en" ? `The corpus holds no statement by ${who}.` : `لا يوجد في المدونة أي تصريح منسوب إلى ${who}.`;
  // "did you mean": speakers whose names are close by the learned model, offered apart from the answer
  const subject = intent?.kind === "said" ? intent.subject : "";
  const closest = source!.language === "en" && readRole(subject) ? [] : closestSpeakers(index, subject);
  if (!closest.length) return { question, language, found: false, answer, passages };
  return { question, language, found: false, answer: `${answer}\n${didYouMean(closest, language)}`, passages, closest_speakers: closest };
}

/**
 * Whether the reply to a question naming nobody the corpus quotes (notFound; `named`: a follow-up's
 * conversation's latest question that named someone) searches the corpus for paragraphs that mention
 * the subject: for an Arabic subject only (an English name the corpus cannot spell matches nothing to
 * stand on). Otherwise the reply reads the speakers alone ("did you mean").
 */
export function searchesMentions(reading: Reading, named: Reading | null): boolean {
  const source = reading.followUp ? named : reading;
  return source !== null && source.intent.kind === "said" && !source.followUp && source.language === "ar";
}

/** The "did you mean" line: each speaker's name (in Latin letters too, for English) and title. */
function didYouMean(closest: ClosestSpeaker[], language: "ar" | "en"): string {
  const names = closest.map((c) => {
    const title = c.title ? (language === "en" ? `, ${englishRoleTitle(c.title) ?? c.title}` : `، ${c.title}`) : "";
    // a speaker shown in Arabic (an office the lists cannot put in English) is not repeated in brackets
    return language === "en" && c.latin !== c.name ? `${c.latin} (${c.name}${title})` : `${c.name}${title}`;
  });
  return language === "en" ? `Did you mean: ${names.join("; ")}?` : `هل تقصد: ${names.join("؛ ")}؟`;
}

/** Share of the subject's idf mass a paragraph must match to count as naming them: all of it. */
const MENTION_COVERAGE = 0.999;

/**
 * "What did X say": X's statements as passages (direct first, then reported, in corpus order; a topic
 * reorders them by relevance). `speaker` is the reading's own or, for a follow-up, the conversation's.
 * Someone the corpus never quotes gets found:false, never a guess.
 */
export function answerSaid(index: SearchIndex, reading: Reading, speaker: ResolvedSpeaker | null, topK: number, named: Reading | null = null): AskResult {
  if (!speaker) return notFound(index, reading, topK, named);
  const { question, language } = reading;
  const record = index.data.extras.speakers[speaker.speaker]!;
  let statements = statementsBy(index, speaker.speaker);
  if (reading.topic.length) {
    const docs = new Set(statements.map((s) => s.doc));
    const ranked = index.search(reading.topic, { limit: docs.size, filter: (d) => docs.has(d) });
    const rank = new Map(ranked.map((h, i) => [h.doc, i]));
    statements = [...statements].sort((a, b) => (rank.get(a.doc) ?? 1e9) - (rank.get(b.doc) ?? 1e9));
  }
  const latin = language === "en" ? (speaker.latin ?? transliterate(record.name)) : undefined;
  const passages: Passage[] = [];
  const seen = new Set<number>();
  // a statement told twice (a syndicated copy, a repeated paragraph) is listed once; a passage holding only repeats is left out
  const repeats = new RepeatFilter();
  const listed = new Map<Passage, PassageQuote[]>();
  for (const s of statements) {
    if (seen.has(s.doc)) continue;
    seen.add(s.doc);
    const p = toPassage(index, s.doc, 1);
    // the speaker's own statements first within the passage
    p.quotes.sort((a, b) => Number(b.speaker === record.name) - Number(a.speaker === record.name));
    const own = p.quotes.filter((q) => q.speaker === record.name && !repeats.repeats(q.text));
    if (!own.length) continue;
    if (latin) for (const q of p.quotes) if (q.speaker === record.name) q.speaker_latin = latin;
    passages.push(p);
    listed.set(p, own);
    if (passages.length >= topK) break;
  }
  const lines = passages.flatMap((p) =>
    listed.get(p)!
      .map((q) => {
        const title = index.article(p.article_id)?.title;
        const where = language === "en"
          ? `(article ${p.article_id}${title ? ` «${title}»` : ""}, paragraph ${p.paragraph})`
          : `(المقال ${p.article_id}${title ? ` «${title}»` : ""}، الفقرة ${p.paragraph})`;
        return q.kind === "direct" ? `«${q.text}» ${where}` : `${language === "en" ? "reported" : "نقلاً"}: ${q.text} ${where}`;
      }),
  );
  const subject = reading.intent.kind === "said" ? reading.intent.subject : "";
  // a body read in English (the interior ministry) is its own title
  const englishTitle = language !== "en" ? record.title
    : !record.person && latin?.startsWith("the ") ? null
    : speaker.byTitle && !reading.followUp ? subject.replace(/^(the|a)\s+/i, "the ")
    : record.title && (englishRoleTitle(record.title) ?? record.title);
  const head = language === "en"
    ? `${latin!.replace(/^the /, "The ")} (${record.name})${englishTitle ? `, ${englishTitle},` : ""} said:`
    : `${saidVerb(record, statements.slice(0, VOTES).map((s) => ({ paragraph: index.text(s.doc), text: s.text })))} ${record.title ? `${record.name}، ${record.title}` : record.name}:`;
  return { question, language, found: true, answer: [head, ...lines].join("\n"), passages };
}

/** "What did X say" for one question on its own (kept for callers that read the question themselves). */
export function askSaid(index: SearchIndex, question: string, _subject: string, _language: "ar" | "en", topK: number): AskResult {
  const reading = readQuestion(index, question);
  return answerSaid(index, reading, reading.speaker, topK);
}
