import { normalizeArabic, terms } from "../analysis";
import type { SpeakerRecord } from "../corpus/annotate";
import type { SearchIndex } from "../index";

export interface SpeakerStatement {
  doc: number;
  text: string;
  kind: "direct" | "reported";
}

interface SpeakerTable {
  /** Normalized alias -> speaker indexes, longest aliases first when matching. */
  aliases: Array<[alias: string, speaker: number]>;
  /** Normalized alias -> its first place in `aliases` (the best speaker for it). */
  rank: Map<string, number>;
  /** Most words in an alias. */
  longest: number;
  statements: SpeakerStatement[][];
}

const tables = new WeakMap<SearchIndex, SpeakerTable>();

/** Per-index lookup tables, built once per isolate on first use. */
function table(index: SearchIndex): SpeakerTable {
  let t = tables.get(index);
  if (t) return t;
  const { speakers, statements } = index.data.extras;
  const aliases: Array<[string, number]> = [];
  speakers.forEach((s, i) => {
    for (const a of new Set([s.name, ...s.aliases])) aliases.push([plain(a), i]);
  });
  aliases.sort((a, b) => b[0].length - a[0].length || statementsOf(speakers, b[1]) - statementsOf(speakers, a[1]));
  const bySpeaker: SpeakerStatement[][] = speakers.map(() => []);
  for (const [doc, list] of Object.entries(statements)) {
    for (const s of list) if (s.speaker !== null) bySpeaker[s.speaker]!.push({ doc: Number(doc), text: s.text, kind: s.kind });
  }
  for (const list of bySpeaker) list.sort((a, b) => (a.kind === b.kind ? a.doc - b.doc : a.kind === "direct" ? -1 : 1));
  const rank = new Map<string, number>();
  aliases.forEach(([alias], i) => rank.has(alias) || rank.set(alias, i));
  const longest = aliases.reduce((n, [alias]) => Math.max(n, alias.split(" ").length), 0);
  t = { aliases, rank, longest, statements: bySpeaker };
  tables.set(index, t);
  return t;
}

function statementsOf(speakers: SpeakerRecord[], i: number): number {
  return speakers[i]!.statements;
}

/** Normalized words joined by single spaces, for whole-word matching. */
export function plain(text: string): string {
  return normalizeArabic(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

/**
 * The speaker a text names (longest alias that appears as whole words, a ل/ب prefix allowed), or null.
 * Every run of words in the text is looked up in the alias table, so the cost follows the text, not the corpus.
 */
export function findSpeaker(index: SearchIndex, text: string): { speaker: number; alias: string } | null {
  const t = table(index);
  const words = plain(text).split(" ").filter(Boolean);
  let best = Infinity;
  for (let i = 0; i < words.length; i++) {
    for (let n = 1; n <= t.longest && i + n <= words.length; n++) {
      const span = words.slice(i, i + n).join(" ");
      for (const alias of /^[\u0644\u0628]/.test(span) ? [span, span.slice(1)] : [span]) {
        const at = alias ? t.rank.get(alias) : undefined;
        if (at !== undefined && at < best) best = at;
      }
    }
  }
  if (best === Infinity) return null;
  const [alias, speaker] = t.aliases[best]!;
  return { speaker, alias };
}

/** A speaker by id or by any alias. */
export function speakerByName(index: SearchIndex, name: string): number | null {
  const i = index.data.extras.speakers.findIndex((s) => s.id === name);
  if (i >= 0) return i;
  const wanted = plain(name);
  const hit = table(index).aliases.find(([alias]) => alias === wanted);
  return hit ? hit[1] : (findSpeaker(index, name)?.speaker ?? null);
}

/** A speaker's statements, direct first, then reported, each in corpus order. */
export function statementsBy(index: SearchIndex, speaker: number): SpeakerStatement[] {
  return table(index).statements[speaker] ?? [];
}

/** Content stems of a text beyond the words of an alias: the topic of "what did X say about Y". */
export function topicTerms(text: string, alias: string): string[] {
  const drop = new Set(terms(alias));
  return terms(text).filter((t) => !drop.has(t));
}
