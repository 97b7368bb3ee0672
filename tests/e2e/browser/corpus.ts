import { transliterate } from "../../../src/answer/english";

interface Speaker { name: string; title: string | null; aliases: string[]; statements: number }
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
