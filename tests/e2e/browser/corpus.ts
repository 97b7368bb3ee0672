import { readFileSync } from "node:fs";
import { transliterate } from "../../../src/answer/english";

interface Speaker { id: string; name: string; title: string | null; aliases: string[]; statements: number }
interface Quote { text: string; kind: "direct" | "reported" }
interface AskPassage { quotes: { speaker: string | null; text: string }[] }

async function getJSON<T>(url: string, init?: RequestInit): Promise<T> {
  const res = await fetch(url, init);
  if (!res.ok) throw new Error(`${url}: ${res.status}`);
  return (await res.json()) as T;
}

/** POST /v1/ask as the page would, straight from Node. */
export function askAPI(base: string, question: string, context?: string[]) {
  return getJSON<{ found: boolean; language: string; passages: AskPassage[] }>(`${base}/v1/ask`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(context ? { question, context } : { question }),
  });
}

/** The loaded corpus's speakers with a direct quote, most quoted first, each with that first quote. */
export async function quotedSpeakers(base: string): Promise<{ speaker: Speaker; quote: string }[]> {
  const { speakers } = await getJSON<{ speakers: Speaker[] }>(`${base}/v1/speakers`);
  const out: { speaker: Speaker; quote: string }[] = [];
  for (const speaker of [...speakers].sort((a, b) => b.statements - a.statements)) {
    const { quotes } = await getJSON<{ quotes: Quote[] }>(`${base}/v1/quotes?speaker=${encodeURIComponent(speaker.name)}`);
    const direct = quotes.find((q) => q.kind === "direct");
    if (direct) out.push({ speaker, quote: direct.text });
  }
  return out;
}

/**
 * An English question about one of the corpus's quoted speakers, by the Latin spelling of the family
 * name (the last word of the name): the first speaker the API answers with their own quote.
 */
export async function englishQuestion(base: string, candidates: { speaker: Speaker; quote: string }[]) {
  for (const c of candidates) {
    const family = c.speaker.name.split(/\s+/).at(-1)!;
    const question = `What did ${transliterate(family)} say?`;
    const r = await askAPI(base, question);
    if (r.found && r.passages.some((p) => p.quotes.some((q) => q.speaker === c.speaker.name))) return { question, ...c };
  }
  return null;
}

/**
 * An English misspelling of a quoted speaker's family name (its learned Latin spelling with one letter
 * doubled, dropped or changed) that the API answers found:false with that speaker among its
 * closest_speakers, with the Latin name it offers; trying the speakers in turn; or null.
 */
export async function misspelledEnglish(base: string, candidates: { speaker: Speaker }[]) {
  for (const { speaker } of candidates.slice(0, 12)) {
    const latin = transliterate(speaker.name.split(/\s+/).at(-1)!);
    const tries = [1, 2, 3].filter((i) => i < latin.length - 1).flatMap((i) => [latin.slice(0, i) + latin.slice(i + 1), latin.slice(0, i) + "y" + latin.slice(i + 1), latin.slice(0, i + 1) + latin[i] + latin.slice(i + 1)]);
    for (const name of tries) {
      const r = (await askAPI(base, `What did ${name} say?`)) as { found: boolean; closest_speakers?: { name: string; latin: string }[] };
      const offered = r.found ? undefined : r.closest_speakers?.find((s) => s.name === speaker.name);
      if (offered) return { name, speaker, latin: offered.latin };
    }
  }
  return null;
}

/**
 * A name made of words no speaker alias holds (letters drawn at random), so a question about it must be
 * found:false whatever the corpus.
 */
export async function unknownName(base: string): Promise<string> {
  const { speakers } = await getJSON<{ speakers: Speaker[] }>(`${base}/v1/speakers`);
  const words = new Set(speakers.flatMap((s) => s.aliases.join(" ").split(/\s+/)));
  const letters = "بتجدرزسشفقكلمنهوي";
  const word = () => Array.from({ length: 6 }, () => letters[Math.floor(Math.random() * letters.length)]).join("");
  for (;;) {
    const name = `${word()} ${word()}`;
    if (name.split(" ").every((w) => !words.has(w))) return name;
  }
}

let lexiconWords: Set<string> | undefined;
/** The Arabic words of the project's English-Arabic lexicon (corpus/lexicon/en-ar.tsv): words that are not names. */
function dictionary(): Set<string> {
  lexiconWords ??= new Set(readFileSync("corpus/lexicon/en-ar.tsv", "utf8").split("\n").flatMap((l) => (l.split("\t")[1] ?? "").split(/[|\s]+/)));
  return lexiconWords;
}

/** No article or attached preposition, future prefix, pronoun suffix, dual, plural or feminine ending: a name's shape. */
function nameShaped(word: string): boolean {
  return word.length >= 3 && !/^(?:[وفبلك]?ال|لل|س[يتن])/.test(word) && !/(?:ه|ها|هم|ين|ون|ان|ات|وا|ة)$/.test(word);
}

/** Family names as text shows them: a name-shaped word of 5+ letters, not a dictionary word, after a name-shaped word (the first name). */
function familyNames(text: string): string[] {
  const words = text.split(/[^\u0621-\u064A]+/);
  return words.filter((w, i) => i > 0 && w.length >= 5 && nameShaped(w) && nameShaped(words[i - 1]!) && !dictionary().has(w) && !dictionary().has(`ال${w}`));
}

/**
 * A word of the corpus that no speaker alias holds and that a "what did X say" question answers
 * found:false with the paragraphs naming it (mentioned, never quoted): the first such family name (see
 * familyNames) read from the articles in order, so whatever the corpus, or null when it has none.
 */
export async function mentionedName(base: string): Promise<{ name: string; paragraphs: number } | null> {
  const { speakers } = await getJSON<{ speakers: Speaker[] }>(`${base}/v1/speakers`);
  const aliasWords = new Set(speakers.flatMap((s) => [s.name, ...s.aliases].join(" ").split(/\s+/)));
  const { articles } = await getJSON<{ articles: { id: string }[] }>(`${base}/v1/articles`);
  const tried = new Set<string>();
  for (const { id } of articles) {
    const article = await getJSON<{ paragraphs: { text: string }[] }>(`${base}/v1/articles/${encodeURIComponent(id)}`);
    for (const p of article.paragraphs) {
      for (const word of familyNames(p.text)) {
        if (aliasWords.has(word) || tried.has(word)) continue;
        tried.add(word);
        if (tried.size > 60) return null;
        const r = await askAPI(base, `ماذا قال ${word}؟`);
        if (!r.found && r.passages.length > 0) return { name: word, paragraphs: r.passages.length };
      }
    }
  }
  return null;
}

/**
 * A misspelling of a quoted speaker's family name (one inner letter swapped for a near one) that the API
 * answers found:false with that speaker among its closest_speakers, trying the speakers in turn; or null.
 */
export async function misspelledSpeaker(base: string, candidates: { speaker: Speaker }[]) {
  const swaps: Record<string, string> = { "ي": "ى", "و": "ؤ", "ك": "ق", "س": "ص", "ت": "ط", "د": "ض", "ز": "ذ", "ه": "ح", "ن": "م", "ر": "ل", "ل": "ر" };
  for (const { speaker } of candidates) {
    const family = speaker.name.split(/\s+/).at(-1)!;
    for (let i = family.length - 2; i > 0; i--) {
      const swap = swaps[family[i]!];
      if (!swap) continue;
      const name = family.slice(0, i) + swap + family.slice(i + 1);
      const r = (await askAPI(base, `ماذا قال ${name}؟`)) as { found: boolean; closest_speakers?: { name: string }[] };
      if (!r.found && r.closest_speakers?.some((s) => s.name === speaker.name)) return { name, speaker };
    }
  }
  return null;
}
