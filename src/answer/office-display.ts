/**
 * Speakers named only by an office, a body or an unnamed source that the closed role lists cannot put in
 * English (وزير النقل والبنى التحتية الاسترالي, مصدر محلي): an English answer shows their Arabic, since
 * the speller would only transliterate common nouns ("Wazer al-Naql", "Masder Mahli"). Issue 14.
 */
import { plainWords, type SearchIndex } from "../index";
import { headedByCommonNoun } from "./roles/display";

/** Per index: name word (plainWords form) -> whether the corpus's speakers read it as a family name. */
const familyNames = new WeakMap<SearchIndex, Map<string, boolean>>();

/**
 * Whether a word is a family name by the corpus's own speakers: it ends the names of person speakers (of two
 * words or more) at least as often as it stands in the aliases of speakers that are not persons. Only the
 * speakers whose aliases hold the word are read (`holders`: the indexer's alias words), not every name
 * (reading every speaker record costs an isolate about 100 ms on the subset).
 */
function familyName(index: SearchIndex, word: string, holders: (word: string) => readonly number[]): boolean {
  const seen = familyNames.get(index) ?? familyNames.set(index, new Map()).get(index)!;
  let out = seen.get(word);
  if (out === undefined) {
    let family = 0, other = 0;
    for (const k of holders(word)) {
      const s = index.data.extras.speakers[k]!;
      if (!s.person) other++;
      else {
        const own = plainWords(s.name).split(" ");
        if (own.length >= 2 && own[own.length - 1] === word) family++;
      }
    }
    seen.set(word, (out = family > 0 && family >= other));
  }
  return out;
}

/**
 * Whether a speaker reads in Arabic in an English answer: not a person, its name opening with an office,
 * body or source noun (headedByCommonNoun), and no later word of it a family name by the corpus's own
 * speakers (familyName, a corpus statistic, not a list: اللواء الزهراني and الشيخ السديس hold family names
 * and are spelled; the person list holds junk too, so a word like محلي, ending one person name and standing
 * in many sources' aliases, does not count as one). `holders`: the speakers whose aliases hold a word.
 */
export function officeOnly(index: SearchIndex, speaker: number, holders: (word: string) => readonly number[]): boolean {
  const record = index.data.extras.speakers[speaker]!;
  if (record.person || !headedByCommonNoun(record.name)) return false;
  return !plainWords(record.name).split(" ").slice(1).some((w) => familyName(index, w, holders));
}
