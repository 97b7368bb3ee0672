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
  const latin = nameVerbs(question.replace(/[?!.,;:]+/g, " ").replace(/\s+/g, " ").trim());
  for (const re of ENGLISH_SAID) {
    const m = re.exec(latin);
    if (m) return { kind: "said", subject: m[1]!.replace(/\u0000/g, "").trim(), topic: (m[2] ?? "").replace(/\u0000/g, "").trim() || undefined };
  }
  return { kind: "search" };
}

/**
 * A speech verb written with a capital inside a question written in lower case is a name (Abdel Moneim Said,
 * Said Jalili), not the verb: marked (a NUL before it) so that the patterns do not end the subject there.
 * A question in title case ("What Did Obama Say") is left as it is.
 */
function nameVerbs(latin: string): string {
  const words = latin.split(" ");
  // the auxiliary after "what" (did, does, has …) in lower case: the question is not in title case
  if (!/^[a-z]/.test(words[1] ?? "")) return latin;
  return words.map((w, i) => (i > 1 && /^(?:Say|Said|Tell|Told|Add|Added|State|Stated)$/.test(w) ? `\u0000${w}` : w)).join(" ");
}
