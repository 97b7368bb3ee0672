import { normalizeArabic } from "./normalize";

/**
 * Arabic function words, written plainly and normalized once at load.
 * Question words (ماذا، ما، من، متى، أين، كم، هل، كيف، لماذا) are not content either, nor are they
 * when written fused with a pronoun or a preposition (ماهو = ما هو، بماذا، لمن): in the QA sets' questions
 * these were "words no paragraph holds" (issue 16). Prose function words of the same shape (مما، عما،
 * فيما) and a bare ال are left as they were: as stopwords they changed the summaries (docs/quality.md).
 */
const ARABIC = `
ماذا ما من متى أين اين كم هل كيف لماذا لم لن لا أي أيّ الذي التي الذين اللذين اللتين اللواتي اللاتي
في على عن إلى الى مع منذ حتى خلال عند لدى بين ضد نحو دون عبر حول قبل بعد فوق تحت أمام وراء بعض كل جميع
هذا هذه ذلك تلك هؤلاء أولئك هنا هناك هو هي هم هن هما أنا نحن أنت أنتم انت انتم
أن إن أنّ إنّ ان كان كانت كانوا يكون تكون قد لقد كما لكن لكنه لكنها ثم أو او أم بل إذ إذا اذا لو لولا
إلا الا غير سوى أيضا ايضا فقط حيث بينما عندما كذلك وقد وفي ومن وعلى وهو وهي وان وأن ولا ولم ولن وما
به بها بهم له لها لهم فيه فيها فيهم منه منها منهم عليه عليها عليهم عنه عنها إليه إليها اليه اليها
عدد اسم نوع احد أحد يسمى تسمى سمي شيء
ماهو ماهي ماهم بماذا لمن
يا وإن فإن لأن لان أنه أنها انه انها إنه إنها كل ذات ذو التى الذى
`;

/** English stopwords and question words (used for Latin-script queries). */
const ENGLISH = `
a an the of to in on at by for from with about as into over after before under between through during
and or but not no nor so than too very is are was were be been being am do does did done have has had
having will would shall should can could may might must it its it's this that these those there here
i me my we our you your he him his she her they them their what which who whom whose when where why how
tell told say said says about any all some such only also just up down out if then
`;

function toSet(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

export const ARABIC_STOPWORDS: ReadonlySet<string> = toSet(ARABIC);
export const ENGLISH_STOPWORDS: ReadonlySet<string> = toSet(ENGLISH);

/** True for a normalized token that carries no content. Single letters never do. */
export function isStopword(token: string): boolean {
  if (token.length < 2) return true;
  if (ARABIC_STOPWORDS.has(token) || ENGLISH_STOPWORDS.has(token)) return true;
  // و and ف glued to a function word: وهذا، فهو، وعن
  const first = token[0];
  if ((first === "\u0648" || first === "\u0641") && token.length > 2 && ARABIC_STOPWORDS.has(token.slice(1))) return true;
  return false;
}
