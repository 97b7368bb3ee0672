/**
 * Where a person's name ends, from the corpus's own word counts (word-stats.ts). The parser takes the
 * last run of words without a title as the name; after a speech verb that run often goes on into the
 * verb's object or an adjunct: «دونيس بالمعسكر الإعدادي», «جلال حمزة بتنظيم البطولة», «جون كيري أهمية
 * الدور», «نتانياهو الهجوم». Names do not inflect; the words glued to them do, and the corpus shows it:
 * - a preposition letter on a word the corpus has without it (بالمعسكر / المعسكر، بتنظيم / تنظيم);
 * - a common noun: the corpus has it with the article or a pronoun (يوم / اليوم، حاكم / الحاكم), or,
 *   in construct before an article word (دعم الولايات), at least a fifth as often as bare;
 * - a word with the article whose bare form takes pronouns (الهجوم: هجومها، هجومهم): not a family name
 *   (السحيباني، الفهد);
 * - an accusative adverb whose stem is common (متحدثا / متحدث);
 * - after a run of clear names (بنيامين نتنياهو), an article word whose bare form takes pronouns at all
 *   often (الاتفاق: اتفاقها، اتفاقهم at 2% of اتفاق): the verb's object, not a family name;
 * - for a body as for a person, a preposition with a pronoun (المرصد بعدها، الوزارة عنه): an adjunct.
 * A word is never cut when a clear name (a word the corpus never inflects) follows it (رجب طيب أردوغان),
 * and words after a name link (بن، عبد، أبو، آل) belong to the name.
 * The thresholds were set on the tuning labels (docs/quality.md).
 */
import { BODY_NOUNS, COMPOUND_SECONDS, DEFINITE_LINKS, NAME_LINKS, NEWS_AGENCIES, RANKS, TITLE_WORDS } from "./lexicon";
import type { WordStats } from "./word-stats";

const c = (stats: WordStats, w: string) => stats.count.get(w) ?? 0;
/** Pronoun suffixes a noun takes and a name does not (closed class); ه is left out (it is also ة). */
const PRONOUNS = ["ها", "هم", "هما", "كم", "نا"];
/** Least corpus evidence (occurrences of the other forms) for a cut. */
const MIN_EVIDENCE = 5;
/** Share of pronoun forms an article word's bare form needs to be cut after clear names (else 5%). */
const AFTER_NAMES_SHARE = 0.02;
/** Prepositions and adverbs of time and place that take a pronoun (closed class): بعدها، عنه، معهم، خلالها. */
const PRONOUN_PREPOSITIONS = new Set(`بعد قبل عن من مع عند لدي خلال بين حول ضد منذ فوق تحت امام خلف عبر دون`.split(" "));
const ALL_PRONOUNS = ["ه", ...PRONOUNS];

/** A preposition with a pronoun (بعدها، عنه، معهم): never a word of a name or a body's name. */
export function prepositionWithPronoun(w: string): boolean {
  return ALL_PRONOUNS.some((p) => w.endsWith(p) && PRONOUN_PREPOSITIONS.has(w.slice(0, -p.length)));
}

/** Share of a word's own count that both its pronoun forms and its verb forms need for a verbal noun. */
const VERBAL_NOUN_SHARE = 0.2;
/** Imperfect prefixes (closed class): يحرص، تحرص، نحرص are the verb of حرص. */
const IMPERFECT = ["ي", "ت", "ن"];
/** The imperfect forms of the verb of a verbal noun, ة off (رغبة: يرغب، ترغب). */
const verbForms = (stats: WordStats, w: string) => {
  const stem = w.length > 3 ? w.replace(/ه$/, "") : w;
  return IMPERFECT.reduce((s, p) => s + c(stats, p + stem), 0);
};
const pronounForms = (stats: WordStats, stem: string) => PRONOUNS.reduce((s, p) => s + c(stats, stem + p), 0);
/** The word's forms with the article, with any pronoun (ه included) and, for ة, with ت. */
function inflections(stats: WordStats, w: string): number {
  const stem = w.replace(/ه$/, "ت");
  return c(stats, `ال${w}`) + pronounForms(stats, stem) + c(stats, `${stem}ه`) * Number(stem !== w || !w.endsWith("ي"));
}

/** Why the word cannot continue a name, or null when it can (the reason is for the eval's listing). */
export function gluedReason(stats: WordStats, w: string, next: string | undefined, afterNames = false): string | null {
  if (w === "ل" || w === "ب" || /^لل/.test(w)) return "addressee";
  if (prepositionWithPronoun(w)) return "preposition";
  const own = c(stats, w);
  const rest = w.slice(1);
  if (/^[بل]/.test(w) && rest.length >= 3) {
    const alt = c(stats, rest) + (rest.startsWith("ال") ? 0 : c(stats, `ال${rest}`));
    if (alt >= MIN_EVIDENCE && alt >= 2 * own) return "preposition";
  }
  if (w.startsWith("ال")) {
    const bare = w.slice(2);
    const pron = pronounForms(stats, bare.replace(/ه$/, "ت"));
    return bare.length >= 3 && pron >= MIN_EVIDENCE && pron >= (afterNames ? AFTER_NAMES_SHARE : 0.05) * c(stats, bare) ? "noun with article" : null;
  }
  const infl = inflections(stats, w);
  // names take no pronoun (شريف، مبارك have الشريف but no شريفها): a common noun needs both kinds of evidence
  const pron = pronounForms(stats, w.replace(/ه$/, "ت"));
  if (infl >= MIN_EVIDENCE && pron >= 2 && (infl >= own || (next?.startsWith("ال") && infl >= 0.2 * own))) return "common noun";
  // a verbal noun that is also the verb (حرص: حرصه، حرصها and يحرص، تحرص): the verb's object, not a name
  // (عمر takes pronouns as «age» but no verb prefix; حسن، فضل take the prefix but rarely a pronoun)
  if (infl >= MIN_EVIDENCE && pron >= VERBAL_NOUN_SHARE * own && verbForms(stats, w) >= VERBAL_NOUN_SHARE * own) return "verbal noun";
  if (w.endsWith("ا") && w.length >= 5) {
    const stem = w.slice(0, -1);
    const alt = c(stats, stem) + c(stats, `ال${stem}`);
    if (alt >= MIN_EVIDENCE && alt >= 2 * own) return "adverb";
  }
  return null;
}

/**
 * A ب phrase glued after a body's name (دوائر مصرية مختلفة برد فعل، وزارة الداخلية وبشكل سريع): ب, with
 * or without و, on an indefinite word the corpus has more often bare, not a body or title noun and not
 * in construct with an article word (بوزارة الداخلية، بمنطقة الرياض stay: they qualify the body).
 */
function adverbialAfterBody(stats: WordStats, w: string, next: string | undefined): boolean {
  const bare = w.replace(/^و(?=ب)/, "");
  if (!/^ب/.test(bare) || /^بال/.test(bare) || next?.startsWith("ال")) return false;
  const stem = bare.slice(1);
  if (MANNER_HEADS.has(stem)) return true;
  const alt = c(stats, stem) + c(stats, `ال${stem}`);
  return stem.length >= 2 && !BODY_NOUNS.has(stem) && !TITLE_WORDS.has(stem) && alt >= MIN_EVIDENCE && alt >= 2 * c(stats, bare);
}
/** Nouns that make a ب phrase of manner (بشكل سريع، بصورة عاجلة، بطريقة …): closed class, normalized. */
const MANNER_HEADS = new Set(["شكل", "صوره", "طريقه", "نحو", "اسلوب"]);

/** Occurrences of a stem's sound plurals (ون، ين), bare or with the article: مستثمرون، القياديين. */
const plurals = (stats: WordStats, stem: string) => c(stats, `${stem}ون`) + c(stats, `${stem}ين`) + c(stats, `ال${stem}ون`) + c(stats, `ال${stem}ين`);
/** Least sound-plural occurrences for a word to be a noun of persons (an apposition's head). */
const MIN_PLURALS = 3;
/** Least share of the definite word's own count its plurals need (القيادي 15 of 49; المخرج 12 of 65 stays a name). */
const DEFINITE_PLURAL_SHARE = 0.3;

/**
 * Whether words[k] opens an apposition after a full name (two name words or more before it): a noun of
 * persons, which the corpus has in the sound plural, and
 * - indefinite, in construct with an article word, and as common with the article as without
 *   («حسين ناجي مذيع المسرح العام»: مذيع، المذيع، مذيعين), or
 * - definite, closing the name with the phrase going on after it (`continued`: its complement or the
 *   rest of the title), and its plurals at least 0.3 of its own count («إسماعيل هنية القيادي في حركة
 *   حماس»، «ديك ديربن المؤيد للاتفاق»), or before a definite nisba alone («خليفة جبر المنتج المسرحي»),
 *   where a family name closing the phrase stays («… المخرج أن»).
 */
function appositionHead(stats: WordStats, words: string[], k: number, continued: boolean): boolean {
  const w = words[k]!;
  if (k < 2 || words.slice(k - 2, k).some((x) => NAME_LINKS.has(x)) || TITLE_WORDS.has(w) || RANKS.has(w)) return false;
  if (w.startsWith("ال")) {
    const stem = w.slice(2);
    // closing the name with the phrase going on, or followed by a definite nisba only (خليفة جبر المنتج المسرحي)
    const placed = (continued && k === words.length - 1) || (k === words.length - 2 && /^ال.+(?:ي|يه)$/.test(words[k + 1]!));
    return placed && stem.length >= 3 && c(stats, w) >= MIN_PLURALS && plurals(stats, stem) >= MIN_PLURALS && plurals(stats, stem) >= DEFINITE_PLURAL_SHARE * c(stats, w);
  }
  return words[k + 1]?.startsWith("ال") === true && w.length >= 3 && plurals(stats, w) >= MIN_PLURALS && c(stats, `ال${w}`) >= c(stats, w);
}

/** Whether nameLength cut the name at k because words[k] opens an apposition (the cut words are a title). */
export function appositionCut(stats: WordStats, words: string[], k: number): boolean {
  return appositionHead(stats, words, k, true);
}

/**
 * A definite word before a name that is a foreign first name, not a title (الفريدو زاموديو، الكسندر
 * نوفاك): the corpus has it and never has it without ال, in the feminine (البرتغالية: a nationality) or
 * in the plural (المنشدين); it is no title, rank or body word; and the name after it is one clear name
 * (a family name before a common-noun phrase, «القحطاني اكتمال …», stays apart; before a full name,
 * «البريغادير روي الكابيتس», the word is a title).
 */
export function firstNameWithAl(stats: WordStats, w: string, name: string[]): boolean {
  const bare = w.replace(/^ال/, "");
  return w !== bare && bare.length >= 3 && c(stats, w) > 0 && c(stats, bare) + c(stats, `${bare}ه`) + c(stats, `${w}ه`) + plurals(stats, bare) === 0
    && !TITLE_WORDS.has(w) && !TITLE_WORDS.has(bare) && !RANKS.has(w) && !RANKS.has(bare) && !BODY_NOUNS.has(bare)
    && !NEWS_AGENCIES.has(w) && name.length === 1 && plainName(stats, name[0]!);
}

/** A clear name that is no other word with a pronoun, an accusative ending or و on it (تصريحاته، نقلا، وتايوان). */
export function plainName(stats: WordStats, w: string): boolean {
  if (!clearName(stats, w)) return false;
  for (const x of ["ه", "ها", "هم", "ا"]) {
    const stem = w.slice(0, -x.length);
    if (w.endsWith(x) && stem.length >= 3 && c(stats, stem) + c(stats, stem.replace(/ت$/, "ه")) > 0) return false;
  }
  return !(w.startsWith("و") && w.length >= 4 && c(stats, w.slice(1)) > 0);
}

/**
 * Whether a clear name follows words[k] before any word glued to a name: «رجب طيب أردوغان» keeps طيب;
 * «مازن بترجي حرص قطاع الأعمال بالسعودية» does not keep حرص (قطاع is a common noun, and بالسعودية, which the
 * corpus never inflects, is a preposition phrase, not a name).
 */
function clearNameAfter(stats: WordStats, words: string[], k: number): boolean {
  for (let j = k + 1; j < words.length; j++) {
    const glued = gluedReason(stats, words[j]!, words[j + 1]) !== null;
    if (!glued && clearName(stats, words[j]!)) return true;
    if (glued) return false;
  }
  return false;
}

/** A word the corpus has and never inflects: a name that keeps the words before it in the name. */
export function clearName(stats: WordStats, w: string): boolean {
  if (w.startsWith("ال")) return c(stats, w) > 0 && c(stats, w.slice(2)) === 0; // السحيباني: never without ال
  return c(stats, w) > 0 && inflections(stats, w) === 0;
}

/**
 * How many leading words of a person's name are a place or preposition phrase before it (بجدة عمر
 * الجاسر، بقيادة …): the words the corpus has without their ب/ل, while a word is left after them.
 */
export function nameStart(stats: WordStats, words: string[]): number {
  let k = 0;
  while (k < words.length - 1 && /^(?:addressee|preposition)$/.test(gluedReason(stats, words[k]!, words[k + 1]) ?? "")) k++;
  return k;
}

/**
 * How many of a name's words (normalized) are the name: the first word always, then up to the first
 * word glued to it. `words.length` when nothing is glued. For a body or an unnamed source (`person`
 * false: وزارة الطاقة، مصادر تركية) only a bare ل/ب fragment (مصادر تركية لـ) is cut. `continued`
 * (default false): the speaker phrase goes on after the name (a definite last word may open an apposition).
 * `ends` (default false): the phrase ends right after the last word (a break, أنّ, an addressee): a common
 * noun there is a family name (طلال سلامة لـ«…»، مها صديق وهي …), as no object of the verb stands alone so.
 */
export function nameLength(stats: WordStats, words: string[], person = true, continued = false, ends = false): number {
  if (!person) {
    const k = words.findIndex((w, i) => i > 0 && (w === "ل" || w === "ب" || prepositionWithPronoun(w) || adverbialAfterBody(stats, w, words[i + 1])));
    return k > 0 ? k : words.length;
  }
  for (let k = 1; k < words.length; k++) {
    if (NAME_LINKS.has(words[k - 1]!) || NAME_LINKS.has(words[k]!) || DEFINITE_LINKS.has(words[k - 1]!) || DEFINITE_LINKS.has(words[k]!)) continue;
    if (COMPOUND_SECONDS.has(words[k]!) && !words[k - 1]!.startsWith("ال")) continue; // جمال الدين الأفغاني
    // a title or rank word closing the name (أيمن فؤاد سيد) is there because the parser read it as the
    // family name (speaker-phrase.ts): its article and pronoun forms say nothing about that use
    if (k === words.length - 1 && (TITLE_WORDS.has(words[k]!) || RANKS.has(words[k]!))) continue;
    if (appositionHead(stats, words, k, continued)) return k;
    const afterNames = words.slice(0, k).every((w) => clearName(stats, w));
    const reason = gluedReason(stats, words[k]!, words[k + 1], afterNames);
    if (!reason || (ends && reason === "common noun" && k === words.length - 1)) continue;
    // a clear name after it keeps a word in the name (رجب طيب أردوغان), but not one with ل on it: ل never
    // stands inside a name, the name after it is the addressee (الملك عبد العزيز لحافظ وهبة)
    if (!(reason === "preposition" && words[k]!.startsWith("ل")) && clearNameAfter(stats, words, k)) continue;
    return k;
  }
  return words.length;
}
