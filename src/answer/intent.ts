import { normalizeArabic } from "../analysis";

/** What kind of question this is, and the words that name its subject. */
export type Intent = { kind: "said"; subject: string; topic?: string } | { kind: "search" };

const SAY = "(?:قال|قالت|قالوا|قاله|قالته|صرح|صرحت|صرح به|اعلن|اعلنت|اكد|اكدت|اوضح|اوضحت|ذكر|ذكرت|يقول|تقول|اضاف|اضافت)";
const ARABIC_SAID = [
  new RegExp(`^(?:و|ف)?(?:ماذا|بماذا|ما الذي|ما الذي قد|ما)\\s+${SAY}(?:ه|ته)?\\s+(.+)$`),
  /^(?:و|ف)?ما\s+(?:هو\s+|هي\s+)?(?:موقف|راي|تصريحات|تصريح|تعليق|كلام|اقوال|رد)\s+(.+)$/,
];

const ENGLISH_SAID = [
  // "say" first: other verbs can end a subject (the secretary of state)
  /^(?:and\s+)?what\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:say|said)\b(.*)$/i,
  /^(?:and\s+)?what\s+(?:did|does|has|have|had)\s+(.+?)\s+(?:say|said|tell|told|announce|announced|warn|warned|state|stated|claim|claimed|declare|declared|add|added)\b(.*)$/i,
  /^(?:and\s+)?what\s+(?:are|were|is|was)\s+(.+?)['’]s?\s+(?:comments?|remarks?|statements?|words|position|views?)\b(.*)$/i,
  /^(?:and\s+)?(.+?)['’]s?\s+(?:comments?|remarks?|statements?|quotes?)\b(.*)$/i,
];

/** Recognises questions about what someone said, in Arabic and English. */
export function detectIntent(question: string): Intent {
  const q = normalizeArabic(question).replace(/[؟?!.،,]+/g, " ").replace(/\s+/g, " ").trim();
  for (const re of ARABIC_SAID) {
    const m = re.exec(q);
    if (m) return { kind: "said", subject: m[1]!.trim() };
  }
  const latin = question.replace(/[?!.,;:]+/g, " ").replace(/\s+/g, " ").trim();
  for (const re of ENGLISH_SAID) {
    const m = re.exec(latin);
    if (m) return { kind: "said", subject: m[1]!.trim(), topic: (m[2] ?? "").trim() || undefined };
  }
  return { kind: "search" };
}
