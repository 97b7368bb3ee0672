import type { SearchIndex } from "../index";
import type { Passage } from "./schemas";

export type { Passage, PassageQuote } from "./schemas";

/** A paragraph as the API shows it: original text, where it stands, and the statements it holds. */
export function toPassage(index: SearchIndex, doc: number, score: number): Passage {
  const { extras } = index.data;
  return {
    article_id: index.articleOf(doc).id,
    paragraph: index.paragraphNumber(doc),
    text: index.text(doc),
    score: Math.round(score * 1000) / 1000,
    quotes: extras.statements(doc).map((s) => {
      const speaker = s.speaker === null ? null : extras.speakers[s.speaker]!;
      return { speaker: speaker?.name ?? null, speaker_title: speaker?.title ?? null, text: s.text, kind: s.kind };
    }),
  };
}
