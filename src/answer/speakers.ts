import { bareNoun, foldTitle, isLatin, nameKey, officeHead, terms } from "../analysis";
import { findSpeakerEnglish } from "./english";
import { fitsSubject } from "./subject-fit";
import { ANONYMOUS_HEADS, BODY_NOUNS, RANKS, ROLE_NOUNS, TITLE_ADJECTIVES, TITLE_WORDS } from "../corpus/lexicon";
import { plainWords, type SearchIndex } from "../index";

export interface SpeakerStatement {
  doc: number;
  text: string;
  kind: "direct" | "reported";
}

interface SpeakerTable {
  /** Normalized alias -> speaker indexes, longest aliases first when matching. */
  aliases: ReadonlyArray<readonly [alias: string, speaker: number]>;
  /** Normalized alias -> its first place in `aliases` (the best speaker for it). */
  rank: Map<string, number>;
  /** Most words in an alias. */
  longest: number;
  /** Alias folded (foldTitle: no ال, no final ة, no inner long vowels) -> its first place in `aliases` (built on first use). */
  readonly folded: Map<string, number>;
  /** Alias name key (nameKey) -> the speakers holding it: near spellings, used only when one speaker has it (built on first use). */
  readonly near: Map<string, Set<number>>;
}

/** Keyed by the alias list (the same object for every slice a store builds in one generation), so it is built once. */
const tables = new WeakMap<object, SpeakerTable>();

/** Per-index lookup tables over the alias list the indexer ranked, built once per isolate on first use. */
function table(index: SearchIndex): SpeakerTable {
  let t = tables.get(index.data.extras.aliases());
  if (t) return t;
  const aliases = index.data.extras.aliases();
  // the folded forms and name keys were computed by the indexer (section aliasKeys)
  const keys = index.data.extras.aliasKeys();
  const rank = new Map<string, number>();
  let longest = 0;
  aliases.forEach(([alias], i) => {
    if (!rank.has(alias)) rank.set(alias, i);
    longest = Math.max(longest, alias.split(" ").length);
  });
  t = {
    aliases, rank, longest,
    // the fallback steps: built when a question first reaches them (a name asked as written needs neither)
    get folded() {
      const folded = new Map<string, number>();
      keys.folded.forEach((f, i) => {
        if (!folded.has(f)) folded.set(f, i);
      });
      Object.defineProperty(this, "folded", { value: folded });
      return folded;
    },
    get near() {
      const near = new Map<string, Set<number>>();
      aliases.forEach(([, speaker], i) => {
        const k = keys.near[i]!;
        const holders = near.get(k);
        if (holders) holders.add(speaker);
        else near.set(k, new Set([speaker]));
      });
      Object.defineProperty(this, "near", { value: near });
      return near;
    },
  };
  tables.set(index.data.extras.aliases(), t);
  return t;
}

/** A span that may be a title: a word with the article, or a title, rank, role, source or body noun. */
function titleLike(span: string): boolean {
  return span.split(" ").some((w) => /^(?:[وفبك]?ال|لل)../.test(w) || [TITLE_WORDS, RANKS, ROLE_NOUNS, ANONYMOUS_HEADS, BODY_NOUNS].some((list) => list.has(w)));
}

/** Whether the text opens with a title, role or body noun (المتحدث، وزير، وزارة): a title, not a name. */
export function titleOpening(text: string): boolean {
  const first = bareNoun(plainWords(text).split(" ")[0] ?? "");
  return [TITLE_WORDS, RANKS, ROLE_NOUNS, BODY_NOUNS].some((list) => list.has(first));
}

/**
 * The speaker a text names (longest alias that appears as whole words, a ل/ب prefix allowed), or null.
 * Every run of words in the text is looked up in the alias table, so the cost follows the text, not the corpus.
 */
export function findSpeaker(index: SearchIndex, text: string): { speaker: number; alias: string } | null {
  const t = table(index);
  const words = plainWords(text).split(" ").filter(Boolean);
  // an exact alias first; then the same title or name folded (الأميركي = الأمريكية); then a near
  // spelling of a name (كوفالسكايا = كوفالسكا) that only one speaker has. Longest span wins at each step.
  const steps: Array<(span: string) => number | undefined> = [
    (span) => t.rank.get(span),
    // titles only (a word with the article or a title word): a bare name folds onto other names
    // (سعود ~ ساعدة); and folded keys of two letters or fewer (علي ~ العالية، الله ~ ل) say nothing
    // and the office word as written, up to ال and ة (وزارة الداخلية folds onto وزير الداخلية: another speaker)
    (span) => {
      if (!titleLike(span) || foldTitle(span).replace(/ /g, "").length < 3) return undefined;
      const at = t.folded.get(foldTitle(span));
      return at !== undefined && officeHead(t.aliases[at]![0]) === officeHead(span) ? at : undefined;
    },
    (span) => {
      const holders = t.near.get(nameKey(span));
      if (!holders || holders.size !== 1) return undefined;
      const [speaker] = holders;
      return t.aliases.findIndex(([alias, s]) => s === speaker && nameKey(alias) === nameKey(span));
    },
  ];
  for (const step of steps) {
    const found: Array<{ at: number; from: number; to: number }> = [];
    for (let i = 0; i < words.length; i++) {
      for (let n = 1; n <= t.longest && i + n <= words.length; n++) {
        const span = words.slice(i, i + n).join(" ");
        // لوزير، بالرئيس: a ل/ب prefix off a word of three letters or more, never off بن or لي
        const forms = /^[\u0644\u0628]\S{3}/.test(span) ? [span, span.slice(1)] : [span];
        for (const alias of forms) {
          const at = step(alias);
          if (at !== undefined && at >= 0) found.push({ at, from: i, to: i + n });
        }
      }
    }
    found.sort((a, b) => a.at - b.at);
    const fit = found.find((f) => fitsSubject(index, t.aliases[f.at]![1], words, f.from, f.to));
    if (fit) {
      const [alias, speaker] = t.aliases[heldByName(index, t, fit.at)]!;
      return { speaker, alias };
    }
  }
  return null;
}

/**
 * The best speaker holding one of the titles whole: as written, else folded (الأميركي = الأمريكية), else
 * (when `prefix`, default true) an alias starting with the title as whole words (a title followed by a name); at each step the speaker
 * with the most statements. Unlike findSpeaker, a shorter alias inside a title does not count.
 */
export function speakerByTitle(index: SearchIndex, titles: readonly string[], prefix = true): { speaker: number; alias: string } | null {
  const t = table(index);
  const { speakers } = index.data.extras;
  const wanted = titles.map((title) => ({ exact: plainWords(title), folded: foldTitle(title) }));
  // folding merges وزير and وزارة: a folded match must keep the first word (the office) as written; and
  // only title words fold: a word of a name matches as written (سعد and السعودية both fold to سعد)
  const sameHead = (at: number, exact: string) => {
    const alias = t.aliases[at]![0].split(" ");
    const want = exact.split(" ");
    return alias[0] === want[0] && want.every((w, i) => alias[i] === w || (titleLike(w) && titleLike(alias[i] ?? "")));
  };
  const steps: Array<(w: (typeof wanted)[number]) => number[]> = [
    (w) => placesOf(t, w.exact),
    (w) => [t.folded.get(w.folded) ?? -1].filter((at) => at >= 0 && sameHead(at, w.exact)),
    (w) => !prefix ? [] : [...t.folded].filter(([alias, at]) => alias.startsWith(`${w.folded} `) && sameHead(at, w.exact)).map(([, at]) => at),
  ];
  for (const step of steps) {
    const places = wanted.flatMap(step).filter((at) => at >= 0);
    if (!places.length) continue;
    // a named holder of the office before the office alone: "the UN secretary general" is the man the
    // articles name with that title (بان كي مون), not the title written without a name; then most statements
    const named = places.filter((at) => personOffice(t.aliases[at]![0]) && namedHolder(speakers[t.aliases[at]![1]]!));
    const [alias, speaker] = t.aliases[mostQuoted(index, t, named.length ? named : places)]!;
    return { speaker, alias };
  }
  return null;
}

/** Every place of an alias as written: the ranked table (rankAliases) orders by length first, so they follow the first. */
function placesOf(t: SpeakerTable, alias: string): number[] {
  const first = t.rank.get(alias);
  if (first === undefined) return [];
  const out: number[] = [];
  for (let at = first; at < t.aliases.length && t.aliases[at]![0].length === alias.length; at++) if (t.aliases[at]![0] === alias) out.push(at);
  return out;
}

/**
 * An office written alone (الأمين العام للأمم المتحدة) whose title a named person also holds: that person's
 * place (the most statements among them), as speakerByTitle answers the office; else the place itself.
 */
function heldByName(index: SearchIndex, t: SpeakerTable, at: number): number {
  const { speakers } = index.data.extras;
  const [alias, speaker] = t.aliases[at]!;
  if (namedHolder(speakers[speaker]!) || !personOffice(alias)) return at;
  const named = placesOf(t, alias).filter((p) => namedHolder(speakers[t.aliases[p]![1]]!));
  return named.length ? mostQuoted(index, t, named) : at;
}

/** Of some places in the alias table, the one whose speaker has the most statements (the first of a tie). */
function mostQuoted(index: SearchIndex, t: SpeakerTable, places: readonly number[]): number {
  const { speakers } = index.data.extras;
  const statements = (at: number) => speakers[t.aliases[at]![1]]!.statements;
  return places.reduce((x, y) => (statements(y) > statements(x) ? y : x));
}

/**
 * A title one person holds at a time: it opens with a title word (وزير، الأمين العام، المتحدث; not a body:
 * الشرطة، وزارة الداخلية) and names whose office it is (الخارجية اليوناني، للأمم المتحدة): some later word is
 * not a title word or adjective. «المتحدث الرسمي»، «المشرف العام»، «المسؤول» name no one office.
 */
function personOffice(alias: string): boolean {
  const [first = "", ...rest] = alias.split(" ").map(bareNoun);
  const generic = (w: string) => [TITLE_WORDS, ROLE_NOUNS, RANKS, TITLE_ADJECTIVES].some((list) => list.has(w));
  return (TITLE_WORDS.has(first) || ROLE_NOUNS.has(first)) && rest.some((w) => !generic(w));
}

/** A person the articles name, not an office, body or source written without a name. */
function namedHolder(record: { person: boolean; name: string }): boolean {
  return record.person && !titleOpening(record.name);
}

/** A speaker by id or by any alias; a name in Latin letters is resolved as English questions resolve it. */
export function speakerByName(index: SearchIndex, name: string): number | null {
  const i = index.data.extras.speakers.findIndex((s) => s.id === name);
  if (i >= 0) return i;
  if (isLatin(name)) return findSpeakerEnglish(index, name)?.speaker ?? null;
  const wanted = plainWords(name);
  const hit = table(index).aliases.find(([alias]) => alias === wanted);
  return hit ? hit[1] : (findSpeaker(index, name)?.speaker ?? null);
}

/** A speaker's statements, direct first, then reported, each in corpus order. */
export function statementsBy(index: SearchIndex, speaker: number): SpeakerStatement[] {
  const { extras } = index.data;
  const decoded = new Map<number, ReturnType<typeof extras.statements>>(); // a paragraph's list, decoded once
  return extras.speakerStatements(speaker).map(([doc, at]) => {
    const list = decoded.get(doc) ?? decoded.set(doc, extras.statements(doc)).get(doc)!;
    const s = list[at]!;
    return { doc, text: s.text, kind: s.kind };
  });
}

/** Content stems of a text beyond the words of an alias: the topic of "what did X say about Y". */
export function topicTerms(text: string, alias: string): string[] {
  const drop = new Set(terms(alias));
  return terms(text).filter((t) => !drop.has(t));
}
