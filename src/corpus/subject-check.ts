/**
 * A stricter check for subjects read before the verb or before a colon (subject-before.ts): there the
 * words before the verb are often the end of another clause, not its subject («حيث قال»، «لقد قال»،
 * «كانت تقوم …»، «تم زيادة عدد العاملين قال»). The speaker model (speaker-score.ts) was fit on subjects
 * after the verb and scores such words high, so these paths first pass three checks on the first word:
 * - a function word or pronoun from a closed list (FUNCTION_WORDS);
 * - a preposition or a place word (PREPOSITION_WORDS): a preposition phrase is never a subject;
 * - a verb, by the corpus's own counts (word-stats.ts): the word with another person prefix
 *   (تقوم / يقوم، اريد / يريد) or its stem without a perfect ending (قررت / قرر، قالوا / قال) occurs at
 *   least as often as the word itself. Names do not conjugate: أحمد is far more frequent than يحمد.
 * A refused subject leaves the verb without one: the speaker before, or none ("unknown" over a wrong one).
 */
import type { WordStats } from "./word-stats";
import { prepositionPronoun } from "./preposition-pronoun";

/**
 * Function words that stand before a verb without being its subject (normalized): particles (لقد، حيث،
 * إلا، إنما), pronouns and pronoun-bearing prepositions (هو، منهم), demonstratives and relatives (هذا،
 * الذي), adverbs of place and manner (هناك، هكذا), the auxiliaries كان (كانت تقوم …) and تم, and the
 * connectives of cause and time that open the next clause and لعل with its pronoun (لذلك، حينما، لأن، بأنه، ولعلك: «وزارة الداخلية
 * وبشكل سريع لذلك حينما» is the ministry).
 */
const FUNCTION_WORDS = new Set(`
لقد قد حيث اذ اذا إذ إذا الا إلا انما إنما ما لا لم لن لما ثم بل لكن لكنه لكنها ولكن او أو اما أما
هو هي هم هن هما نحن انا أنا انت أنت انتم أنتم منهم منها منه منهما فيهم عليهم لهم بهم عنهم
هذا هذه ذلك تلك هؤلاء هولاء اولئك أولئك الذي التي الذين اللذين اللتين اللواتي من ماذا كيف متى اين أين لماذا
هناك هنا هكذا كذلك ايضا أيضا عندما بينما فيما كلما حتى كما مثلما تم يتم كان كانت يكون تكون كانوا
لذلك بذلك حينما حين حينئذ عندئذ ريثما لأن لان لكي كي بأنه بانه بأنها بانها لعل لعله لعلها لعلك لعلهم لعلنا
`.trim().split(/\s+/));

/**
 * Prepositions and place nouns used as prepositions (normalized): a phrase they open is an adjunct
 * (عن صالحي، غرب العراق، في مالي), never a speaker.
 */
export const PREPOSITION_WORDS = new Set(`
عن من في على الى إلى مع لدي لدى عند حول بين منذ خلال ضد نحو تجاه ازاء إزاء دون بدون عبر قرب امام أمام خلف
بعد قبل داخل خارج فوق تحت غرب شرق شمال جنوب وسط حيال بما مما
`.trim().split(/\s+/));

/** Whether a (normalized) word is a function word or a preposition: never a first name (عن in «عن ألفاريس»). */
export const isFunctionWord = (w: string) => FUNCTION_WORDS.has(w) || PREPOSITION_WORDS.has(w);

/** Least occurrences of the verb's other forms for a word to be read as a verb. */
const MIN_EVIDENCE = 5;
const c = (stats: WordStats, w: string) => stats.count.get(w) ?? 0;
/** The word without a leading و or ف, when the corpus has that form (وما → ما; فيصل stays). */
const noConjunction = (stats: WordStats, w: string) => (/^[وف]/.test(w) && w.length >= 3 && c(stats, w.slice(1)) > 0 ? w.slice(1) : w);

/** The imperfect's person prefixes (closed class): ي ت ن ا. */
const PERSON_PREFIXES = ["ي", "ت", "ن", "ا"];
/** The perfect's endings (closed class, in the order tried): وا ت ا. */
const PERFECT_ENDINGS = ["وا", "ت", "ا"];

/**
 * isVerbForm's answers per word, per WordStats (built once, never changed after: word-stats.ts): attribution
 * asks of one word several times (the subject check, verbLike, the clause subjects).
 */
const verbForms = new WeakMap<WordStats, Map<string, boolean>>();

/** Whether the corpus shows the (normalized) word to be a conjugated verb. */
export function isVerbForm(stats: WordStats, w: string): boolean {
  let memo = verbForms.get(stats);
  if (!memo) verbForms.set(stats, (memo = new Map()));
  let verb = memo.get(w);
  if (verb === undefined) memo.set(w, (verb = verbFormUncached(stats, w)));
  return verb;
}

function verbFormUncached(stats: WordStats, w: string): boolean {
  if (w.startsWith("ال") || w.length < 3) return false;
  const own = c(stats, w);
  const enough = (other: number) => other >= MIN_EVIDENCE && other >= own;
  // imperfect: the same stem with another person prefix (تقوم / يقوم، نريد / يريد)
  if (/^[يتنا]/.test(w) && w.length >= 4) {
    const rest = w.slice(1);
    let other = 0;
    for (const p of PERSON_PREFIXES) if (p !== w[0]) other += c(stats, p + rest);
    if (enough(other)) return true;
  }
  // perfect: the stem without its ending, a third-person stem the corpus has with ي (قررت / قرر / يقرر)
  for (const ending of PERFECT_ENDINGS) {
    if (!w.endsWith(ending)) continue;
    const stem = w.slice(0, -ending.length);
    if (stem.length < 3 || (ending === "ا" && stem.length !== 3)) continue;
    if (enough(c(stats, stem)) && c(stats, `ي${stem}`) > 0) return true;
  }
  return false;
}

/**
 * What a person's name opening with a preposition word is (any path; its normalized words): "source"
 * for عن before a name (نقلت الوكالة عن صالحي: the name after عن is the speaker), "place" for a place
 * or other preposition phrase (غرب العراق، في مالي: no name at all), null when it opens with neither.
 * `written`: the first word as written, where على (preposition) and علي (a name) still differ.
 */
export function prepositionLead(stats: WordStats, words: string[], written?: string): "source" | "place" | null {
  if (words.length < 2) return null;
  // على as written, with ى: the preposition (وأطلق الرصاص على سويت), which normalizes to the name علي
  if (written !== undefined && /^[وف]?على$/.test(written.replace(/[\u064B-\u0652\u0640]/g, ""))) return "place";
  const w = noConjunction(stats, words[0]!);
  if (w === "عن") return "source";
  return PREPOSITION_WORDS.has(w) ? "place" : null;
}

/** Why a subject read before its verb or colon is refused (its normalized words), or null when it passes. */
export function subjectProblem(stats: WordStats, words: string[]): "function word" | "preposition" | "verb" | null {
  // «فعن علقمة قال»: the name after عن is the source
  if (words.length > 1 && noConjunction(stats, words[0]!) === "عن") return subjectProblem(stats, words.slice(1));
  const first = words[0];
  if (!first) return "function word";
  const w = noConjunction(stats, first);
  if (FUNCTION_WORDS.has(w) || FUNCTION_WORDS.has(first)) return "function word";
  if (PREPOSITION_WORDS.has(w) || PREPOSITION_WORDS.has(first) || prepositionPronoun(first)) return "preposition";
  if (isVerbForm(stats, w)) return "verb";
  return null;
}
