/**
 * The word lists behind statement and speaker extraction: one data file, plain Arabic as written
 * in news, normalized once at load (see normalize.ts). Nothing here names a particular person.
 */
import { normalizeArabic } from "../analysis";

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/** Speech verbs in their past, present, feminine and plural forms (و/ف are stripped before lookup). */
export const SPEECH_VERBS = set(`
قال قالت قالوا يقول تقول يقولون أوضح أوضحت أوضحوا يوضح توضح أكد أكدت أكدوا يؤكد تؤكد يؤكدون
أعلن أعلنت أعلنوا يعلن تعلن ذكر ذكرت ذكروا يذكر تذكر رأى رأت رأوا يرى ترى لفت لفتت لفتوا يلفت تلفت
أشار أشارت أشاروا يشير تشير أعرب أعربت أعربوا يعرب تعرب صرح صرحت صرحوا يصرح تصرح
أضاف أضافت أضافوا يضيف تضيف تابع تابعت تابعوا اعتبر اعتبرت اعتبروا يعتبر تعتبر شدد شددت شددوا يشدد تشدد
نفت نفوا ينفي تنفي كشف كشفت كشفوا يكشف تكشف حذر حذرت حذروا يحذر تحذر دعا دعت دعوا يدعو تدعو
أفاد أفادت أفادوا يفيد تفيد أبلغ أبلغت أردف أردفت استطرد اعترف اعترفت أقر أقرت زعم زعمت
علق علقت ختم ختمت طالب طالبت يطالب تطالب أعلنت اعتبرت وصف وصفت يصف تصف قالا أكدا أوضحا
نوه نوهت تمنى تمنت أشاد أشادت أدان أدانت ندد نددت انتقد انتقدت هنأ هنأت كتب كتبت غرد غردت
`);

/** «نقل عن فلان قوله …»: the speaker is the phrase after عن before these words. */
export const SAYING_NOUNS = set(`قوله قولها قولهم`);

/** Participles that continue the sentence's speaker (مؤكدا أن …): they never name a new one. */
export const SPEECH_PARTICIPLES = set(`
مؤكدا مؤكدة مضيفا مضيفة لافتا لافتة مشيرا مشيرة معتبرا معتبرة موضحا موضحة معربا معربة محذرا محذرة
مشددا مشددة نافيا نافية كاشفا كاشفة داعيا داعية متابعا متابعة قائلا قائلة معلنا معلنة
`);

/** Words that introduce a source after the quote: «…» بحسب فلان. */
export const SOURCE_MARKERS = set(`بحسب حسب وفق وفقا طبقا`);

/** Particles that open a reported clause: قال إن …، أكد أنّ … (with or without a pronoun). */
export const THAT_PARTICLES = set(`أن إن أنّ إنّ بأن بأنه بأنها أنه أنها إنه إنها أنهم إنهم أنهما انه انها`);

/** Words that end a speaker phrase after the verb. */
export const PHRASE_STOPS = set(`
في على عن إلى الى مع خلال بعد قبل عبر أمام امام حول من منذ لدى خلال ضمن أثناء اثناء حين عندما
الذي التي الذين اللذين اللتين اللواتي وهو وهي هو هي ما لا لم لن قد كان كانت أيضا ايضا
السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة اليوم أمس غدا مساء صباح ظهر لاحقا الآن امس
فيه فيها فيهم له لها لهم عنه عنها عنهم منه منها عليه عليها به بها إليه إليها نفسه نفسها أنفسهم
`);

/** Documents that speak for their author: وأضاف البيان أن … (the speaker is the body before). */
export const DOCUMENT_NOUNS = set(`بيان البيان التقرير تقرير الرساله البرقيه`);

/** Title words written without the article that belong to a title, not a name. */
export const TITLE_WORDS = set(`
رئيس رئيسة نائب نائبة وزير وزيرة سفير سفيرة مرشح مرشحة أمين امين مدير مديرة عضو عضوة قائد قائدة
زعيم زعيمة مستشار مستشارة ناطق ناطقة متحدث متحدثة مسؤول مسؤولة محافظ أمير ملك ولي وكيل مساعد
عميد مفتي إمام شيخ باسم لدى العام محلل محللة خبير خبيرة مندوب مبعوث ممثل رئيس وزراء
`);

/** Role nouns that stand for a person named earlier: السفير، الخبير، المتحدث. Without ال. */
export const ROLE_NOUNS = set(`
سفير سفيرة خبير خبيرة محلل محللة متحدث متحدثة ناطق ناطقة وزير وزيرة رئيس رئيسة مسؤول مسؤولة
مستشار مستشارة مبعوث مندوب دبلوماسي مصدر أمين مدير مديرة قائد زعيم زعيمة نائب نائبة مرشح مرشحة
`);

/** Roles generic enough to stand for the last person quoted when no title matches (الخبير، المحلل). */
export const GENERIC_ROLES = set(`خبير خبيرة محلل محللة مصدر مسؤول مسؤولة دبلوماسي`);

/** Name particles that join the tokens around them: عبد الله، فيصل بن بندر. */
export const NAME_LINKS = set(`بن بنت ابن عبد أبو ابو آل`);
