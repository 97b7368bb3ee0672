/**
 * The word lists behind statement and speaker extraction: one data file, plain Arabic as written
 * in news, normalized once at load (see normalize.ts). Nothing here names a particular person.
 */
import { normalizeArabic } from "../analysis";
import { participleFormsOf, readParadigms, verbForms } from "./speech-forms";

function set(words: string): ReadonlySet<string> {
  return new Set(words.split(/\s+/).filter(Boolean).map(normalizeArabic));
}

/**
 * Speech verbs by their principal parts, one row each: past, present and participle, third masculine
 * singular, `-` for a form left out (speech-forms.ts makes the feminine and plural forms; و/ف are stripped
 * at lookup). Closed class: verbs of saying, stating, announcing, warning, calling for, believing and
 * expecting (the labels count توقع أن، رأى أن، اعتقد أن as statements). A form is left out when it is as often
 * another word: the present of اعتبر and فسر is mostly the passive (يُعتبر «is considered», يُفسَّر «is read
 * as»), يتابع «follows», يعد «counts», يدين «owes», تخلص «gets rid of»; the past نفى is the noun نفي; the participles مطالبة
 * «a demand», معلقة «suspended», مبلغ «a sum», مقر «a seat», متوقع and مفيد are adjectives (المتوقع أن «it is
 * expected»), متهم «accused», مبرر «a reason», متابعين «followers». Those that are still speech in one form stand in SPEECH_VERB_FORMS.
 */
export const SPEECH_VERB_PARADIGMS = readParadigms(`
قال يقول قائل
أوضح يوضح موضح
أكد يؤكد مؤكد
أعلن يعلن معلن
ذكر يذكر -
رأى يرى -
لفت يلفت لافت
أشار يشير مشير
أعرب يعرب معرب
صرح يصرح مصرح
أضاف يضيف مضيف
تابع - -
اعتبر - معتبر
شدد يشدد مشدد
- ينفي نافي
كشف يكشف كاشف
حذر يحذر محذر
دعا يدعو داعي
أفاد يفيد -
أبلغ يبلغ -
أردف - مردف
استطرد - -
اعترف يعترف معترف
أقر يقر -
زعم يزعم زاعم
علق - -
ختم - -
اختتم - مختتم
طالب يطالب -
وصف يصف واصف
نوه ينوه منوه
تمنى يتمنى متمني
أشاد يشيد مشيد
أدان - -
ندد يندد مندد
انتقد - منتقد
هنأ - -
كتب - -
غرد - -
أبان - -
أفصح - -
نبه ينبه منبه
توقع يتوقع -
رجح - -
اعتقد يعتقد -
خلص - -
فسر - -
علل يعلل -
برر يبرر -
وعد - -
استدرك - مستدرك
تساءل يتساءل متسائل
ألمح يلمح -
أجاب يجيب مجيب
`);

/**
 * Speech verb forms outside the paradigms: duals (قالا، أكدا), بيّن with its و (بين alone is «between»), the
 * verbs with a pronoun object that a relative clause uses (ما قاله), and the forms left out of a paradigm
 * above but still speech (نفت، نفوا).
 */
const SPEECH_VERB_FORMS = `
قالا أكدا أوضحا لفتا أشارا وبين وبينت نفت نفوا يخلص
قاله قالته قالوه يقوله تقوله بالقول
`;

/** Speech verbs in their past, present, feminine and plural forms (و/ف are stripped before lookup). */
export const SPEECH_VERBS = set([...verbForms(SPEECH_VERB_PARADIGMS), SPEECH_VERB_FORMS].join(" "));

/** «نقل عن فلان قوله …»: the speaker is the phrase after عن before these words. */
export const SAYING_NOUNS = set(`قوله قولها قولهم`);

/** Participles that continue the sentence's speaker (مؤكدا أن …): they never name a new one. Besides the paradigms': */
export const SPEECH_PARTICIPLES = set([...participleFormsOf(SPEECH_VERB_PARADIGMS), "مبينا مبينة مطالبا معلقا متابعا متابعة"].join(" "));

/** Words that introduce a source after the quote: «…» بحسب فلان. */
export const SOURCE_MARKERS = set(`بحسب حسب وفق وفقا طبقا`);

/** Particles that open a reported clause: قال إن …، أكد أنّ … (with or without a pronoun). */
export const THAT_PARTICLES = set(`أن إن أنّ إنّ بأن بأنه بأنها أنه أنها إنه إنها أنهم إنهم أنهما انه انها أننا إننا أنني إنني بأننا بأنهم بأنهما`);

/** Prepositions (closed class): a quoted span right after one is its object, a noun phrase (إلى «كراسة الشروط»). */
export const PREPOSITIONS = set(`في على عن إلى الى من مع حول بين لدى نحو ضمن عبر`);

/**
 * Words that end a speaker phrase after the verb (and before it): prepositions, relatives, pronouns, days
 * and time words; interrogatives (هل تعتقد أن …؟ asks, it states nothing: هل is never a subject);
 * the circumstantial مكتفيا «contenting himself» (مكتفيا بالقول: the speaker is the clause's subject).
 */
export const PHRASE_STOPS = set(`
في على عن إلى الى مع خلال بعد قبل عبر أمام امام حول من منذ لدى خلال ضمن أثناء اثناء حين عندما
الذي التي الذين اللذين اللتين اللواتي وهو وهي هو هي ما لا لم لن قد كان كانت أيضا ايضا
بخصوص بشأن بين تجاه إزاء ازاء نحو
السبت الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة اليوم أمس غدا مساء صباح ظهر لاحقا الآن امس
فيه فيها فيهم له لها لهم عنه عنها عنهم منه منها عليه عليها به بها إليه إليها نفسه نفسها أنفسهم
هل ماذا لماذا كيف متى أين اين
مكتفيا مكتفية مكتفين مكتفيين
`);

/**
 * Relative pronouns (closed class): a speech verb right after one («فلان، رئيس المجموعة، الذي يرى أن») has
 * the noun before it for subject, not necessarily the speaker before (antecedent-score.ts weighs it).
 */
export const RELATIVE_PRONOUNS = set(`الذي التي الذين اللذين اللتين اللذان اللتان اللواتي اللاتي`);

/** Documents that speak for their author: وأضاف البيان أن … (the speaker is the body before). */
export const DOCUMENT_NOUNS = set(`بيان البيان التقرير تقرير الرساله البرقيه`);

/**
 * Title words written without the article that belong to a title, not a name. With them the adjectives
 * that head a title in construct (كبير المفاوضين، كبيرة الاقتصاديين، كبير مستشاري …).
 */
export const TITLE_WORDS = set(`
كبير كبيرة
رئيس رئيسة نائب نائبة وزير وزيرة سفير سفيرة مرشح مرشحة أمين امين مدير مديرة عضو عضوة قائد قائدة
زعيم زعيمة مستشار مستشارة ناطق ناطقة متحدث متحدثة مسؤول مسؤولة محافظ أمير ملك ولي وكيل وكيلة مساعد قيادي قيادية
عميد مفتي إمام شيخ باسم لدى العام محلل محللة خبير خبيرة مندوب مبعوث ممثل رئيس وزراء
مدرب لاعب لاعبة حارس مهاجم مدافع نجم قاضي أستاذ باحث باحثة مؤسس مالك كاتب كاتبة فنان فنانة مطرب مطربة مغني
شاعر إعلامي إعلامية صحفي صحفية صحافي صحافية داعية خطيب مواطن مواطنة مزارع طالب طالبة معلق مراسل منسق منسقة رئيسة مشرف مشرفة
حاكم طبيب طبيبة محامي محامية ممرض ممرضة مسعف موظف موظفة عامل شاهد ضابط جندي متحدثة
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

/**
 * Name links written with ال that open a two-word family name (العبد اللطيف، العبد الكريم): the definite
 * forms of the links of NAME_LINKS that stand in family names.
 */
export const DEFINITE_LINKS = set(`العبد`);

/**
 * Second parts of compound given names with ال (ذبيح الله، نور الدين، جمال الدين، عبد الرحمن): after a given
 * name they are the name's, whatever their other uses (الدين: دينها، دينهم).
 */
export const COMPOUND_SECONDS = set(`الله الدين الرحمن الإسلام الحق`);

/**
 * Ranks, honorifics and academic or professional titles that stand right before a name, without or with
 * ال (الرائد، العقيد، اللواء، الدكتور، المهندس، الشيخ، سمو، معالي) and their abbreviations (د، م، أ).
 */
export const RANKS = set(`
رائد عقيد عميد لواء فريق مقدم نقيب ملازم عريف رقيب مشير جنرال أدميرال
دكتور دكتورة مهندس مهندسة شيخ شيخة أستاذ أستاذة استاذ بروفيسور بروفسور حاج سيد سيدة
أمير أميرة ملك ملكة سمو معالي فضيلة سماحة صاحب السمو الملكي نيافة غبطة قداسة
د م أ
`);

/**
 * Words that qualify a military rank right after it and belong to the rank, not the name (closed class,
 * normalized): العميد ركن (staff), اللواء الركن، الفريق أول (first), المقدم طيار (pilot), بحري، جوي، متقاعد.
 * Only read after a rank or another of them: ركن, أول and طيار are ordinary words elsewhere.
 */
export const RANK_MODIFIERS = set(`ركن الركن اول طيار الطيار بحري البحري جوي الجوي متقاعد المتقاعد`);

/** Pronoun honorifics that stand for the dignitary named before (وقال سموه، وأكد معاليه): never a name. */
export const HONORIFIC_PRONOUNS = set(`سموه سموها معاليه معاليها فضيلته سماحته سعادته سيادته جلالته فخامته دولته`);

/**
 * Nouns that head the name of a body or place and take a genitive (وزارة الداخلية، شرطة منطقة القصيم،
 * نادي الهلال): such a word is never part of a person's name, and what follows it is the body's name.
 */
export const BODY_NOUNS = set(`
وزارة هيئة شركة جامعة منطقة محافظة مدينة نادي فريق مجلس لجنة جمعية مؤسسة مركز مستشفى بنك مصرف صندوق
إمارة شرطة دولة جمهورية مملكة مجموعة منظمة اتحاد حزب حركة جبهة قوات جيش وكالة صحيفة قناة مكتب إدارة
قسم كلية مدرسة معهد برنامج مشروع مطار ميناء بلدية أمانة ديوان رئاسة سفارة قنصلية محكمة نيابة غرفة
مصلحة دائرة مديرية قيادة كتيبة لواء سرية بعثة منتخب رابطة نقابة تحالف ائتلاف مرصد موقع إذاعة تلفزيون
خارجية داخلية دفاع
`);

/** Adjectives that follow a title (المتحدث الرسمي، الرئيس التنفيذي، المدير الفني): never a family name. */
export const TITLE_ADJECTIVES = set(`
رسمي رسمية إعلامي إعلامية عام عامة مساعد مساعدة أول أولى تنفيذي تنفيذية فني فنية سابق سابقة أسبق أسبقة
حالي حالية جديد جديدة مكلف مكلفة أعلى مشرف مشرفة إقليمي إقليمية دولي دولية وطني وطنية
`);

/**
 * Addressees and channels after a speech verb, with their ل (لقناة، لصحيفة، للصحفيين، لوكالة): the words
 * that follow them name the channel, not the speaker. Without ل or ال.
 */
export const ADDRESSEE_NOUNS = set(`
قناة صحيفة وكالة موقع إذاعة تلفزيون برنامج مجلة جريدة صحفيين صحافيين صحافة صحفي صحافي إعلام
مراسل مراسلي حساب شبكة محطة حضور مشاركين جمهور وفد زوار
`);

/** Occasions a statement was made in (في تصريح، خلال مؤتمر صحفي، في بيان): skipped with their adjectives. */
export const OCCASION_NOUNS = set(`
تصريح تصريحات حديث مقابلة بيان كلمة لقاء مؤتمر اتصال رسالة تغريدة تغريدات ندوة حوار خطاب محاضرة
جلسة اجتماع تقرير منشور
`);

/**
 * Nouns that, right before a quoted span with no speech verb, make it a name or a title rather than a
 * statement: a newspaper, channel, programme, account, campaign, slogan, book (صحيفة «عكاظ»، حملة «…»).
 */
export const NAMING_NOUNS = set(`
صحيفة جريدة مجلة قناة وكالة موقع إذاعة برنامج حساب وسم هاشتاق هاشتاغ حملة مبادرة شعار كتاب فيلم
مسلسل رواية قصيدة أغنية مسرحية عنوان بعنوان تحت اسم باسم المسمى المسماة يدعى تدعى لقب بلقب شركة
منتج تطبيق مشروع معرض مهرجان مسابقة جائزة عملية
`);

/** Anonymous sources: a speaker phrase headed by one of these names nobody (مصدر أمني، مسؤولون). */
export const ANONYMOUS_HEADS = set(`مصدر مصادر مصدران مسؤول مسؤولان مسؤولون مسؤولين شهود ناشطون ناشطين محللون مراقبون خبراء أوساط`);

/**
 * Group nouns that head a phrase naming people around someone (حلفاء نتنياهو، أنصار الرئيس، مقربون من
 * الوزير، عائلة الضحية): the group is the speaker, an unnamed one within its article, never the person
 * named after it. Plural or collective nouns of allegiance, kinship and entourage only, without ال.
 */
export const GROUP_NOUNS = set(`
حلفاء أنصار انصار مناصرو مناصري مؤيدو مؤيدي معارضو معارضي خصوم منتقدو منتقدي مقربون مقربين أتباع اتباع
أقارب أقرباء ذوو ذوي أهالي أهل عائلة عائلات أسرة أسر رفاق زملاء مساعدو مساعدي مستشارو مستشاري معاونو
محامو حراس مرافقو مرافقي أبناء بنات إخوة أشقاء
`);

/**
 * Singular kinship nouns in construct with the person they relate to (والد بريت هووت، زوجة محمد مرسي، نجل
 * الرئيس): like GROUP_NOUNS, the relative is the speaker, an unnamed one within its article, never the
 * person named after the noun. Closed class: parents, spouses, siblings, children and grandchildren, without
 * ال; ابن and بنت are left out (name links: ابن تيمية), and so are words with a common other sense (زوج a pair,
 * جد grandfather and «serious», عم and خال).
 */
export const KIN_NOUNS = set(`
والد والدة شقيق شقيقة زوجة أرملة نجل نجلة ابنة حفيد حفيدة
`);

/**
 * Accusative adverbs and circumstantials that follow a verb or a name (مجددا، أيضا، رسميا): never a
 * speaker, and a speaker phrase ends before them («نتنياهو مجددا …» is نتنياهو).
 */
/**
 * News agencies (closed class: the wires Arabic news cites by name): after a speaker's name they are
 * the addressee or the source (وأبلغ الوزير فلان رويترز، قال فلان لفرانس برس), never part of the name.
 */
export const NEWS_AGENCIES = set(`
رويترز فرانس اسوشيتد أسوشيتد الأناضول الاناضول واس سبوتنيك بلومبرغ بلومبيرغ شينخوا إنترفاكس انترفاكس تاس إيتار ايتار
`);

export const ADVERBS = set(`
خصوصا خاصة عاجلا اخيرا أخيرا مجددا رسميا حاليا تقريبا فعلا دائما ابدا أبدا جدا كثيرا قليلا اولا أولا ثانيا ثالثا
مرارا جيدا سابقا لاحقا مؤخرا حينها صراحة علنا سرا مباشرة بدوره بدورها بالقول بقوله بقولها وحده وحدها شخصيا
`);
