/**
 * Whether a speaker found inside a longer subject fits the rest of it. «حمد بن عبد الله الشنير» holds
 * the alias «الله» and «علي خامنئي» the first name «علي»: a speaker matched on part of a name is
 * someone else when the subject's words around the match name another person. Words around the match
 * are fine when they agree with the speaker's name, are titles, ranks or words with the article
 * (الرئيس الروسي), or a topic after a preposition (عن الاتفاق).
 */
import { foldTitle, nameKey } from "../analysis";
import { plainWords } from "../index";
import { NAME_LINKS, PHRASE_STOPS, RANKS, TITLE_WORDS } from "../corpus/lexicon";
import type { SearchIndex } from "../index";

const hasArticle = (w: string) => /^(?:[وفبك]?ال|لل)../.test(w);

/**
 * True when `words[from, to)` matched `speaker` and the words next to the match do not name someone
 * else. Only what the speaker's own name says can contradict: when the match is the end of a longer
 * name (the family name of «منهم رسول الله» or «جون كيري»), the subject's word before it must be that
 * name's word before it, a title or a word with the article; when the match is the start of a longer
 * name, the subject's word after it (before a preposition) must be that name's next word. A speaker
 * known by one word (هيكس) leaves the subject's other words unknown, not wrong, unless a name link
 * (بن، آل) carries the subject's name on past the speaker's.
 */
export function fitsSubject(index: SearchIndex, speaker: number, words: string[], from: number, to: number): boolean {
  const name = nameKey(index.data.extras.speakers[speaker]!.name).split(" ");
  const span = nameKey(words.slice(from, to).join(" ")).split(" ");
  const at = name.findIndex((_, i) => span.every((w, j) => name[i + j] === w));
  // matched by title, role or a spelling variant: the subject's other title words must be the speaker's
  if (at < 0) return titleFits(index, speaker, words, from, to);
  const before = words[from - 1];
  const nameBefore = name[at - 1];
  if (before !== undefined && nameBefore !== undefined && nameKey(before) !== nameBefore) {
    if (NAME_LINKS.has(before) || (!hasArticle(before) && !TITLE_WORDS.has(before) && !RANKS.has(before))) return false;
  }
  const after = words[to];
  const nameAfter = name[at + span.length];
  if (after !== undefined && nameAfter !== undefined && !PHRASE_STOPS.has(after) && nameKey(after) !== nameAfter) return false;
  // «عبد الله بن زايد» against a speaker known only as «عبد الله»: the subject's name goes on
  if (after !== undefined && nameAfter === undefined && NAME_LINKS.has(after)) return false;
  // «وزارة الداخلية السعودية» against a body known only as «وزارة الداخلية»: a relative adjective (نسبة)
  // after the match qualifies it, and a speaker none of whose words is that adjective is another one
  if (after !== undefined && nameAfter === undefined && nisba(after) && !ownWords(index, speaker).has(after)) return false;
  return true;
}

/** A definite relative adjective (السعودية، الأميركي، التونسيون): the closed pattern ال…ي / ال…ية and its plurals. */
const nisba = (w: string) => /^(?:ال|لل)\S{2,}(?:ي|يه|يين|يون)$/.test(w);

/** Every word of a speaker's name, title and aliases, as plainWords writes them. */
function ownWords(index: SearchIndex, speaker: number): Set<string> {
  const s = index.data.extras.speakers[speaker]!;
  return new Set([s.name, s.title ?? "", ...s.aliases].flatMap((a) => plainWords(a).split(" ")));
}

/**
 * True when the subject's words outside `[from, to)`, up to a preposition that opens a topic (عن، حول),
 * are all words of the speaker's name, title or aliases. «المتحدث باسم وزارة الداخلية» holds the alias
 * «المتحدث» of a spokesman for someone else: the rest of the subject (باسم وزارة الداخلية) names another
 * office, so that speaker does not fit.
 */
function titleFits(index: SearchIndex, speaker: number, words: string[], from: number, to: number): boolean {
  const stop = words.findIndex((w, i) => i >= to && PHRASE_STOPS.has(w));
  const rest = [...words.slice(0, from), ...words.slice(to, stop < 0 ? words.length : stop)];
  if (!rest.length) return true;
  const exact = ownWords(index, speaker);
  // title words compared across spellings (no ال, no final ة, no inner long vowels: الأميركية = الأمريكي),
  // but only title word against title word: a name folds onto anything (سعد and السعودية both fold to سعد)
  const folded = new Set([...exact].filter(titleWord).map(foldTitle));
  return rest.every((w) => exact.has(w) || (titleWord(w) && folded.has(foldTitle(w))));
}

/** A word compared by its folded form: one with the article, or a title or rank word. */
const titleWord = (w: string) => hasArticle(w) || TITLE_WORDS.has(w) || RANKS.has(w);
