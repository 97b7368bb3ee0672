/**
 * Bare unnamed sources. Decision (docs/quality.md): an unnamed source is a speaker of its article when
 * the article qualifies it (مصدر أمني، مصادر عسكرية، مصادر في المقاومة الشعبية، مصدر مطلع): the
 * qualifier tells the reader where the claim comes from. A definite source with no qualifier of its own
 * (المصادر، المصدر، المصادر ذاتها) points back: it is the qualified source the article named before,
 * quoted or not; when the article names none, the statement is shown unattributed (no speaker), never
 * as a speaker called «المصادر». An indefinite bare source (مصدر، مصادر) is what the article says and
 * stays a speaker, as the labels have it.
 */
import { bareNoun, normalizeArabic } from "../analysis";
import { parsePhrase, subjectPhrase } from "./speaker-phrase";
import type { ArticleSites } from "./article-sites";

/** The heads of unnamed sources that point back when bare (المصدر، المصادر); المسؤول is a role (role coreference). */
const SOURCE_HEADS = new Set(["مصدر", "مصادر"]);
/** Words that only repeat the source (المصادر ذاتها، المصدر نفسه): closed class. */
const SAME = new Set(["ذاته", "ذاتها", "ذاتهم", "نفسه", "نفسها", "نفسهم", "نفسهما", "ذاتهما", "السابق", "السابقه", "المذكور", "المذكوره"]);

/** The indefinite head (مصادر) of a definite source with no qualifier of its own (المصادر، المصدر ذاته), or null. */
export function bareSourceHead(name: string): string | null {
  const words = normalizeArabic(name).split(/\s+/);
  if (words.length > 2 || (words.length === 2 && !SAME.has(words[1]!))) return null;
  if (!/^[وف]?ال/.test(words[0]!)) return null;
  const head = bareNoun(words[0]!);
  return SOURCE_HEADS.has(head) ? head : null;
}

/**
 * The qualified source with that head the article wrote last before paragraph `p` (or earlier in it,
 * before `start`), as written: «مصادر عسكرية» for a later «المصادر»; else an indefinite bare one
 * (مصدر); null when there is none.
 */
export function qualifiedSource(sites: ArticleSites, head: string, p: number, start: number): string | null {
  let found: string | null = null;
  /** An indefinite bare source before (وقال مصدر لـ«الوطن»): the same source, as the article wrote it. */
  let plain: string | null = null;
  for (const site of sites.withNormBetween(head, 0, p)) {
    const tokens = sites.tokens(site.p);
    if (site.p === p && tokens[site.i]!.start >= start) continue;
    const parsed = parsePhrase(subjectPhrase(sites.paragraphs[site.p]!, tokens, site.i));
    // «مصدر لـ«عكاظ»»: the words up to a lone letter (an addressee's ل)
    const words = parsed.type === "named" && parsed.anonymous ? parsed.name.split(" ") : [];
    const cut = words.findIndex((w) => normalizeArabic(w).length < 2);
    const name = (cut < 0 ? words : words.slice(0, cut)).join(" ");
    if (name.includes(" ")) found = name;
    else if (name && !name.startsWith("ال")) plain = name;
  }
  return found ?? plain;
}
