import { latinSpeller, writtenWords } from "../names";
import { plainWords } from "./extras";

/**
 * Each word of a speaker's name (plainWords, split on spaces) in Latin letters as an English answer shows
 * it, lower case (SpeakerRecord.latin): the speller's display of the word as written, so that the article
 * and an initial hamza are read (src/names/display.ts: الفيصل -> al-faisal, إبراهيم -> ibrahim); "" for a
 * word with no Arabic letters.
 */
export function speakerLatin(name: string): string[] {
  const plain = plainWords(name).split(" ");
  return (writtenWords(name, plain) ?? plain).map((w) => latinSpeller().display(w));
}
