import { isLatin } from "../analysis";
import { plainWords, type SearchIndex } from "../index";
import { findSpeakerEnglish } from "./english";
import { findSpeaker, speakerByTitle, titleOpening } from "./speakers";

/** A speaker the engine has resolved, with the alias that named them. */
export interface ResolvedSpeaker {
  /** Index into the index's speakers. */
  speaker: number;
  alias: string;
  /** The name in Latin letters, as an English question spelled it (transliterated for the rest). */
  latin?: string;
  /** Named by title ("the Kremlin spokesman"), not by name. */
  byTitle: boolean;
}

/**
 * The speaker a text names: an id as /v1/speakers lists it (sp_…), else a name, family name, title or
 * role in Arabic (the whole text as an alias first, then the best alias inside it) or in Latin script
 * (by translation and sound). Null when it names no one the corpus quotes.
 */
export function resolveSpeaker(index: SearchIndex, text: string, language: "ar" | "en" = isLatin(text) ? "en" : "ar"): ResolvedSpeaker | null {
  const { speakers } = index.data.extras;
  const wanted = text.trim();
  const byId = /^sp_[0-9a-z]+$/.test(wanted) ? speakers.findIndex((s) => s.id === wanted) : -1;
  if (byId >= 0) return { speaker: byId, alias: speakers[byId]!.name, byTitle: false };
  if (language === "en") return findSpeakerEnglish(index, wanted);
  // a title of two words or more that starts a longer title (المتحدث باسم التحالف in «المتحدث باسم التحالف
  // المستشار بمكتب وزير الدفاع»), as English role questions reach it
  const hit = findSpeaker(index, wanted) ?? (plainWords(wanted).split(" ").length >= 2 && titleOpening(wanted) ? speakerByTitle(index, [wanted]) : null);
  if (!hit) return null;
  const speaker = speakers[hit.speaker]!;
  return { ...hit, byTitle: speaker.title !== null && plainWords(speaker.title) === hit.alias };
}
