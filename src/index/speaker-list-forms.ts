/**
 * Word-form features of the speaker-list check (speaker-list.ts), read from the corpus's own counts:
 * what the other forms of a name's words say about it. Names do not inflect; the common nouns, titles
 * and preposition phrases the parser glues to a name or takes for one do, and the corpus shows it
 * («القيادي»: قيادي، قياديون; «المستثمر»: مستثمرين; «لوكالة»: وكالة; «المسؤولون» alone).
 */
import { NAME_LINKS } from "../corpus/lexicon";
import type { WordStats } from "../corpus/word-stats";

const ARTICLE = /^(?:[وفبك]?ال|لل)(?=..)/;
/** Pronoun suffixes (closed class; ه left out, it is also ة). */
const PRONOUNS = ["ها", "هم", "هما", "كم", "نا"];
/** Least corpus evidence (occurrences of the other forms) for a preposition word. */
const MIN_EVIDENCE = 5;

const c = (stats: WordStats, w: string) => stats.count.get(w) ?? 0;

/** Occurrences of a stem's sound plurals (ون، ين), bare or with the article: مستثمرون، القياديين. */
function plurals(stats: WordStats, stem: string): number {
  return c(stats, `${stem}ون`) + c(stats, `${stem}ين`) + c(stats, `ال${stem}ون`) + c(stats, `ال${stem}ين`);
}

/**
 * How noun-like a word is: log of (its other forms + 1) over (its own count + 1), where the other forms
 * are the article form or the bare form, the pronoun forms and the sound plurals of its stem.
 */
export function nounForms(stats: WordStats, w: string): number {
  const definite = ARTICLE.test(w);
  const stem = definite ? w.replace(ARTICLE, "") : w;
  const other = (definite ? c(stats, stem) : c(stats, `ال${stem}`))
    + PRONOUNS.reduce((s, p) => s + c(stats, stem.replace(/ه$/, "ت") + p), 0) + plurals(stats, stem);
  return Math.log((other + 1) / (c(stats, w) + 1));
}

/**
 * The form features of a name's normalized words: [the most noun-like word's nounForms (0 with no word
 * but links), a word with ل or ب on a stem the corpus has more often without it (لوكالة، بصندوق; 0/1),
 * a one-word plural with the article whose singular the corpus has (المسؤولون، not الكرملين; 0/1)].
 */
export function formFeatures(stats: WordStats, ws: string[]): [number, number, number] {
  let noun = -Infinity;
  let preposition = 0;
  for (const w of ws) {
    if (NAME_LINKS.has(w)) continue;
    noun = Math.max(noun, nounForms(stats, w));
    const rest = w.slice(1);
    if (/^[لب]/.test(w) && rest.length >= 3) {
      const alt = c(stats, rest) + (rest.startsWith("ال") ? 0 : c(stats, `ال${rest}`));
      if (alt >= MIN_EVIDENCE && alt >= 2 * c(stats, w)) preposition = 1;
    }
  }
  // the singular must be a corpus word: الكرملين has no كرمل, المسؤولون has مسؤول
  const singular = /^ال(.{3,})(?:ون|ين)$/.exec(ws.length === 1 ? ws[0]! : "")?.[1];
  const plural = Number(singular !== undefined && c(stats, singular) + c(stats, `ال${singular}`) + c(stats, `${singular}ه`) > 0);
  return [Number.isFinite(noun) ? Math.max(-3, Math.min(3, noun)) : 0, preposition, plural];
}
