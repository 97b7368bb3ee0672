import { parseTextArticle } from "../../../src/corpus/parse";
import type { Article } from "../../../src/corpus/schema";
import { wordStats } from "../../../src/corpus/word-stats";
import { junkSpeakerArticle } from "./junk-speaker";
import football from "../../fixtures/articles/fx-football.txt?raw";
import oil from "../../fixtures/articles/fx-oil.txt?raw";
import summit from "../../fixtures/articles/fx-summit.txt?raw";

// The fixture articles and a few written for this test: a family name quoted alone and with its full
// name, titles quoted as speakers (folded and opened by the subjects below).
export const base: Article[] = [
  parseTextArticle(summit, "fx-summit.txt", "fx-summit"),
  parseTextArticle(oil, "fx-oil.txt", "fx-oil"),
  parseTextArticle(football, "fx-football.txt", "fx-football"),
  { id: "l-full", title: "محادثات لندن", language: "ar", paragraphs: ["وقال وزير الخارجية البريطاني فيليب هاموند للصحفيين: «المحادثات كانت صريحة ومفيدة».", "وأضاف هاموند أن الجولة المقبلة ستعقد في جنيف."] },
  { id: "l-family", title: "هاموند في باريس", language: "ar", paragraphs: ["وقال هاموند في باريس: «لا اتفاق قبل نهاية العام»."] },
  { id: "l-spokesman", title: "الأمن في المدينة", language: "ar", paragraphs: ["وقال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن الوضع الأمني مستقر.", "وقال المتحدث الرسمي باسم الخارجية الأمريكية جون كيربي للصحفيين: «نتابع الأمر عن كثب».", "وقال الأمين العام للأمم المتحدة بان كي مون إن الحل سياسي."] },
  junkSpeakerArticle,
];
export const added: Article = { id: "l-added", title: "زيارة إلى الرياض", language: "ar", paragraphs: ["وقال وزير الخارجية الفرنسي لوران فابيوس في الرياض: «العلاقات متينة»."] };
export const edited: Article = { ...base[5]!, paragraphs: ["وقال المتحدث باسم وزارة الداخلية اللواء منصور التركي إن الوضع الأمني مستقر.", "وقال وزير الدفاع الأمريكي آشتون كارتر للصحفيين: «نتابع الأمر عن كثب»."] };
export const stats = wordStats([...base, added, edited].map((a) => a.paragraphs));

