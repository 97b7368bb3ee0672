/**
 * A preposition with a pronoun suffix (عنه، عنك، لها، إليه، عليهم، منكم، لدينا …): an adjunct or an
 * addressee, never a speaker nor a word of a name. Both parts are closed classes.
 */

/** Prepositions and adverbs of time and place that take a pronoun suffix (normalized: على -> علي، إلى -> الي، لدى -> لدي). */
const PREPOSITIONS = new Set(`عن من مع عند لدي خلال بين حول ضد منذ فوق تحت امام خلف عبر دون بعد قبل في علي الي ل ب`.split(" "));
/** Prepositions that take the first person's ي / ني (عني، مني، معي، فيّ، عليّ، إليّ، لديّ); others read so are adjectives (عبري، خلفي، قبلي). */
const FIRST_PERSON = new Set(`عن من مع عند في علي الي لدي`.split(" "));
/** Pronoun suffixes (closed class), longest first: هما before ها and ه. */
const SUFFIXES = ["هما", "كما", "ها", "هم", "هن", "كم", "كن", "نا", "ني", "ه", "ك", "ي"];

/**
 * Whether a word is a preposition with a pronoun suffix. `norm`: normalized (normalizeArabic); `raw`: as
 * written, when known, so that a final ة (علية، منة: names) and ى (منى) are not read as pronouns. ي / ني
 * only on FIRST_PERSON's prepositions (لي and بي are left out: Lee and Bee are names in the news).
 */
export function prepositionPronoun(norm: string, raw?: string): boolean {
  const written = raw?.replace(/[\u064B-\u0652\u0640]/g, "");
  if (written !== undefined && /[ةى]$/.test(written)) return false;
  for (const w of /^[وف]../.test(norm) ? [norm, norm.slice(1)] : [norm]) {
    for (const s of SUFFIXES) {
      if (!w.endsWith(s) || w.length === s.length) continue;
      const stem = w.slice(0, -s.length);
      if (PREPOSITIONS.has(stem) && (FIRST_PERSON.has(stem) || (s !== "ي" && s !== "ني"))) return true;
    }
  }
  return false;
}
