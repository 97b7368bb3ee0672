import type { Article } from "../../../src/corpus/schema";

/**
 * An article written for the archive's speaker-list tests: besides real sources it quotes «صحتها»
 * (a noun with a pronoun, which the corpus has mostly as صحة / الصحة), a speaker the speaker-list
 * check (src/index/speaker-list.ts) refuses over the parity corpus.
 */
export const junkSpeakerArticle: Article = {
  id: "j-health",
  title: "الصحة العامة",
  language: "ar",
  paragraphs: [
    "تحسنت الصحة العامة في المدينة، وقالت وزارة الصحة إن صحة الأطفال أفضل.",
    "الصحة أولوية، وصحة المسنين كذلك، والصحة النفسية مهمة، وصحة المرأة في تحسن.",
    "وقال طبيب في المستشفى إن الطبيب المناوب كان حاضرا.",
    "وقالت صحتها إن الوضع مستقر.",
  ],
};
