import { queryTerm, type SearchIndex } from "../index";
import type { AskResult } from "./ask";
import { toPassage, type Passage } from "./passages";
import { findSpeakerEnglish } from "./english";
import { findSpeaker, statementsBy, topicTerms } from "./speakers";

/** The subject as the user wrote it, short, for "no statement by X" replies. */
function subjectLabel(subject: string): string {
  return subject.split(/\s+/).slice(0, 4).join(" ");
}

/**
 * "What did X say": X resolved through the speaker index, the passages are X's statements
 * (direct first, then reported, in corpus order; a topic after the name reorders them by relevance).
 * Someone the corpus never quotes gets found:false, never a guess.
 */
export function askSaid(index: SearchIndex, question: string, subject: string, language: "ar" | "en", topK: number): AskResult {
  const english = language === "en" ? findSpeakerEnglish(index, subject) : null;
  const hit = english ?? findSpeaker(index, subject);
  if (!hit) {
    const who = subjectLabel(subject);
    const answer = language === "en"
      ? `The corpus holds no statement by ${who}.`
      : `لا يوجد في المدونة أي تصريح منسوب إلى ${who}.`;
    return { question, language, found: false, answer, passages: [] };
  }
  const speaker = index.data.extras.speakers[hit.speaker]!;
  let statements = statementsBy(index, hit.speaker);
  const topic = language === "en" ? [] : topicTerms(subject, hit.alias);
  if (topic.length) {
    const docs = new Set(statements.map((s) => s.doc));
    const ranked = index.search(topic.map((t) => queryTerm([t])), { limit: docs.size, filter: (d) => docs.has(d) });
    const rank = new Map(ranked.map((h, i) => [h.doc, i]));
    statements = [...statements].sort((a, b) => (rank.get(a.doc) ?? 1e9) - (rank.get(b.doc) ?? 1e9));
  }
  const passages: Passage[] = [];
  const seen = new Set<number>();
  for (const s of statements) {
    if (seen.has(s.doc)) continue;
    seen.add(s.doc);
    const p = toPassage(index, s.doc, 1);
    // the speaker's own statements first within the passage
    p.quotes.sort((a, b) => Number(b.speaker === speaker.name) - Number(a.speaker === speaker.name));
    if (english) for (const q of p.quotes) if (q.speaker === speaker.name) q.speaker_latin = english.latin;
    passages.push(p);
    if (passages.length >= topK) break;
  }
  const lines = passages.flatMap((p) =>
    p.quotes
      .filter((q) => q.speaker === speaker.name)
      .map((q) => {
        const title = index.article(p.article_id)?.title;
        const where = language === "en"
          ? `(article ${p.article_id}${title ? ` «${title}»` : ""}, paragraph ${p.paragraph})`
          : `(المقال ${p.article_id}${title ? ` «${title}»` : ""}، الفقرة ${p.paragraph})`;
        return q.kind === "direct" ? `«${q.text}» ${where}` : `${language === "en" ? "reported" : "نقلاً"}: ${q.text} ${where}`;
      }),
  );
  const who = speaker.title ? `${speaker.name}، ${speaker.title}` : speaker.name;
  const englishTitle = english?.byTitle ? subject.replace(/^(the|a)\s+/i, "the ") : speaker.title;
  const head = english
    ? `${english.latin} (${speaker.name})${englishTitle ? `, ${englishTitle},` : ""} said:`
    : language === "en"
      ? `${speaker.name}${speaker.title ? `, ${speaker.title},` : ""} said:`
      : `قال ${who}:`;
  return { question, language, found: true, answer: [head, ...lines].join("\n"), passages };
}
