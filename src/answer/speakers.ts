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
  t = { aliases, statements: bySpeaker };
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

/** The speaker a text names (longest alias that appears as whole words, a ل/ب prefix allowed), or null. */
export function findSpeaker(index: SearchIndex, text: string): { speaker: number; alias: string } | null {
  const words = ` ${plain(text)} `;
  for (const [alias, speaker] of table(index).aliases) {
    if (words.includes(` ${alias} `) || words.includes(` ل${alias} `) || words.includes(` ب${alias} `)) return { speaker, alias };
  }
  return null;
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
