/**
 * Speakers named only by an office, a body or an unnamed source that the closed role lists cannot put in
 * English (وزير النقل والبنى التحتية الاسترالي, مصدر محلي): an English answer shows their Arabic, since
 * the speller would only transliterate common nouns ("Wazer al-Naql", "Masder Mahli"). Issue 14.
 */
import { plainWords, type SearchIndex } from "../index";
import { headedByCommonNoun } from "./roles/display";

/** Per index: word -> [person names it ends, office-headed non-person names it stands in], built on first use. */
const wordUse = new WeakMap<SearchIndex, Map<string, [number, number]>>();

function wordUseOf(index: SearchIndex): Map<string, [number, number]> {
  let use = wordUse.get(index);
  if (use) return use;
  use = new Map();
  const count = (w: string, k: 0 | 1) => {
    const c = use!.get(w) ?? use!.set(w, [0, 0]).get(w)!;
    c[k]++;
  };
  for (const s of index.data.extras.speakers) {
    const own = plainWords(s.name).split(" ");
    if (s.person && own.length >= 2) count(own[own.length - 1]!, 0);
    else if (!s.person && headedByCommonNoun(s.name)) for (const w of new Set(own.slice(1))) count(w, 1);
  }
  wordUse.set(index, use);
  return use;
}

/**
 * Whether a speaker reads in Arabic in an English answer: not a person, its name opening with an office,
 * body or source noun (headedByCommonNoun), and no later word of it a family name by the corpus's own
 * speakers: a word that ends person speakers' names at least as often as it stands in office-headed names
 * (a corpus statistic, not a list: اللواء الزهراني and الشيخ السديس hold family names and are spelled; the
 * person list holds junk too, so a word like محلي, ending one person name and standing in many sources'
 * names, does not count as one).
 */
export function officeOnly(index: SearchIndex, speaker: number): boolean {
  const record = index.data.extras.speakers[speaker]!;
  if (record.person || !headedByCommonNoun(record.name)) return false;
  const use = wordUseOf(index);
  return plainWords(record.name).split(" ").slice(1).every((w) => {
    const [family, office] = use.get(w) ?? [0, 0];
    return family < office || family === 0;
  });
}
