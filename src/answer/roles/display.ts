import { bareNoun, foldTitle, normalizeArabic, officeHead } from "../../analysis";
import { ANONYMOUS_HEADS, BODY_NOUNS, DOCUMENT_NOUNS, TITLE_WORDS } from "../../corpus/lexicon";
import { roleTitles } from "./index";
import { NATIONS, OFFICES, ORGANISATIONS, type Office } from "./lists";

/**
 * Arabic form (bodyKey) -> English, for bodies and countries that speak (the closed lists of lists.ts), built once.
 * Keyed by the normalized letters, not foldTitle: folding drops inner long vowels, so a person's name
 * would read as a country (كيري, Kerry, folds like كوريا).
 */
let bodies: Map<string, string> | undefined;
/**
 * Per office (OFFICES order): the folded first words of its Arabic forms, their first two words (null when a
 * form has fewer to say: one word, or a second that is the joining ل), and its titles (built when first asked).
 */
let offices: Array<{ heads: Set<string>; pairs: Set<string> | null; titles?: Map<string, string> }> | undefined;

/** An organisation's English name: its first name that is not an acronym, else the acronym (FIFA). */
function orgName(english: string[]): string {
  return english.find((e) => !/^[A-Z]{2,5}$/.test(e)) ?? english[0]!;
}

function capitalized(words: string): string {
  return words.replace(/\b([a-z])/g, (c) => c.toUpperCase()).replace(/^Us\b/, "US");
}

/** A body's name as the table keys it: normalized letters, words single-spaced (الأوروبي = الاوروبي). */
const bodyKey = (arabic: string) => normalizeArabic(arabic).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

function buildBodies(): Map<string, string> {
  const out = new Map<string, string>();
  for (const [english, arabic] of ORGANISATIONS) for (const a of arabic) out.set(bodyKey(a), `the ${orgName(english)}`);
  for (const [, countries, , arCountries] of NATIONS) for (const a of arCountries) out.set(bodyKey(a), capitalized(countries[0]!));
  return out;
}

/** Folded Arabic title -> English role for one office, with every nation and organisation, and alone (first form listed wins). */
function officeTitles(office: Office): Map<string, string> {
  const titles = new Map<string, string>();
  const add = (arabic: string, english: string) => {
    const f = foldTitle(arabic);
    if (!titles.has(f)) titles.set(f, english);
  };
  for (const [adjectives, , arAdj, arCountries] of NATIONS) {
    for (const t of roleTitles({ office, adjectives: arAdj, nouns: arCountries })) add(t, `the ${capitalized(adjectives[0]!)} ${office.english[0]}`);
  }
  for (const [english, arabic] of ORGANISATIONS) {
    for (const t of roleTitles({ office, adjectives: [], nouns: arabic })) add(t, `the ${english[0]} ${office.english[0]}`);
  }
  // an office on its own: الشرطة -> the police, وزير الخارجية -> the foreign minister (a title with no nation)
  if (office.body || office.bare !== false) for (const t of office.adj) add(t, `the ${office.english[0]}`);
  return titles;
}

/**
 * The English of a folded title: the offices are tried in list order, and only those with a form whose
 * first word (and second, when every form has one) is the title's own are expanded (every title an office
 * gives starts with a form), so the first question pays for one office's titles, not for every office's.
 */
function roleOf(folded: string, bodies: boolean): string | null {
  offices ??= OFFICES.map((o) => {
    const forms = [...o.adj, ...o.of].map((f) => f.split(/\s+/));
    const pair = (w: readonly string[]) => foldTitle(w.slice(0, 2).join(" "));
    return { heads: new Set(forms.map((w) => foldTitle(w[0]!))), pairs: forms.every((w) => w.length >= 2 && w[1] !== "ل") ? new Set(forms.map(pair)) : null };
  });
  const words = folded.split(" ");
  const head = words[0]!, pair = words.slice(0, 2).join(" ");
  for (let i = 0; i < offices.length; i++) {
    const o = offices[i]!;
    // folding merges وزير and وزارة: a person's title is read by the persons' offices, a body by the bodies';
    // an office whose forms all have two words is expanded only for a title opening with one of them (the
    // ministers share وزير: a title of one portfolio does not build every portfolio's titles)
    if (!o.heads.has(head) || (o.pairs && !o.pairs.has(pair)) || Boolean(OFFICES[i]!.body) !== bodies) continue;
    const hit = (o.titles ??= officeTitles(OFFICES[i]!)).get(folded);
    if (hit !== undefined) return hit;
  }
  return null;
}

/** Every folded title of a person's office the closed lists give, with its English, as one table (the first office listed wins); for tests. */
export function allRoleTitles(): Map<string, string> {
  const all = new Map<string, string>();
  for (const office of OFFICES) if (!office.body) for (const [f, e] of officeTitles(office)) if (!all.has(f)) all.set(f, e);
  return all;
}

/**
 * A body's or country's name in English when the closed lists hold it («الاتحاد الأوروبي» -> the European
 * Union; «وزارة الداخلية التركية» -> the Turkish interior ministry, a body office's title), else null.
 */
export function englishBodyName(arabic: string): string | null {
  const named = (bodies ??= buildBodies()).get(bodyKey(arabic));
  if (named) return named;
  const english = roleOf(foldTitle(arabic), true);
  // folding merges وزير and وزارة: the body's own office word as written (ال and ة aside)
  bodyHeads ??= new Set(OFFICES.filter((o) => o.body).flatMap((o) => [...o.adj, ...o.of].map(officeHead)));
  return english !== null && bodyHeads.has(officeHead(arabic)) ? english : null;
}
/** The office words of the body offices (officeHead), built once. */
let bodyHeads: Set<string> | undefined;

/** A title in English when it is an office of a nation or organisation the lists hold (وزير الخارجية الإيراني -> the Iranian foreign minister), else null. */
export function englishRoleTitle(arabic: string): string | null {
  return roleOf(foldTitle(arabic), false);
}

/**
 * Whether a name opens with a common noun of the closed lists that head an office, a body or an unnamed
 * source (وزير، مدير، المتحدث، وزارة، وكالة، مصدر; corpus/lexicon.ts): such a speaker (وزير النقل الماليزي)
 * is named by common nouns, which a speller would only transliterate ("Wazer al-Naql"); an English answer
 * shows it in Arabic when englishBodyName and englishRoleTitle know no English for it.
 */
export function headedByCommonNoun(arabic: string): boolean {
  const first = bareNoun(normalizeArabic(arabic.trim().split(/\s+/)[0] ?? ""));
  return TITLE_WORDS.has(first) || BODY_NOUNS.has(first) || ANONYMOUS_HEADS.has(first) || DOCUMENT_NOUNS.has(first);
}
