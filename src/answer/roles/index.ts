import type { SearchIndex } from "../../index";
import { speakerByTitle } from "../speakers";
import { NATIONS, OFFICES, ORGANISATIONS, type Office } from "./lists";

/** An English role subject read against the closed lists: one office and what it is of. */
export interface Role {
  /** Null for a body or country named on its own (the European Union). */
  office: Office | null;
  /** Arabic forms of a nationality adjective (no ال) and country names, or of an organisation. */
  adjectives: string[];
  nouns: string[];
}

/** Words that join a role's parts and add nothing (closed class). */
const JOINERS = new Set(["the", "of", "for", "a", "an", "s"]);

type Part = { office: Office } | { adjectives: string[]; nouns: string[] };

/** English phrase (lower case, words joined by a space) -> what it names, built once. */
let phrases: Map<string, Part> | undefined;
function phraseTable(): Map<string, Part> {
  if (phrases) return phrases;
  phrases = new Map();
  for (const office of OFFICES) for (const e of office.english) phrases.set(e.replace(/-/g, " "), { office });
  for (const [adjs, countries, arAdj, arCountries] of NATIONS) {
    for (const e of [...adjs, ...countries]) phrases.set(e.replace(/\./g, ""), { adjectives: arAdj, nouns: arCountries });
  }
  for (const [english, arabic] of ORGANISATIONS) for (const e of english) phrases.set(e.toLowerCase(), { adjectives: [], nouns: arabic });
  return phrases;
}
const LONGEST = 4;

/** Whether one English word names a nation or organisation of the closed lists (Saudi, Iran, FIFA): never a person's name. */
export function nationOrOrganisation(word: string): boolean {
  const part = phraseTable().get(word.toLowerCase());
  return part !== undefined && !("office" in part);
}

/**
 * An English subject read as a role ("the Iranian foreign minister", "Russia's foreign minister", "the
 * president of FIFA"): every word must be an office, a nation, an organisation or a joiner, with exactly
 * one office and one nation or organisation, or a nation, organisation or body office alone (a body that speaks). Null
 * otherwise (a name, or a role the lists do not hold).
 */
export function readRole(subject: string): Role | null {
  // U.S. and "U S" (a question's dots dropped) read as us
  const words = subject.toLowerCase().replace(/\b([a-z])\.?\s?(?=[a-z]\b)/g, "$1").replace(/[.’']/g, " ").split(/[^a-z]+/).filter(Boolean);
  const table = phraseTable();
  let office: Office | undefined;
  let qualifier: { adjectives: string[]; nouns: string[] } | undefined;
  for (let i = 0; i < words.length; ) {
    let n = Math.min(LONGEST, words.length - i);
    for (; n > 0 && !table.has(words.slice(i, i + n).join(" ")); n--);
    if (n === 0) {
      if (!JOINERS.has(words[i]!)) return null;
      i++;
      continue;
    }
    const part = table.get(words.slice(i, i + n).join(" "))!;
    if ("office" in part) {
      if (office) return null;
      office = part.office;
    } else {
      if (qualifier) return null;
      qualifier = part;
    }
    i += n;
  }
  if (office && qualifier) return { office, ...qualifier };
  // a body office on its own (the interior ministry, the police): its own titles
  if (office?.body) return { office, adjectives: [], nouns: [] };
  // a body or country on its own (the European Union, the Kremlin): no office, its own names
  return !office && qualifier ? { office: null, adjectives: [], nouns: qualifier.nouns } : null;
}

/** The Arabic titles a role is written as: office + adjective (وزير الخارجية الإيراني), office + noun (رئيس الفيفا). */
export function roleTitles(role: Role): string[] {
  if (!role.office) return role.nouns;
  if (role.office.body && !role.adjectives.length && !role.nouns.length) return role.office.adj;
  const out: string[] = [];
  for (const o of role.office.adj) for (const a of role.adjectives) out.push(`${o} ال${a}`);
  for (const o of role.office.of) {
    for (const n of role.nouns) {
      // a form ending in the preposition ل joins its noun: الأمين العام ل + الأمم المتحدة -> الأمين العام للأمم المتحدة
      out.push(o.endsWith(" ل") ? `${o.slice(0, -2)} ل${n.startsWith("ال") ? n.slice(1) : n}` : `${o} ${n}`);
    }
  }
  return out;
}

/**
 * The speaker an English role names, through the Arabic titles the speakers hold: the best-ranked alias
 * equal to one of the role's titles (or starting with it). Null when no speaker holds it: a role is
 * never answered by someone with another title.
 */
export function speakerByRole(index: SearchIndex, role: Role): { speaker: number; alias: string } | null {
  // a body's name must be the speaker's whole alias: الاتحاد الأوروبي is not الاتحاد الأوروبي لكرة القدم
  return speakerByTitle(index, roleTitles(role), role.office !== null);
}
